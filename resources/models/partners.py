"""Coalition partners: one page per organisation, and the logo wall that lists them."""

from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.listings import attach_card_images, live_pages_in_order, public_only
from home.models import BasePage
from home.models.base import OwnSummaryMixin, SectionIndexPage
from resources.blocks import PartnerBodyBlock


def site_origins(text: str) -> list[str]:
    """The origins (scheme://host[:port]) of the sites listed one per line in `text`.

    Editors may paste any address of the site; only its origin counts, which is what browsers
    compare when a page frames ours.
    """
    origins = []
    for line in text.split():
        parts = urlsplit(line)
        try:
            port = parts.port  # a port that is not a number raises
        except ValueError:
            port, parts = None, urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValidationError(
                {"embed_sites": _("“%(site)s” is not a website address.") % {"site": line}}
            )
        origin = f"{parts.scheme}://{parts.hostname}" + (f":{port}" if port else "")
        if origin not in origins:
            origins.append(origin)
    return origins


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead organisation")
    MEMBER = "member", _("Member")


class PartnerIndexPage(SectionIndexPage):
    """/partners/: the coalition's members as a wall of logos."""

    subpage_types = ["resources.PartnerPage"]

    class Meta:
        verbose_name = _("partner index page")

    def partners(self):
        return public_only(PartnerPage.objects.child_of(self).live()).order_by("role", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = list(self.partners())
        attach_card_images(context["partners"])
        return context


class PartnerPage(OwnSummaryMixin, BasePage):
    """A coalition member organisation: who they are and what they co-sponsor."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo; a square or wide image on a plain background."),
        verbose_name=_("logo"),
    )
    logo_alt_text = models.CharField(
        max_length=200,
        help_text=_("What the logo says, for people who cannot see it, e.g. 'HIAS logo'."),
        verbose_name=_("logo alt text"),
    )
    website = models.URLField(
        blank=True, help_text=_("The organisation's own website."), verbose_name=_("website")
    )
    description = models.TextField(
        max_length=300,
        help_text=_("One or two sentences: who they are. Shown under the logo."),
        verbose_name=_("description"),
    )
    role = models.CharField(
        max_length=10,
        choices=PartnerRole.choices,
        default=PartnerRole.MEMBER,
        help_text=_("Lead organisations are listed first."),
        verbose_name=_("role"),
    )
    body = StreamField(PartnerBodyBlock(), blank=True, use_json_field=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "home.Issue",
        blank=True,
        related_name="partner_pages",
        verbose_name=_("topics"),
        help_text=_("The topic pages this partner appears on: the issues it works on."),
    )
    partner_code = models.SlugField(
        _("partner code"),
        max_length=40,
        blank=True,
        help_text=_(
            "A short code for this partner, e.g. “ras”. It goes in the partner's embed codes; "
            "sign-ons made through them are counted under it in petition reports."
        ),
    )
    embed_sites = models.TextField(
        _("sites that may embed our petitions"),
        blank=True,
        help_text=_(
            "The partner's websites, one per line, e.g. https://www.example.org. Only these sites "
            "can show our petitions in a frame with this partner's code."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt_text")], heading=_("Logo"), icon="image"
        ),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("role"),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "cosponsored",
            heading=_("Co-sponsored actions and petitions"),
            label=_("Action or petition"),
        ),
        MultiFieldPanel(
            [FieldPanel("partner_code"), FieldPanel("embed_sites")],
            heading=_("Embedding our petitions"),
        ),
    ]
    # One partner in every language: its code and sites are not translated.
    override_translatable_fields = [
        SynchronizedField("partner_code", overridable=False),
        SynchronizedField("embed_sites", overridable=False),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("body"),
    ]
    parent_page_types = ["resources.PartnerIndexPage"]
    subpage_types: list[str] = []

    own_summary_field = "description"
    card_image_fields = ("logo", "listing_image", "social_image")

    class Meta:
        verbose_name = _("partner")

    @property
    def card_image(self):
        return self.logo or super().card_image

    def clean(self):
        super().clean()
        self.embed_sites = "\n".join(site_origins(self.embed_sites))
        if self.partner_code:
            taken = (
                PartnerPage.objects.filter(partner_code=self.partner_code)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if taken:
                raise ValidationError({"partner_code": _("Another partner already has this code.")})

    @property
    def sites(self) -> list[str]:
        return self.embed_sites.split()

    def cosponsored_pages(self) -> list:
        """The live, public actions and petitions this partner co-sponsors, in editor order."""
        return live_pages_in_order((link.action_id for link in self.cosponsored.all()), self.locale)


class PartnerCosponsorship(Orderable):
    """An action alert or petition a partner co-sponsors."""

    partner = ParentalKey(PartnerPage, on_delete=models.CASCADE, related_name="cosponsored")
    action = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An action alert or petition this partner signs on to."),
        verbose_name=_("action"),
    )

    panels = [PageChooserPanel("action", ["campaigns.ActionAlertPage", "campaigns.PetitionPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("co-sponsored action")
        verbose_name_plural = _("co-sponsored actions")
