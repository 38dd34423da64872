"""The home page and plain content pages (about, privacy policy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.listings import prepare_cards

from .base import BasePage


class HomePage(BasePage):
    """The site's front page: the coalition's message, then the latest news and actions."""

    intro = models.TextField(
        blank=True,
        max_length=500,
        help_text=_("A sentence or two under the site name, saying who we are."),
        verbose_name=_("intro"),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True, verbose_name=_("body"))
    featured_story = models.ForeignKey(
        "campaigns.NewsPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The story at the top of the home page. Leave empty to show the newest story."),
        verbose_name=_("featured story"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("featured_story"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The sections come from the apps that own them (the `home_page_sections` hook: a
        function of the home page returning {name: page or list of pages}); home imports none of
        them. Every card is then prepared at once (pictures, petition counts)."""
        context = super().get_context(request, *args, **kwargs)
        sections = {}
        for home_page_sections in hooks.get_hooks("home_page_sections"):
            sections.update(home_page_sections(self))
        prepare_cards(
            *(value if isinstance(value, list) else [value] for value in sections.values() if value)
        )
        context.update(sections)
        return context


class StandardPage(BasePage):
    """A plain page: about us, privacy policy, contact."""

    intro = models.TextField(
        blank=True,
        max_length=500,
        help_text=_("Shown in larger type under the title."),
        verbose_name=_("intro"),
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
