"""The coalition's partners as embeds and sign-ons need them: codes, the sites that may embed
our petitions, and names in each language.

Read from the live partner pages and remembered until the next publish (a partner's code or
sites change only when its page is published), so an embed or a sign-on pays a cache read.
"""

from dataclasses import dataclass

from django.conf import settings

from home.listings import public_only
from newsroom.platform.page_cache import remember

from .models import PartnerPage


@dataclass(frozen=True)
class Partner:
    code: str
    sites: tuple[str, ...]
    names: tuple[tuple[str, str], ...]  # (language code, the partner's title in it)

    def name(self, language: str) -> str:
        """The partner's name in `language`, or in its page's first language."""
        names = dict(self.names)
        return names.get(language) or self.names[0][1]


def partners() -> dict[str, Partner]:
    """Every live partner with a code, by code."""

    def compute():
        pages = (
            public_only(PartnerPage.objects.live().exclude(partner_code=""))
            .select_related("locale")
            .order_by("pk")  # the source page first: its sites and name lead
        )
        found: dict[str, tuple[list[str], dict[str, str]]] = {}
        for page in pages:
            sites, names = found.setdefault(page.partner_code, (page.sites, {}))
            names.setdefault(page.locale.language_code, page.title)
        return {
            code: Partner(code, tuple(sites), tuple(names.items()))
            for code, (sites, names) in found.items()
        }

    return remember("partners:directory", compute)


def framing_origins(partner_code: str = "") -> list[str]:
    """The sites that may frame an embed: a known partner's own sites (so its code is counted
    only where it embeds), or every partner's when the embed names none; SIGNON_ALLOWED_ORIGINS
    either way."""
    directory = partners()
    if partner_code in directory:
        sites = list(directory[partner_code].sites)
    else:
        sites = [site for partner in directory.values() for site in partner.sites]
    return list(dict.fromkeys([*sites, *settings.SIGNON_ALLOWED_ORIGINS]))
