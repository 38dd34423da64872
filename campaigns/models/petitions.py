"""Petitions, pledges and sign-on letters: pages that collect sign-ons."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from campaigns.petition_editor import PetitionEditorForm
from campaigns.representatives.blocks import ContactCongressBlock
from campaigns.signons import form_tokens
from campaigns.signons.answers import thanks_message
from campaigns.signons.config import SignOnConfig, collecting_now
from campaigns.signons.counting import signature_count
from campaigns.signons.fields import SignerFieldBlock
from campaigns.signons.forms import form_for_petition
from campaigns.signons.milestones import next_milestone
from campaigns.signons.public_list import signer_page
from campaigns.signons.retention import ClosedPetition
from home.listings import public_only
from home.models import BasePage
from home.models.base import OwnSummaryMixin, editor_tabs
from resources.models import PartnerPage
from resources.partner_directory import partners

from .actions import ActionAlertPage


class UpdatesConsent(models.TextChoices):
    """Whether signing a petition also asks to hear from the coalition."""

    OFF = "off", _("Not asked: signers get no updates")
    OPTIONAL = "optional", _("Optional: an unticked box signers may tick")
    IMPLIED = "implied", _("Implied by signing: the wording is shown above the button")


class PetitionKind(models.TextChoices):
    """What readers are asked to do; it names the form's heading and button."""

    PETITION = "petition", _("Petition")
    PLEDGE = "pledge", _("Pledge")
    LETTER = "letter", _("Sign-on letter")


class PetitionPageQuerySet(PageQuerySet):
    """A petition is one translation key with a page per language; its source page is the one
    created first (the others are its translations). Reports, exports and the count API's goal
    speak for the petition through its source page."""

    def sources(self):
        """Each petition's source page (one per translation key)."""
        earlier = PetitionPage.objects.filter(
            translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
        )
        return self.exclude(Exists(earlier))

    def open(self):
        """Live, public petitions still collecting sign-ons, newest first."""
        return (
            public_only(self.live())
            .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=timezone.now()))
            .order_by("-first_published_at", "-pk")
        )

    def closed_for_retention(self):
        """Each closed petition's key, closing time and retention period (retention.py)."""
        closed = self.sources().filter(closes_at__lte=timezone.now())
        return [
            ClosedPetition(key, closed_at, days)
            for key, closed_at, days in closed.values_list(
                "translation_key", "closes_at", "retention_days"
            )
        ]

    def source_of(self, petition_key):
        """The source page of the petition with this key (None if there is none in this set)."""
        return self.filter(translation_key=petition_key).order_by("pk").first()

    def source_or_404(self, petition_key):
        """The source page of the petition with this key, for a view that shows it."""
        petition = self.source_of(petition_key)
        if petition is None:
            raise Http404("No such petition.")
        return petition


class PetitionPage(OwnSummaryMixin, RoutablePageMixin, BasePage):
    """A petition, pledge or sign-on letter that collects sign-ons."""

    objects = PageManager.from_queryset(PetitionPageQuerySet)()

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PetitionKind.choices,
        default=PetitionKind.PETITION,
        help_text=_(
            "Shown above the title, and it sets the form's heading and button: “Sign the "
            "petition”, “Take the pledge” or “Add your name”."
        ),
    )
    target = models.CharField(
        _("addressed to"),
        max_length=255,
        blank=True,
        help_text=_("Shown under the title as “To: …”, e.g. “Members of Congress”."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Why this matters, in a few sentences, under the title. Also the summary on cards."
        ),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("Shown beside the letter, and on cards when there is no listing image."),
    )
    photo_caption = models.CharField(
        _("photo caption"),
        max_length=255,
        blank=True,
        help_text=_("Shown under the photo."),
    )
    photo_credit = models.CharField(
        _("photo credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer and organisation, shown after the caption."),
    )
    letter = RichTextField(
        _("letter"), blank=True, help_text=_("The text people sign, shown in full on the page.")
    )
    demands = StreamField(
        [("demand", blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Demand")))],
        blank=True,
        verbose_name=_("demands"),
        help_text=_(
            "What we ask for, one demand per item. Shown as a numbered list after the letter."
        ),
    )
    closing = RichTextField(
        _("closing"),
        blank=True,
        help_text=_("A closing paragraph or sign-off, shown after the demands."),
    )

    goal = models.PositiveIntegerField(
        _("goal"),
        default=1000,
        help_text=_("How many sign-ons we aim for. The progress bar shows the count against it."),
    )
    goal_auto_raise = models.BooleanField(
        _("raise the goal as it is reached"),
        default=False,
        help_text=_(
            "Once sign-ons pass 90 percent of the goal, readers see the next milestone as the goal."
        ),
    )
    opens_at = models.DateTimeField(
        _("opens at"),
        null=True,
        blank=True,
        help_text=_(
            "Until then readers see “not open for signatures yet” instead of the form. "
            "Empty: open now."
        ),
    )
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_(
            "After this time readers see “This petition is closed” instead of the form. "
            "Empty: it stays open."
        ),
    )

    signer_fields = StreamField(
        [("field", SignerFieldBlock(label=_("Field")))],
        blank=True,
        verbose_name=_("questions"),
        help_text=_(
            "Extra questions on the form, in this order. Name and email are always asked; "
            "questions not marked “Signers must answer” are shown as optional."
        ),
    )
    categories = StreamField(
        [("category", blocks.CharBlock(max_length=80, label=_("Category")))],
        blank=True,
        verbose_name=_("signer categories"),
        help_text=_(
            "Signers pick one from “I sign as”, e.g. Clergy, Organisation, Individual. The public "
            "list groups signers under these headings."
        ),
    )
    consent_text = RichTextField(
        _("consent wording"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown above the button, e.g. how we use signers' details. A copy is kept with each "
            "signature."
        ),
    )
    double_opt_in = models.BooleanField(
        _("confirm by email"),
        default=False,
        help_text=_(
            "Signers get an email with a link and are counted only once they click it; the "
            "thank-you page asks them to check their email."
        ),
    )
    updates_consent = models.CharField(
        _("consent to updates"),
        max_length=10,
        choices=UpdatesConsent.choices,
        default=UpdatesConsent.OFF,
        help_text=_(
            "Whether signers agree to hear from the coalition. Each signature records whether "
            "its signer agreed, the wording shown and when."
        ),
    )
    updates_wording = models.CharField(
        _("updates wording"),
        max_length=300,
        blank=True,
        help_text=_(
            "What signers agree to, e.g. “Send me occasional email updates from the coalition. "
            "I can unsubscribe at any time.” The box's label, or the sentence above the button."
        ),
    )
    optin_partners = StreamField(
        [
            (
                "partner",
                blocks.PageChooserBlock(page_type="resources.PartnerPage", label=_("Partner")),
            )
        ],
        blank=True,
        verbose_name=_("partners signers may share their details with"),
        help_text=_(
            "Each gets an unticked box on the form: “Share my name and email with <partner>”. "
            "Signers who tick it go to that partner's CRM (its webhook) and its export."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("keep signers' details for (days)"),
        null=True,
        blank=True,
        help_text=_(
            "After the petition closes, signers' personal details are anonymized after this many "
            "days (counts stay). Empty: the site's default, SIGNON_RETENTION_DAYS."
        ),
    )
    thank_you = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown to signers on the thank-you page after they sign."),
    )
    share_text = models.CharField(
        _("share text"),
        max_length=280,
        blank=True,
        help_text=_(
            "The words the thank-you page's share buttons suggest, before the link. "
            "Empty: the title."
        ),
    )
    after_signing = StreamField(
        [("contact_congress", ContactCongressBlock(label=_("Contact congress")))],
        blank=True,
        max_num=1,
        verbose_name=_("after signing"),
        help_text=_(
            "An action shown on the thank-you page, e.g. calling the signer's own members of "
            "Congress."
        ),
    )
    show_signers_map = models.BooleanField(
        _("show signers by state"),
        default=False,
        help_text=_(
            "Show a map and table of how many people signed in each state (counts only; for "
            "petitions that ask for a postal code)."
        ),
    )

    list_signers = models.BooleanField(
        _("publish a list of signers"),
        default=False,
        help_text=_(
            "The form gets a box “List my name publicly as a signer”; those who tick it are "
            "listed at signers/ under the page, linked as “See who has signed”."
        ),
    )
    list_shows_title = models.BooleanField(
        _("show title"), default=True, help_text=_("e.g. “Rabbi” before the name.")
    )
    list_shows_organisation = models.BooleanField(
        _("show organisation"), default=True, help_text=_("The organisation or congregation.")
    )
    list_shows_city = models.BooleanField(_("show city"), default=True)
    list_shows_region = models.BooleanField(_("show state/region"), default=True)
    list_shows_country = models.BooleanField(_("show country"), default=False)

    delivered_on = models.DateField(
        _("delivered on"),
        null=True,
        blank=True,
        help_text=_("Once set, the page says “Delivered to … on …” above the form."),
    )
    delivered_to = models.CharField(
        _("delivered to"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Senate Judiciary Committee staff”."),
    )
    delivery_note = models.TextField(
        _("delivery note"),
        blank=True,
        max_length=1000,
        help_text=_("A sentence after the delivery line, e.g. what happened at the meeting."),
    )
    topics = ParentalManyToManyField(
        "home.Issue",
        blank=True,
        related_name="petition_pages",
        verbose_name=_("topics"),
        help_text=_("The topic pages this petition appears on."),
    )

    base_form_class = PetitionEditorForm

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("target"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_caption"), FieldPanel("photo_credit")],
            heading=_("Photo"),
        ),
        FieldPanel("letter"),
        FieldPanel("demands"),
        FieldPanel("closing"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    form_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal"), FieldPanel("goal_auto_raise")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("Collecting sign-ons"),
        ),
        MultiFieldPanel(
            [FieldPanel("signer_fields"), FieldPanel("categories")],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("consent_text"),
                FieldPanel("double_opt_in"),
                FieldPanel("updates_consent"),
                FieldPanel("updates_wording"),
                FieldPanel("optin_partners"),
            ],
            heading=_("Consent and privacy"),
        ),
        MultiFieldPanel(
            [FieldPanel("thank_you"), FieldPanel("share_text"), FieldPanel("after_signing")],
            heading=_("After signing"),
        ),
    ]
    signer_list_panels = [
        MultiFieldPanel(
            [
                FieldPanel("list_signers"),
                FieldPanel("list_shows_title"),
                FieldPanel("list_shows_organisation"),
                FieldPanel("list_shows_city"),
                FieldPanel("list_shows_region"),
                FieldPanel("list_shows_country"),
            ],
            heading=_("Public list of signers"),
        ),
        FieldPanel("show_signers_map"),
    ]
    delivery_panels = [
        FieldPanel("delivered_on"),
        FieldPanel("delivered_to"),
        FieldPanel("delivery_note"),
    ]
    # The form's questions are one configuration for every language (their labels come from the
    # interface translations); the words of the petition are translated.
    override_translatable_fields = [
        SynchronizedField("signer_fields", overridable=False),
        SynchronizedField("optin_partners", overridable=False),
    ]
    edit_handler = editor_tabs(
        (_("Content"), content_panels),
        (_("Sign-on form"), form_panels),
        (_("Signer list"), signer_list_panels),
        (_("Delivery"), delivery_panels),
        settings=(
            MultiFieldPanel([FieldPanel("retention_days")], heading=_("Signers' personal data")),
        ),
    )

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []
    # Cards fall back to the intro and the photo (listings prefetch it too).
    own_summary_field = "intro"
    card_image_fields = ("listing_image", "photo", "social_image")

    class Meta:
        verbose_name = _("petition, pledge or sign-on letter")

    @property
    def card_image(self):
        return self.listing_image or self.photo or self.social_image

    @property
    def is_open(self) -> bool:
        return collecting_now(self.opens_at, self.closes_at)

    @property
    def has_opened(self) -> bool:
        return self.opens_at is None or timezone.now() >= self.opens_at

    def signature_count(self) -> int:
        """Confirmed sign-ons across every translation of this petition (cached for seconds)."""
        if "_signature_count" not in self.__dict__:
            self.__dict__["_signature_count"] = signature_count(self.translation_key)
        return self.__dict__["_signature_count"]

    def set_signature_count(self, count: int) -> None:
        """The count, read with others' for a listing (counting.signature_counts)."""
        self.__dict__["_signature_count"] = count

    @property
    def shown_goal(self) -> int:
        if self.goal_auto_raise:
            return next_milestone(self.signature_count(), self.goal)
        return self.goal

    @property
    def progress_percent(self) -> int:
        goal = self.shown_goal
        return min(100, self.signature_count() * 100 // goal) if goal else 100

    def clean(self):
        super().clean()
        if self.updates_consent != UpdatesConsent.OFF and not self.updates_wording.strip():
            raise ValidationError(
                {"updates_wording": _("Say what signers agree to: they see these words.")}
            )
        chosen = [block.value.pk for block in self.optin_partners if block.value]
        without_code = PartnerPage.objects.filter(pk__in=chosen, partner_code="")
        if without_code.exists():
            raise ValidationError(
                {
                    "optin_partners": _(
                        "%(partner)s has no partner code yet: give it one on its page first."
                    )
                    % {"partner": without_code.first().title}
                }
            )

    def partner_optin_boxes(self) -> tuple[tuple[str, str], ...]:
        """(partner code, the box's wording in this page's language) for each live partner
        signers may share their details with, in the editor's order."""
        chosen = [block.value.pk for block in self.optin_partners if block.value]
        codes = dict(PartnerPage.objects.filter(pk__in=chosen).values_list("pk", "partner_code"))
        directory, language = partners(), self.locale.language_code
        with translation.override(language):
            return tuple(
                (
                    codes[pk],
                    gettext("Share my name and email with %(partner)s")
                    % {"partner": directory[codes[pk]].name(language)},
                )
                for pk in dict.fromkeys(chosen)
                if codes.get(pk) in directory
            )

    @staticmethod
    def partner_codes() -> tuple[str, ...]:
        """Every partner's code: a sign-on through one of their embeds is counted under it."""
        return tuple(partners())

    @cached_property
    def category_labels(self) -> dict[str, str]:
        """Category block id → label; translations keep block ids, so signers group together."""
        return {block.id: block.value for block in self.categories}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", form_for_petition(SignOnConfig.from_page(self)))
        context.setdefault("form_token", form_tokens.issue(self.translation_key))
        return context

    def thanks_url(self) -> str:
        """Where signers are sent after signing (the page's own address, then thanks/)."""
        return self.url + self.reverse_subpage("thanks")

    def next_action(self):
        """Another open petition, or an open alert, in this language, for the thank-you page."""
        same_language = {"locale_id": self.locale_id}
        return (
            PetitionPage.objects.open().filter(**same_language).exclude(pk=self.pk).first()
            or ActionAlertPage.objects.open().filter(**same_language).first()
        )

    @path("")
    def petition(self, request):
        return self.render(request)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        """The thank-you page: the same for every signer, so the page cache serves it."""
        result, message = thanks_message(self.double_opt_in)
        context = {"result": result, "message": message, "next_action": self.next_action()}
        return self.render(
            request, template="campaigns/signons/thanks.html", context_overrides=context
        )

    @path("signers/")
    def signers(self, request):
        """The public list of signers who agreed to be listed."""
        if not self.list_signers:
            raise Http404("This petition has no public list of signers.")
        page, groups = signer_page(self, request.GET.get("page"))
        return self.render(
            request,
            template="campaigns/signons/signer_list.html",
            context_overrides={"signers_page": page, "groups": groups},
        )
