"""The admin's page of a petition's embed codes: one per partner and language, ready to copy."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from campaigns.models import PetitionPage
from resources.partner_directory import partners

from .codes import embed_codes


def embed_codes_view(request, petition_key):
    petition = PetitionPage.objects.source_or_404(petition_key)
    translations = petition.get_translations(inclusive=True).live().select_related("locale")
    titles = {page.locale.language_code: page.title for page in translations.order_by("pk")}
    url_parts = petition.get_url_parts(request)
    site_root = url_parts[1] if url_parts else settings.WAGTAILADMIN_BASE_URL
    language = translation.get_language()
    directory = sorted(partners().values(), key=lambda partner: partner.name(language).casefold())
    with translation.override(settings.LANGUAGE_CODE):
        preview_url = reverse("embed_petition", args=[petition_key])
    context = {
        "petition": petition,
        "published": bool(titles),
        "sections": [
            {
                "name": partner.name(language),
                "sites": partner.sites,
                "codes": embed_codes(site_root, petition_key, titles, partner.code),
            }
            for partner in directory
        ],
        "plain_codes": embed_codes(site_root, petition_key, titles),
        "preview_url": preview_url,
    }
    return TemplateResponse(request, "campaigns/embeds/admin/embed_codes.html", context)
