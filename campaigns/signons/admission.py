"""Admission: every check a sign-on passes before it is recorded, in order, and the one cache
round trip that reads the petition's settings and counts the visitor against the rate limits.

None of the checks needs the visitor's session or CSRF cookie, so the form works on cached pages
and partners' sites: the Origin (or Referer) must be ours or an allowed embedding site, a hidden
field must stay empty, and the form must carry a token we signed a few seconds to a day earlier.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl, urlsplit

from django.conf import settings
from django.http import QueryDict
from django.http.multipartparser import MultiPartParserError
from django.http.request import validate_host
from django.utils.translation import gettext_lazy as _

from newsroom.platform.cache_batch import CacheBatch
from newsroom.platform.rate_limit import count_hit
from newsroom.platform.visitors import visitor_hash

from . import form_tokens
from .config import SignOnConfig, cache_key, sign_on_config
from .forms import clean_sign_on

HONEYPOT_FIELD = "website"
# Control characters never belong in a stored value; NUL is refused by PostgreSQL outright.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Refusal(Exception):
    """A request we turn away, with the status and the message the signer sees."""

    status: int
    code: str
    message: str
    headers: dict = field(default_factory=dict)


@dataclass
class SignOnContext:
    """What we keep about where a sign-on came from (never the raw IP)."""

    ip_hash: str = ""
    referrer: str = ""
    source: str = ""
    utm: dict = field(default_factory=dict)
    partner: str = ""  # the code a partner's embed sends (recording checks it is a partner's)


@dataclass
class Admission:
    """The outcome: a refusal, or the petition's config and the cleaned sign-on."""

    config: SignOnConfig | None = None
    refusal: Refusal | None = None
    form_data: QueryDict | None = None  # as posted, to show the form again with its errors
    cleaned: dict | None = None
    context: SignOnContext | None = None

    @property
    def language(self) -> str | None:
        return self.config.language if self.config else None


def admit(request, page_id: int, load_page) -> Admission:
    """Run the checks in order: method, body, origin, then (after the round trip) petition,
    open, honeypot, token, rate limit and the form's own rules.

    A request counts against its address's rate limit once it passes the origin check, not
    before: another site could otherwise spend its visitors' allowance by making their browsers
    post here. `load_page(page_id)` gives the live petition page when its config is not cached.
    """
    admission = Admission()
    try:
        if request.method != "POST":
            raise Refusal(405, "method", _("Sign-ons are sent with the form."), {"Allow": "POST"})
        admission.form_data = data = read_form(request)
        check_origin(request)
    except Refusal as refusal:
        admission.config = sign_on_config(page_id, CacheBatch.read(cache_key(page_id)), load_page)
        return _refused(admission, refusal)

    token = form_tokens.read(data.get(form_tokens.FIELD, ""))
    visitor = visitor_hash(request)
    batch = CacheBatch()
    cached = batch.get(cache_key(page_id))
    hit = (
        count_hit(batch, "signons", f"{token.petition_key}:{visitor}", settings.SIGNON_RATE_LIMITS)
        if token
        else None
    )
    batch.run()
    admission.config = config = sign_on_config(page_id, cached.value, load_page)
    try:
        if config is None:
            raise Refusal(404, "not_found", _("There is no such petition."))
        if not config.is_open:
            raise Refusal(
                403, "closed", _("This petition is closed and no longer takes signatures.")
            )
        if data.get(HONEYPOT_FIELD):
            raise Refusal(400, "honeypot", _("Your sign-on could not be accepted."))
        check_form_token(token, config)
        if hit.exceeded:
            raise Refusal(
                429,
                "rate_limited",
                _("Too many sign-ons from your network just now. Please try again later."),
                {"Retry-After": "60"},
            )
        admission.cleaned = clean_sign_on(config, data)
        if admission.cleaned is None:
            raise Refusal(400, "invalid", _("Some fields need correcting."))
    except Refusal as refusal:
        return _refused(admission, refusal)
    admission.context = sign_on_context(request, data, visitor)
    return admission


def _refused(admission: Admission, refusal: Refusal) -> Admission:
    admission.refusal = refusal
    return admission


def read_form(request) -> QueryDict:
    """The posted form, refusing oversize or unreadable bodies, null bytes and text that is not
    UTF-8."""
    unreadable = Refusal(400, "unreadable", _("The form could not be read."))
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise unreadable from None
    if length > settings.SIGNON_MAX_BODY_BYTES:
        raise Refusal(413, "too_large", _("The form you sent is too large."))
    if not length and "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
        raise Refusal(411, "length_required", _("The form could not be read."))
    if request.content_type == "multipart/form-data":
        try:
            data = request.POST
        except MultiPartParserError:
            raise unreadable from None
        values = [(key, value) for key, values in data.lists() for value in values]
    else:
        body = request.read(settings.SIGNON_MAX_BODY_BYTES + 1)
        if len(body) > settings.SIGNON_MAX_BODY_BYTES:
            raise Refusal(413, "too_large", _("The form you sent is too large."))
        try:
            values = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise unreadable from None
        data = QueryDict(mutable=True)
        for key, value in values:
            data.appendlist(key, value)
    if any("\x00" in key or "\x00" in value or "\ufffd" in value for key, value in values):
        raise unreadable
    return data


def check_origin(request) -> None:
    """The request must come from one of our own pages or an allowed embedding site."""
    origin = request.META.get("HTTP_ORIGIN") or ""
    try:
        if not origin or origin == "null":
            referer = urlsplit(request.META.get("HTTP_REFERER") or "")
            origin = f"{referer.scheme}://{referer.netloc}" if referer.netloc else ""
        parts = urlsplit(origin)
        allowed = parts.netloc and (
            validate_host(parts.hostname or "", settings.ALLOWED_HOSTS)
            or origin.rstrip("/") in settings.SIGNON_ALLOWED_ORIGINS
        )
    except ValueError:  # a malformed address, e.g. an unclosed IPv6 bracket
        allowed = False
    if not allowed:
        raise Refusal(
            403, "foreign_origin", _("Please sign on the petition's own page on our site.")
        )


def check_form_token(token: form_tokens.FormToken | None, config: SignOnConfig) -> None:
    """The token must name this petition and be between a few seconds and a day old."""
    if (
        token is None
        or token.petition_key != config.petition_key
        or token.age() > settings.SIGNON_TOKEN_MAX_AGE_SECONDS
    ):
        raise Refusal(
            400, "bad_token", _("This form has expired. Please reload the page and sign again.")
        )
    if token.age() < settings.SIGNON_TOKEN_MIN_AGE_SECONDS:
        raise Refusal(
            400, "too_fast", _("That was very quick. Please wait a moment and sign again.")
        )


def clean_header_value(value: str, length: int) -> str:
    """A value from a header or the address bar, fit to store: no control characters, cut short."""
    return _CONTROL.sub("", value)[:length]


def sign_on_context(request, data, visitor: str) -> SignOnContext:
    referrer = request.META.get("HTTP_REFERER", "")
    try:
        query = parse_qs(urlsplit(referrer).query)
    except ValueError:  # a malformed Referer is the visitor's problem, not a reason to refuse
        referrer, query = "", {}
    utm = {
        key: clean_header_value(values[0], 100)
        for key, values in query.items()
        if key in ("utm_source", "utm_medium", "utm_campaign")
    }
    return SignOnContext(
        ip_hash=visitor,
        referrer=clean_header_value(referrer, 500),
        source=clean_header_value(data.get("source", ""), 100),
        utm=utm,
        partner=clean_header_value(data.get("partner", ""), 40),
    )
