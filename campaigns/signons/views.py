"""Public sign-on views: the endpoint, the confirmation link, the count API, and the signer's own
unsubscribe and erasure links.

The endpoint lives outside the language prefix and needs no session or CSRF cookie, so it works
from cached pages and partner embeds; admission.py does the checks instead.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from campaigns.models import PetitionPage
from newsroom.platform.answers import allow_methods, database_unavailable, plain_answer
from newsroom.platform.rate_limit import exceeded
from newsroom.platform.visitors import visitor_hash

from .admission import Refusal, admit, check_origin
from .answers import refusal_answer, thanks_answer
from .confirmation import ConfirmResult, confirm_sign_on
from .erasure import erase as erase_mailbox
from .erasure import open_request, request_erasure
from .models import Signature
from .recording import record_sign_on
from .suppression import read_token
from .suppression import unsubscribe as unsubscribe_mailbox

# Erasure requests per visitor: (requests, seconds).
ERASURE_REQUEST_LIMITS = [(5, 3600)]
# The count API's last answer per petition is kept this long, to answer from while the database
# is unreachable (marked stale).
LAST_COUNT_SECONDS = 24 * 60 * 60


def live_petition(page_id: int) -> PetitionPage | None:
    return PetitionPage.objects.live().select_related("locale").filter(pk=page_id).first()


@csrf_exempt
def sign(request, page_id: int):
    """POST a sign-on to the petition page with this id."""
    admission = admit(request, page_id, load_page=live_petition)
    if admission.refusal:
        return refusal_answer(request, admission, load_page=live_petition)
    record_sign_on(admission.config, admission.cleaned, admission.context)
    return thanks_answer(request, admission.config)


CONFIRM_MESSAGES = {
    ConfirmResult.CONFIRMED: lambda: _("Thank you — your signature is confirmed."),
    ConfirmResult.ALREADY_CONFIRMED: lambda: _("Your signature was already confirmed."),
    ConfirmResult.EXPIRED: lambda: _(
        "This link has expired. Sign again on the petition's page and we will email you a new link."
    ),
    ConfirmResult.UNKNOWN: lambda: _("This confirmation link is not valid."),
}


@allow_methods("GET", "HEAD")
def confirm(request, token: str):
    """The link in the double opt-in email."""
    result, signature = confirm_sign_on(token)
    petition = signature.page.specific if signature and signature.page_id else None
    status = {ConfirmResult.EXPIRED: 410, ConfirmResult.UNKNOWN: 404}.get(result, 200)
    with translation.override(signature.locale if signature and signature.locale else None):
        context = {"page": petition, "result": result.value, "message": CONFIRM_MESSAGES[result]()}
        response = TemplateResponse(
            request, "campaigns/signons/confirmed.html", context, status=status
        )
        return response.render()


@allow_methods("GET", "HEAD")
def count(request, petition_key):
    """{"count": N, "goal": G} for embeds and live updates; no personal data.

    While the database is unreachable it answers with the last count it gave, marked stale.
    """
    fresh_key, last_key = (
        f"signons:count-api:{petition_key}",
        f"signons:count-api-last:{petition_key}",
    )
    found = cache.get_many([fresh_key, last_key])
    answer, stale = found.get(fresh_key), False
    if answer is None:
        try:
            petition = PetitionPage.objects.live().source_of(petition_key)
            if petition is None:
                message = _("There is no such petition.")
                return JsonResponse({"error": "not_found", "message": message}, status=404)
            answer = {"count": petition.signature_count(), "goal": petition.shown_goal}
        except DatabaseError:
            answer, stale = found.get(last_key), True
            if answer is None:
                return database_unavailable(request, json=True)
        else:
            cache.set(fresh_key, answer, settings.SIGNON_COUNT_CACHE_SECONDS)
            cache.set(last_key, answer, LAST_COUNT_SECONDS)
    response = JsonResponse(answer)
    response["Cache-Control"] = f"public, max-age={settings.SIGNON_COUNT_CACHE_SECONDS}"
    response["Access-Control-Allow-Origin"] = "*"
    if stale:
        response["X-Count-Stale"] = "true"
    return response


@csrf_exempt  # the signed link is the credential; mail clients POST it with no cookie (RFC 8058)
@allow_methods("GET", "HEAD", "POST")
def unsubscribe(request, token: str):
    """The link in every email to a signer: a page to confirm, or one POST that does it."""
    found = read_token(token)
    signature = Signature.objects.filter(pk=found[0]).first() if found else None
    with translation.override(signature.locale if signature and signature.locale else None):
        if found is None:
            return plain_answer(request, 404, "not_found", _("This link is not valid."))
        if request.method == "POST":
            unsubscribe_mailbox(*found)
        context = {"token": token, "done": request.method == "POST"}
        return TemplateResponse(request, "campaigns/signons/unsubscribe.html", context).render()


class ErasureRequestForm(forms.Form):
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    website = forms.CharField(required=False)  # the honeypot a person never fills


@csrf_exempt  # as the sign-on form: the form may be on a cached page; the origin is checked
@allow_methods("GET", "HEAD", "POST")
def erasure_request(request):
    """Ask for every signature of a mailbox to be erased. The answer never says whether it had
    signed anything; the link goes to the mailbox."""
    form = ErasureRequestForm(request.POST or None)
    if request.method == "POST":
        try:
            check_origin(request)
        except Refusal as refusal:
            return plain_answer(request, refusal.status, refusal.code, refusal.message)
        if exceeded("erasure", visitor_hash(request), ERASURE_REQUEST_LIMITS):
            message = _("Too many requests from your network just now. Please try again later.")
            return plain_answer(request, 429, "rate_limited", message, {"Retry-After": "3600"})
        if form.is_valid():
            if not form.cleaned_data["website"]:
                request_erasure(form.cleaned_data["email"], translation.get_language())
            context = {"requested": True}
            return TemplateResponse(request, "campaigns/signons/erasure_request.html", context)
    status = 400 if form.errors else 200
    context = {"form": form}
    return TemplateResponse(
        request, "campaigns/signons/erasure_request.html", context, status=status
    )


@csrf_exempt  # the signed link is the credential
@allow_methods("GET", "HEAD", "POST")
def erase(request, token: str):
    """The link emailed to a mailbox that asked to be erased: confirm, then erase."""
    found = open_request(token)
    if found is None:
        message = _("This link is not valid or has expired. Ask again on the privacy page.")
        return plain_answer(request, 404, "not_found", message)
    context = {"token": token, "erased": None}
    if request.method == "POST":
        context["erased"] = erase_mailbox(found)
    return TemplateResponse(request, "campaigns/signons/erase.html", context)
