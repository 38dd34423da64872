"""Site-wide settings editors manage in Settings → Site settings: the brand and social accounts.

The words and links that differ by language (name, menu, footer, donate and newsletter) are the
SiteChrome snippet's (home/models/site_chrome.py).
"""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.colours import validate_accent_colour


class SocialAccountBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        choices=[
            ("bluesky", "Bluesky"),
            ("mastodon", "Mastodon"),
            ("x", "X (Twitter)"),
            ("facebook", "Facebook"),
            ("instagram", "Instagram"),
            ("youtube", "YouTube"),
        ]
    )
    url = blocks.URLBlock(help_text="The full address of the account.")

    class Meta:
        icon = "site"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """The brand (logo, accent colour) and social accounts of one site, the same in every language."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown at the top of every page, 48 pixels high (upload it at least 96 high). "
        "Empty: the coalition's mark and the site name.",
    )
    accent_colour = models.CharField(
        max_length=7,
        blank=True,
        validators=[validate_accent_colour],
        help_text="The colour of buttons, progress bars and highlights, e.g. #b4261e. It must be "
        "dark enough for white text on it. Empty: the design's own red.",
    )

    social_accounts = StreamField(
        [("account", SocialAccountBlock())], blank=True, use_json_field=True
    )

    panels = [
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("accent_colour")], heading="Brand"),
        FieldPanel("social_accounts"),
    ]

    class Meta:
        verbose_name = "site settings"
