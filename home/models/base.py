"""BasePage: the listing and social fields every page type shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page


def editor_tabs(*tabs: tuple[str, list], settings: tuple = ()) -> TabbedInterface:
    """The given (heading, panels) tabs, then the Promote and Settings tabs every page has;
    `settings` adds a page type's own panels to its Settings tab (Wagtail shows the publishing
    schedule in the side panel, so a Settings tab with nothing else is hidden)."""
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for heading, panels in tabs]
        + [
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList([*BasePage.settings_panels, *settings], heading=_("Settings")),
        ]
    )


class BasePage(Page):
    """Every page type extends this: it says how the page looks in listings and when shared."""

    listing_title = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Shorter title for cards and lists. Defaults to the title."),
        verbose_name=_("listing title"),
    )
    listing_summary = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("One or two sentences for cards, lists and search results."),
        verbose_name=_("listing summary"),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Picture shown on cards. Defaults to the social image."),
        verbose_name=_("listing image"),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Picture shown when the page is shared on social media (1200×630 works best)."),
        verbose_name=_("social image"),
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Search and address")),
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("In listings"),
        ),
        MultiFieldPanel([FieldPanel("social_image")], heading=_("When shared")),
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self) -> str:
        return self.listing_title or self.title

    @property
    def card_summary(self) -> str:
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        return self.listing_image or self.social_image

    @property
    def share_description(self) -> str:
        return self.search_description or self.listing_summary


class OwnSummaryMixin:
    """For page types with their own summary field (`own_summary_field`): it stands in for the
    listing summary on cards and for the description when shared, unless an editor sets those."""

    own_summary_field = "summary"

    @property
    def card_summary(self) -> str:
        own = getattr(self, self.own_summary_field)
        return self.listing_summary or own or self.search_description

    @property
    def share_description(self) -> str:
        own = getattr(self, self.own_summary_field)
        return self.search_description or own or self.listing_summary


class SectionIndexPage(BasePage):
    """A section's front page under the home page (/news/, /partners/ ...): a title and an intro."""

    intro = models.TextField(
        blank=True, max_length=500, help_text=_("Shown under the title."), verbose_name=_("intro")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
