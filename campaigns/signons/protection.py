"""Checks a sign-on request passes before its form is read: size, encoding, origin, bots, rate.

None of them needs the visitor's session or CSRF cookie, so the form works on cached pages.
"""

import logging
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache, caches
from django.http import QueryDict
from django.http.request import validate_host
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
TOKEN_FIELD = "form_token"
_TOKEN_SALT = "campaigns.signons.form-token"


@dataclass
class Refusal(Exception):
    """A request we turn away, with the status and the message the signer sees."""

    status: int
    code: str
    message: str


def issue_form_token(petition_key, now: float | None = None) -> str:
    """A signed token naming the petition and the time the form was rendered (in milliseconds:
    whole seconds would let a form through up to a second before its minimum age)."""
    issued = int((time.time() if now is None else now) * 1000)
    value = f"{petition_key}|{signing.b62_encode(issued)}"
    return signing.Signer(salt=_TOKEN_SALT).sign(value)


def read_form(request) -> QueryDict:
    """The posted form, refusing oversize bodies, null bytes and text that is not UTF-8."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > settings.SIGNON_MAX_BODY_BYTES:
        raise Refusal(413, "too_large", _("The form you sent is too large."))
    if request.content_type == "multipart/form-data":
        data = request.POST
        values = [(key, value) for key, values in data.lists() for value in values]
    else:
        body = request.read(settings.SIGNON_MAX_BODY_BYTES + 1)
        if len(body) > settings.SIGNON_MAX_BODY_BYTES:
            raise Refusal(413, "too_large", _("The form you sent is too large."))
        try:
            values = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise Refusal(400, "bad_encoding", _("The form could not be read.")) from None
        data = QueryDict(mutable=True)
        for key, value in values:
            data.appendlist(key, value)
    if any("\x00" in key or "\x00" in value or "\ufffd" in value for key, value in values):
        raise Refusal(400, "null_byte", _("The form could not be read."))
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


def check_honeypot(data) -> None:
    if data.get(HONEYPOT_FIELD):
        raise Refusal(400, "honeypot", _("Your sign-on could not be accepted."))


def check_form_token(data, petition_key, now: float | None = None) -> None:
    """The token must name this petition and be between a few seconds and a day old."""
    now = time.time() if now is None else now
    try:
        value = signing.Signer(salt=_TOKEN_SALT).unsign(data.get(TOKEN_FIELD, ""))
        key, issued = value.split("|")
        age = now - signing.b62_decode(issued) / 1000
    except (signing.BadSignature, ValueError):
        raise Refusal(
            400, "bad_token", _("This form has expired. Please reload the page and sign again.")
        ) from None
    if key != str(petition_key) or age > settings.SIGNON_TOKEN_MAX_AGE_SECONDS:
        raise Refusal(
            400, "bad_token", _("This form has expired. Please reload the page and sign again.")
        )
    if age < settings.SIGNON_TOKEN_MIN_AGE_SECONDS:
        raise Refusal(
            400, "too_fast", _("That was very quick. Please wait a moment and sign again.")
        )


def client_ip(request) -> str:
    """The visitor's address. Behind SIGNON_TRUSTED_PROXIES load balancers or CDNs, REMOTE_ADDR is
    the nearest proxy, so the address comes from X-Forwarded-For, counted from the right past the
    proxies we run: entries further left could be written by the visitor."""
    proxies = settings.SIGNON_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def ip_hash(request) -> str:
    """A salted hash of the visitor's IP: enough to spot floods, never the address itself."""
    return salted_hmac("campaigns.signons.ip", client_ip(request), algorithm="sha256").hexdigest()


# Each counter starts its window with its expiry (SET NX EX) and counts (INCR) atomically, so a
# counter can never outlive its window. KEYS[1], unless empty, is read as well (false when
# absent); ARGV holds each counter's window in seconds.
_COUNT_SCRIPT = """
local replies = {KEYS[1] ~= '' and redis.call('GET', KEYS[1])}
for i = 2, #KEYS do
    redis.call('SET', KEYS[i], 0, 'EX', ARGV[i - 1], 'NX')
    replies[i] = redis.call('INCR', KEYS[i])
end
return replies
"""
_count_script = None


def _count_on_redis(backend: RedisCache, keys: list[tuple[str, int]], read: str):
    global _count_script
    client = backend.client.get_client(write=True)
    if _count_script is None:
        _count_script = client.register_script(_COUNT_SCRIPT)
    names = [backend.make_key(read) if read else "", *(backend.make_key(key) for key, _ in keys)]
    try:
        value, *counts = _count_script(names, [window for _key, window in keys], client=client)
    except RedisError:
        # As django-redis does for every other cache call: with IGNORE_EXCEPTIONS an outage
        # is logged and the request goes on (uncounted) instead of failing.
        if not backend._ignore_exceptions:
            raise
        logger.warning("Sign-on rate limit not counted: the cache is unreachable.")
        return [0] * len(keys), None
    return counts, None if value is None else backend.client.decode(value)


def count_requests(
    petition_key, hashed_ip: str, *, also_read: str = "", now: float | None = None
) -> tuple[list[int], object]:
    """Count this request in each window of SIGNON_RATE_LIMITS: ([counts], the cached value of
    `also_read` or None).

    On Redis it is one round trip, the read included (a short Lua script); other caches get the
    portable get() and incr()/add() calls.
    """
    now = time.time() if now is None else now
    keys = [
        (f"signons:rate:{petition_key}:{hashed_ip}:{window}:{int(now // window)}", window)
        for _limit, window in settings.SIGNON_RATE_LIMITS
    ]
    backend = caches["default"]  # `cache` is a proxy, which isinstance() cannot see through
    if isinstance(backend, RedisCache):
        return _count_on_redis(backend, keys, also_read)
    counts = []
    for key, window in keys:
        try:
            counts.append(cache.incr(key))
        except ValueError:  # first request in this window; add() is atomic if two race here
            counts.append(1 if cache.add(key, 1, window) else cache.incr(key))
    return counts, cache.get(also_read) if also_read else None


def refuse_past_rate_limit(counts: list[int]) -> None:
    """Refuse the request if any window's count is past its limit."""
    limits = settings.SIGNON_RATE_LIMITS
    if any(used > limit for used, (limit, _window) in zip(counts, limits, strict=True)):
        raise Refusal(
            429,
            "rate_limited",
            _("Too many sign-ons from your network just now. Please try again later."),
        )


def check_rate_limit(petition_key, hashed_ip: str, now: float | None = None) -> None:
    """Count this request against each (limit, window) in SIGNON_RATE_LIMITS; refuse past one."""
    counts, _value = count_requests(petition_key, hashed_ip, now=now)
    refuse_past_rate_limit(counts)
