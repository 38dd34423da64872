"""The take-action section: its index page and action alerts."""

from django.db import models
from wagtail.admin.panels import FieldPanel

from home.models import BasePage


class CampaignIndexPage(BasePage):
    """/take-action/: open action alerts and active petitions."""

    intro = models.TextField(blank=True, max_length=500, help_text="Shown under the title.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.PetitionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "take-action index page"
