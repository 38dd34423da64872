"""The site's chrome in each language: its name, menu, footer, donate and newsletter links.

One SiteChrome per language, translated through wagtail-localize like pages (Snippets → Site
chrome → Translate). Pages fall back to the source language's chrome while a language has none.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin

from home.blocks import PageOrURLMixin
from home.translating import offered_to_readers


class NavigationLinkBlock(PageOrURLMixin, blocks.StructBlock):
    label = blocks.CharBlock(max_length=60, label=_("Label"))
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page"),
        help_text=_("Readers go to this page in their own language when it is translated."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Address"),
        help_text=_("Only when the link goes outside this site."),
    )

    class Meta:
        icon = "link"
        label = _("Link")


@dataclass(frozen=True)
class MenuLink:
    label: str
    url: str
    page_id: int | None = None
    # The language of the page linked, when it is not the reader's (no translation is live yet).
    hreflang: str | None = None


class SiteChrome(TranslatableMixin, models.Model):
    """What frames every page in one language: the name, the menu, the footer and two calls to act."""

    site_name = models.CharField(
        _("site name"),
        max_length=100,
        help_text=_("Beside the logo, in the footer and in every browser tab's title."),
    )
    navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        verbose_name=_("menu"),
        help_text=_("The links across the top of every page, in order."),
    )
    footer_text = RichTextField(
        _("footer text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Who we are, shown at the foot of every page."),
    )
    donate_label = models.CharField(
        _("donate label"),
        max_length=40,
        blank=True,
        help_text=_("The words on the header's donate button. Empty: 'Donate'."),
    )
    donate_url = models.URLField(
        _("donate address"),
        blank=True,
        help_text=_("Where the donate button goes. Empty: no donate button."),
    )
    newsletter_label = models.CharField(
        _("newsletter label"),
        max_length=60,
        blank=True,
        help_text=_("The words on the footer's newsletter button. Empty: 'Sign up for updates'."),
    )
    newsletter_url = models.URLField(
        _("newsletter address"),
        blank=True,
        help_text=_("Where readers sign up for email updates. Empty: no newsletter button."),
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("navigation"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("donate_label"), FieldPanel("donate_url")], heading=_("Donate button")
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_label"), FieldPanel("newsletter_url")],
            heading=_("Newsletter button"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site chrome")
        verbose_name_plural = _("site chrome")

    def __str__(self) -> str:
        return f"{self.site_name} ({self.locale.get_display_name()})"

    def clean(self):
        super().clean()
        # One chrome per language: a second would never be shown, so editors edit the one there is.
        others = SiteChrome.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("This language already has its site chrome: edit that one instead.")
            )

    @classmethod
    def for_language(cls, language_code: str) -> "SiteChrome | None":
        """The chrome in this language, else the source language's (one query); None without any."""
        wanted = get_supported_content_language_variant(language_code)
        source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        chromes = {
            chrome.locale.language_code: chrome
            for chrome in cls.objects.filter(
                locale__language_code__in={wanted, source}
            ).select_related("locale")
        }
        return chromes.get(wanted) or chromes.get(source)

    def menu_links(self, language_code: str, request=None) -> list[MenuLink]:
        """The menu's links, each to the live page in `language_code` where there is one (one query).

        Otherwise a link goes to the page chosen; a page with no live version is left out rather
        than linked to a 404 (a draft translation is not linked either).
        """
        chosen = [link["value"] for link in self.navigation.raw_data]
        ids = {value.get("page") for value in chosen if value.get("page")}
        pages = {}
        if ids:
            translation_keys = Page.objects.filter(pk__in=ids).values("translation_key")
            translations = offered_to_readers(
                Page.objects.filter(
                    translation_key__in=translation_keys, locale__language_code=language_code
                )
            )
            found = Page.objects.filter(Q(pk__in=ids) | Q(pk__in=translations.values("pk")))
            pages = {page.pk: page for page in found.select_related("locale")}
        localized = {
            page.translation_key: page
            for page in pages.values()
            if page.live and page.locale.language_code == language_code
        }
        links = []
        for value in chosen:
            if not value.get("page"):
                links.append(MenuLink(label=value.get("label", ""), url=value.get("url", "")))
                continue
            page = pages.get(value["page"])
            target = page and (localized.get(page.translation_key) or (page if page.live else None))
            if target is None:
                continue
            other_language = target.locale.language_code != language_code
            links.append(
                MenuLink(
                    label=value.get("label") or target.title,
                    url=target.get_url(request),
                    page_id=target.pk,
                    hreflang=target.locale.language_code if other_language else None,
                )
            )
        return links
