"""Public sign-on views: the endpoint, email confirmation, the count API and the signer list.

The endpoint lives outside the language prefix and needs no session or CSRF cookie, so it
works from cached pages and partner embeds; protection.py does the checks instead.
"""

from urllib.parse import parse_qs, urlsplit

from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from campaigns.models import PetitionPage

from . import protection
from .config import KnownPage, known_page, sign_on_config
from .config import cache_key as config_cache_key
from .forms import clean_sign_on, form_for_petition
from .public_list import signer_page
from .signing import ConfirmResult, SignOnContext, SignOnResult, confirm_sign_on, record_sign_on

MESSAGES = {
    SignOnResult.SIGNED: lambda: _("Thank you for signing."),
    SignOnResult.PENDING: lambda: _(
        "Thank you! Please check your email and open the link we sent to confirm your signature."
    ),
    SignOnResult.ALREADY_SIGNED: lambda: _("You have already signed — thank you."),
}


def _wants_json(request) -> bool:
    return "application/json" in request.META.get("HTTP_ACCEPT", "")


def _render(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    return response.render()


def _petition_page(page_id: int):
    """The full page, for the HTML answers that render it (the JSON answers never need it)."""
    return PetitionPage.objects.select_related("locale").filter(pk=page_id).first()


def _refuse(request, page_id: int, refusal: protection.Refusal):
    if _wants_json(request):
        return JsonResponse(
            {"error": refusal.code, "message": str(refusal.message)}, status=refusal.status
        )
    context = {"page": _petition_page(page_id), "message": refusal.message}
    return _render(request, "campaigns/signons/refusal.html", context, refusal.status)


def _sign_on_context(request, data, hashed_ip: str) -> SignOnContext:
    referrer = request.META.get("HTTP_REFERER", "")
    try:
        query = parse_qs(urlsplit(referrer).query)
    except ValueError:  # a malformed Referer is the visitor's problem, not a reason to refuse
        referrer, query = "", {}
    utm = {key: values[0] for key, values in query.items() if key.startswith("utm_")}
    return SignOnContext(
        ip_hash=hashed_ip,
        referrer=referrer,
        source=data.get("source", ""),
        utm=utm,
    )


def _config_and_counts(page_id: int, known: KnownPage, hashed_ip: str, config=None):
    """The petition's SignOnConfig (None if no live petition has this id) and this request's
    rate-limit counts: one cache round trip for both unless the config was just loaded."""
    if config is not None:
        return config, protection.count_requests(config.petition_key, hashed_ip)[0]
    counts, cached = protection.count_requests(
        known.petition_key, hashed_ip, also_read=config_cache_key(page_id)
    )
    config = sign_on_config(page_id, cached)
    if config and config.petition_key != known.petition_key:
        # Only where page ids are reused (test databases roll back their sequences): the id now
        # names another petition, whose counters are the ones to count in.
        counts = protection.count_requests(config.petition_key, hashed_ip)[0]
    return config, counts


@csrf_exempt
def sign(request, page_id: int):
    """POST a sign-on to the petition page with this id.

    The checks and the insert read only the petition's cached SignOnConfig; the page itself is
    loaded just for the HTML answers that show it. A request that passes the size, encoding and
    origin checks counts against its address's rate limit at once (in the cache round trip that
    reads the config), and is refused for it in its turn, after the other checks. Not before the
    origin check: another site could then spend its visitors' allowance by making their browsers
    post here.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    config = None
    known = known_page(page_id)
    if known is None:  # the first sign-on this process sees for the page
        config = sign_on_config(page_id)
        if config is None:
            raise Http404("No such petition.")
        known = known_page(page_id)
    with translation.override(known.language):
        try:
            data = protection.read_form(request)
            protection.check_origin(request)
        except protection.Refusal as refusal:
            return _refuse(request, page_id, refusal)
    hashed_ip = protection.ip_hash(request)
    config, counts = _config_and_counts(page_id, known, hashed_ip, config)
    if config is None:
        raise Http404("No such petition.")
    with translation.override(config.language):
        try:
            if not config.is_open:
                raise protection.Refusal(
                    403, "closed", _("This petition is closed and no longer takes signatures.")
                )
            protection.check_honeypot(data)
            protection.check_form_token(data, config.petition_key)
            protection.refuse_past_rate_limit(counts)
        except protection.Refusal as refusal:
            return _refuse(request, page_id, refusal)

        cleaned = clean_sign_on(config, data)
        if cleaned is None:
            form = form_for_petition(config, data)  # to show what needs correcting
            if _wants_json(request):
                return JsonResponse(
                    {
                        "error": "invalid",
                        "message": _("Some fields need correcting."),
                        "fields": form.errors,
                    },
                    status=400,
                )
            petition = get_object_or_404(PetitionPage.objects.live(), pk=page_id)
            context = petition.get_context(request)
            context.update(form=form, form_token=data.get(protection.TOKEN_FIELD, ""))
            return _render(request, petition.get_template(request), context, 400)

        result, _signature = record_sign_on(
            config, cleaned, _sign_on_context(request, data, hashed_ip)
        )
        message = MESSAGES[result]()
        if _wants_json(request):
            return JsonResponse({"status": result.value, "message": message})
        page = _petition_page(page_id)
        if page:
            page.signature_count(fresh=True)  # the signer sees their own signature counted
        context = {"page": page, "result": result.value, "message": message}
        return _render(request, "campaigns/signons/thanks.html", context)


@require_GET
def confirm(request, token: str):
    """The link in the double opt-in email."""
    result, signature = confirm_sign_on(token)
    petition = signature.page.specific if signature and signature.page_id else None
    language = signature.locale if signature and signature.locale else None
    messages = {
        ConfirmResult.CONFIRMED: lambda: _("Thank you — your signature is confirmed."),
        ConfirmResult.ALREADY_CONFIRMED: lambda: _("Your signature was already confirmed."),
        ConfirmResult.EXPIRED: lambda: _(
            "This link has expired. Sign again on the petition's page and we will email you a new link."
        ),
        ConfirmResult.UNKNOWN: lambda: _("This confirmation link is not valid."),
    }
    status = {ConfirmResult.EXPIRED: 410, ConfirmResult.UNKNOWN: 404}.get(result, 200)
    with translation.override(language):
        context = {"page": petition, "result": result.value, "message": messages[result]()}
        return _render(request, "campaigns/signons/confirmed.html", context, status)


@require_GET
def count(request, petition_key):
    """{"count": N, "goal": G} for embeds and live updates; no personal data."""
    # Every translation shares the count; the source page gives the goal.
    petition = PetitionPage.objects.live().source_of(petition_key)
    if petition is None:
        raise Http404("No such petition.")
    response = JsonResponse({"count": petition.signature_count(), "goal": petition.shown_goal})
    response["Cache-Control"] = "public, max-age=5"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def signer_list(request, petition):
    """The public list of signers (routed from the petition page: <page>/signers/)."""
    if not petition.list_signers:
        raise Http404("This petition has no public list of signers.")
    page, groups = signer_page(petition, request.GET.get("page"))
    context = petition.get_context(request)
    context.update(signers_page=page, groups=groups)
    return TemplateResponse(request, "campaigns/signons/signer_list.html", context)
