"""Petitions, pledges and sign-on letters: pages that collect sign-ons."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from home.models import BasePage


class PetitionKind(models.TextChoices):
    PETITION = "petition", "Petition"
    PLEDGE = "pledge", "Pledge"
    LETTER = "letter", "Sign-on letter"


class PetitionPage(BasePage):
    """A petition, pledge or sign-on letter that collects sign-ons."""

    kind = models.CharField(
        max_length=20, choices=PetitionKind.choices, default=PetitionKind.PETITION
    )
    target = models.CharField(
        max_length=255, blank=True, help_text="Who receives it, e.g. 'Members of Congress'."
    )
    intro = models.TextField(
        blank=True, max_length=1000, help_text="Why this matters, in a few sentences."
    )
    letter = RichTextField(blank=True, help_text="The text people sign.")
    goal = models.PositiveIntegerField(default=1000, help_text="How many sign-ons we aim for.")
    closes_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="After this time the form disappears. Leave empty to keep it open.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("target"),
        FieldPanel("intro"),
        FieldPanel("letter"),
        MultiFieldPanel([FieldPanel("goal"), FieldPanel("closes_at")], heading="Collecting"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "petition, pledge or sign-on letter"

    @property
    def is_open(self) -> bool:
        return self.closes_at is None or timezone.now() < self.closes_at

    def signature_count(self) -> int:
        """Sign-ons across every translation of this petition (filled in by the sign-on work)."""
        return 0
