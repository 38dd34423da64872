"""The embed: a petition's title, count and form in a frame on a partner's site, its thank-you
page, and the sign-on endpoint the framed form posts to.

Only the sites partners list on their pages (and SIGNON_ALLOWED_ORIGINS) may frame these answers
(CSP frame-ancestors); every other answer of the site refuses to be framed. The embed and its
thank-you page are the same for every reader, so they are kept with the page cache's lifetime
and cleared with it on publish: a reader costs one cache read. The framed form posts to our own
address, so the sign-on protections are the ones the petition page has.
"""

import re
from dataclasses import replace
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from campaigns.models import PetitionPage
from campaigns.signons.admission import admit
from campaigns.signons.answers import refusal_answer, thanks_answer, thanks_message
from campaigns.signons.forms import form_for_petition
from campaigns.signons.recording import record_sign_on
from home.listings import public_only
from newsroom.platform.answers import allow_methods, plain_answer, wants_json
from newsroom.platform.page_cache import remember
from newsroom.platform.security import allow_framing
from resources.partner_directory import framing_origins

PARTNER_CODE = re.compile(r"[-\w]{1,40}", re.ASCII)


def partner_code(value) -> str:
    """A partner code as given in the embed's address or form: a short slug, or nothing."""
    value = value or ""
    return value if PARTNER_CODE.fullmatch(value) else ""


def embed_language(request) -> str:
    """?lang= when it names a language of the site; otherwise the address's language prefix."""
    wanted = request.GET.get("lang", "")
    return wanted if wanted in dict(settings.LANGUAGES) else translation.get_language()


def petition_in(petition_key, language: str) -> PetitionPage | None:
    """The live, public petition in `language`, or its source page while it has no translation."""
    pages = public_only(PetitionPage.objects.live().select_related("locale"))
    return pages.filter(
        translation_key=petition_key, locale__language_code=language
    ).first() or pages.source_of(petition_key)


def embed_context(petition: PetitionPage, partner: str, origins: list[str]) -> dict:
    result, message = thanks_message(petition.double_opt_in)
    return {
        **petition.get_context(None),
        "petition": petition,
        "partner": partner,
        "framing_origins": origins,
        "sign_view": "signons_sign_in_frame",
        "result": result,
        "message": message,
    }


def framed(request, petition_key, template: str):
    """The embed page `template` of this petition, from the cache when it has it."""
    language, partner = embed_language(request), partner_code(request.GET.get("partner"))

    def render():
        petition = petition_in(petition_key, language)
        if petition is None:
            return None
        origins = framing_origins(partner)
        with translation.override(petition.locale.language_code):
            return render_to_string(template, embed_context(petition, partner, origins)), origins

    key = f"embed:{template}:{petition_key}:{language}:{partner}"
    found = remember(key, render, settings.PAGE_CACHE_SECONDS)
    if found is None:
        with translation.override(language):
            return plain_answer(request, 404, "not_found", _("There is no such petition."))
    html, origins = found
    response = HttpResponse(html)
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return allow_framing(response, origins)


@allow_methods("GET", "HEAD")
def petition_embed(request, petition_key):
    return framed(request, petition_key, "campaigns/embeds/petition.html")


@allow_methods("GET", "HEAD")
def thanks_embed(request, petition_key):
    return framed(request, petition_key, "campaigns/embeds/thanks.html")


def live_petition(page_id: int) -> PetitionPage | None:
    return PetitionPage.objects.live().select_related("locale").filter(pk=page_id).first()


EMBED_SOURCE = "embed"


@csrf_exempt
def sign_in_frame(request, page_id: int):
    """POST a sign-on from the embed: answered inside the frame."""
    admission = admit(request, page_id, load_page=live_petition)
    partner = partner_code((admission.form_data or {}).get("partner"))
    origins = framing_origins(partner)
    if admission.refusal:
        response = refusal_in_frame(request, admission, partner, origins)
    else:
        context = admission.context
        if not (context.source or context.partner):
            # Where a sign-on came from, as the export's source column says: an embed with no
            # partner code is "embed" (a partner's code is kept as partner, any other as source).
            context = replace(context, source=EMBED_SOURCE)
        record_sign_on(admission.config, admission.cleaned, context)
        response = thanks_in_frame(request, admission.config, partner)
    return allow_framing(response, origins)


def thanks_in_frame(request, config, partner: str):
    """A browser goes on (303) to the embed's thank-you page; JSON clients get the usual JSON."""
    if wants_json(request):
        return thanks_answer(request, config)
    with translation.override(config.language):
        url = reverse("embed_thanks", args=[config.petition_key])
    response = HttpResponseRedirect(f"{url}?{urlencode({'partner': partner})}" if partner else url)
    response.status_code = 303  # See Other: the thank-you page is fetched with GET
    return response


def refusal_in_frame(request, admission, partner: str, origins: list[str]):
    """The embed again with the refusal's message (and the form's errors), in the frame."""
    petition = live_petition(admission.config.page_id) if admission.config else None
    if petition is None or wants_json(request):
        return refusal_answer(request, admission, load_page=live_petition)
    refusal = admission.refusal
    with translation.override(admission.language):
        context = embed_context(petition, partner, origins)
        context["refusal"] = refusal.message
        if refusal.code == "invalid":
            context["form"] = form_for_petition(admission.config, admission.form_data)
            context["form_token"] = admission.form_data.get("form_token", "")
        response = TemplateResponse(
            request, "campaigns/embeds/petition.html", context, status=refusal.status
        ).render()
    for name, value in refusal.headers.items():
        response[name] = value
    return response
