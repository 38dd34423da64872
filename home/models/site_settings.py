"""Site-wide settings editors manage in Settings → Site settings."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from home.blocks import PageOrURLMixin
from home.colours import validate_accent_colour


class NavigationLinkBlock(PageOrURLMixin, blocks.StructBlock):
    label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Only when the link goes outside this site.")

    class Meta:
        icon = "link"


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
    """Navigation, footer, outside links and the brand (logo, accent colour) for one site."""

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

    navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        use_json_field=True,
        help_text="The links across the top of every page, in order.",
    )
    footer_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Who we are, shown at the foot of every page.",
    )
    social_accounts = StreamField(
        [("account", SocialAccountBlock())], blank=True, use_json_field=True
    )
    donate_url = models.URLField(blank=True, help_text="Shown as a 'Donate' button in the header.")
    newsletter_url = models.URLField(
        blank=True, help_text="Where readers sign up for email updates."
    )

    panels = [
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("accent_colour")], heading="Brand"),
        FieldPanel("navigation"),
        FieldPanel("footer_text"),
        FieldPanel("social_accounts"),
        MultiFieldPanel([FieldPanel("donate_url"), FieldPanel("newsletter_url")], heading="Links"),
    ]

    class Meta:
        verbose_name = "site settings"
