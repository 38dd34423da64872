"""The resource library: guides, toolkits, study texts, reports and fact sheets to download."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.listings import listing_page, public_only
from home.models import BasePage
from home.models.base import OwnSummaryMixin, SectionIndexPage

RESOURCES_PER_PAGE = 20


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    STUDY = "study", _("Study or liturgical text")
    REPORT = "report", _("Report")
    FACT_SHEET = "fact-sheet", _("Fact sheet")


class ResourceIndexPage(SectionIndexPage):
    """/resources/: every resource, filtered by type with ?type=<type>."""

    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource index page")

    def resources(self, resource_type: str = ""):
        resources = public_only(ResourcePage.objects.child_of(self).live())
        if resource_type:
            resources = resources.filter(resource_type=resource_type)
        return resources.order_by("-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = request.GET.get("type", "")
        if chosen not in ResourceType.values:
            chosen = ""
        resources = listing_page(
            self.resources(chosen), request.GET.get("page"), RESOURCES_PER_PAGE
        )
        context.update(resources=resources, resource_types=ResourceType.choices, chosen=chosen)
        return context


class ResourcePage(OwnSummaryMixin, BasePage):
    """A resource readers can use or download: a guide, toolkit, study text, report or fact sheet."""

    summary = models.TextField(
        max_length=400,
        help_text=_("What the resource is and who it is for, in a sentence or two."),
        verbose_name=_("summary"),
    )
    resource_type = models.CharField(
        _("type"), max_length=20, choices=ResourceType.choices, default=ResourceType.GUIDE
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "home.Issue",
        blank=True,
        related_name="resource_pages",
        help_text=_("The topic pages this resource appears on."),
        verbose_name=_("topics"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("resource_type"),
        MultipleChooserPanel(
            "documents", chooser_field_name="document", heading=_("Downloads"), label=_("Document")
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("resource")


class ResourceDocument(Orderable):
    """A downloadable file attached to a resource."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    label = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Defaults to the document's title."),
        verbose_name=_("label"),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
