"""{% site_chrome as chrome %}: the site's name, menu, footer and calls to act in the reader's language."""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.rich_text import expand_db_html

from home.models import SiteChrome
from home.models.site_chrome import MenuLink
from newsroom.platform.page_cache import remember

register = template.Library()


@dataclass(frozen=True)
class PageChrome:
    site_name: str
    links: list[MenuLink] = field(default_factory=list)
    footer_html: str = ""
    donate_label: str = ""
    donate_url: str = ""
    newsletter_label: str = ""
    newsletter_url: str = ""
    # Set when the reader's language has no chrome yet and the source language's stands in.
    lang: str | None = None
    dir: str | None = None

    @property
    def footer(self):
        return mark_safe(self.footer_html)  # expand_db_html's output: the editor's rich text


def page_chrome(language_code: str, request=None) -> PageChrome:
    chrome = SiteChrome.for_language(language_code)
    if chrome is None:
        return PageChrome(site_name=settings.WAGTAIL_SITE_NAME)
    chrome_language = chrome.locale.language_code
    fallback = chrome_language != language_code
    # Empty labels read the interface's own words, in the chrome's language like the rest of it.
    with translation.override(chrome_language):
        donate_label = chrome.donate_label or translation.gettext("Donate")
        newsletter_label = chrome.newsletter_label or translation.gettext("Sign up for updates")
    return PageChrome(
        site_name=chrome.site_name,
        links=chrome.menu_links(language_code, request),
        footer_html=expand_db_html(chrome.footer_text) if chrome.footer_text else "",
        donate_label=donate_label,
        donate_url=chrome.donate_url,
        newsletter_label=newsletter_label,
        newsletter_url=chrome.newsletter_url,
        lang=chrome_language if fallback else None,
        dir=("rtl" if translation.get_language_info(chrome_language)["bidi"] else "ltr")
        if fallback
        else None,
    )


@register.simple_tag(takes_context=True)
def site_chrome(context) -> PageChrome:
    """The chrome for the active language, kept until the next publish or chrome edit."""
    request = context.get("request")
    language = get_supported_content_language_variant(
        translation.get_language() or settings.LANGUAGE_CODE
    )
    host = request.get_host() if request is not None else ""
    return remember(f"site-chrome:{host}:{language}", lambda: page_chrome(language, request))
