"""Action alerts and the officials they target."""

from django import forms
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import ActionBlock
from home.blocks import BodyBlock
from home.listings import live_pages_in_order, public_only
from home.models import BasePage
from home.models.base import OwnSummaryMixin, editor_tabs


class Chamber(models.TextChoices):
    EXECUTIVE = "executive", _("Executive")
    SENATE = "senate", _("Senate")
    HOUSE = "house", _("House of Representatives")
    STATE = "state", _("State legislature")
    OTHER = "other", _("Other")


class Target(TranslatableMixin, index.Indexed, models.Model):
    """An official or office that action alerts ask readers to call or write to."""

    name = models.CharField(
        max_length=200,
        help_text=_("e.g. 'Sen. Maria Lopez' or 'White House'."),
        verbose_name=_("name"),
    )
    office = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("e.g. 'U.S. Senator for New Mexico'."),
        verbose_name=_("office"),
    )
    chamber = models.CharField(
        max_length=20, choices=Chamber.choices, default=Chamber.SENATE, verbose_name=_("chamber")
    )
    state = models.CharField(
        max_length=2,
        blank=True,
        help_text=_("Two-letter code, e.g. 'NM'. Empty for national offices."),
        verbose_name=_("state"),
    )
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("e.g. '202-224-3121'."), verbose_name=_("phone")
    )
    social_handle = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("The office's account, e.g. '@SenLopez'."),
        verbose_name=_("social handle"),
    )
    contact_url = models.URLField(
        blank=True, help_text=_("The office's contact form."), verbose_name=_("contact url")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("office"),
        FieldRowPanel([FieldPanel("chamber"), FieldPanel("state")]),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("social_handle"), FieldPanel("contact_url")],
            heading=_("How to reach them"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("office"),
    ]
    # Translators translate the name and office; how to reach the office is the same everywhere.
    override_translatable_fields = [
        SynchronizedField("state", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("social_handle", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("call target")

    def __str__(self) -> str:
        return f"{self.name} ({self.office})" if self.office else self.name


class ActionAlertPageQuerySet(PageQuerySet):
    def open(self):
        """Live, public alerts whose deadline has not passed (or that have none), soonest first."""
        return (
            public_only(self.live())
            .filter(Q(deadline__isnull=True) | Q(deadline__gt=timezone.now()))
            .order_by(F("deadline").asc(nulls_last=True), "-pk")
        )


class ActionAlertPage(OwnSummaryMixin, BasePage):
    """A time-bound call to action: what happened, and what readers can do before the deadline."""

    objects = PageManager.from_queryset(ActionAlertPageQuerySet)()

    summary = models.TextField(
        max_length=400,
        help_text=_("What happened and why it matters, in a sentence or two."),
        verbose_name=_("summary"),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("What happened, in full."),
        verbose_name=_("body"),
    )
    deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_(
            "After this time the alert says it has closed and leaves the take-action "
            "listings by itself. Leave empty to keep it open."
        ),
        verbose_name=_("deadline"),
    )
    actions = StreamField(
        ActionBlock(),
        blank=True,
        use_json_field=True,
        help_text=_("What readers can do: call, email, post, sign, or follow a link."),
        verbose_name=_("actions"),
    )
    thanks = models.TextField(
        blank=True,
        max_length=500,
        help_text=_("A thank-you shown under the actions."),
        verbose_name=_("thanks"),
    )
    outcome = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What came of the action. Shown once the alert has closed."),
        verbose_name=_("outcome"),
    )
    topics = ParentalManyToManyField(
        "home.Issue",
        blank=True,
        related_name="action_alerts",
        help_text=_("The topic pages this alert appears on."),
        verbose_name=_("topics"),
    )
    partners = ParentalManyToManyField(
        "resources.PartnerPage",
        blank=True,
        related_name="action_alerts",
        help_text=_("Partner organisations the alert mentions; it links to their pages."),
        verbose_name=_("partners"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("deadline"),
        FieldPanel("body"),
        FieldPanel("actions"),
        FieldPanel("thanks"),
        FieldPanel("outcome"),
        MultipleChooserPanel(
            "follow_ups",
            chooser_field_name="story",
            heading=_("What happened next"),
            label=_("Story"),
            help_text=_(
                "News stories that followed this alert, in the order to show them. Readers see "
                "each story's title, date and summary under “What happened next”, in their "
                "language once the story is translated."
            ),
        ),
    ]
    links_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = editor_tabs(
        (_("Alert"), content_panels), (_("Topics and partners"), links_panels)
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("actions"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("action alert")

    @property
    def is_open(self) -> bool:
        # Computed on every request so an alert closes at its deadline with no editor work.
        return self.deadline is None or timezone.now() < self.deadline

    def live_partners(self) -> list:
        return live_pages_in_order((partner.pk for partner in self.partners.all()), self.locale)

    def follow_up_stories(self) -> list:
        """The live, public stories chosen under "What happened next", in this alert's language
        only (a story not yet translated is left out rather than shown in another language)."""
        chosen = dict.fromkeys(link.story_id for link in self.follow_ups.all())  # each story once
        stories = live_pages_in_order(chosen, self.locale)
        return [story for story in stories if story.locale_id == self.locale_id]


class ActionAlertFollowUp(Orderable):
    """A news story shown on an alert under "What happened next"."""

    page = ParentalKey(ActionAlertPage, on_delete=models.CASCADE, related_name="follow_ups")
    story = models.ForeignKey(
        "campaigns.NewsPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("story"),
    )

    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("story that followed")
        verbose_name_plural = _("stories that followed")
