"""The newsroom: stories and the index that lists them, filters them by topic and feeds them as RSS."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.listings import listing_page, live_pages_in_order, public_only
from home.models import BasePage, Issue
from home.models.base import OwnSummaryMixin, SectionIndexPage, editor_tabs

from ..feeds import NewsFeed

STORIES_PER_PAGE = 20
# Stories made live outside the publish flow may lack a publication date; they sort by first publish.
NEWEST_FIRST = (F("published_at").desc(nulls_last=True), "-first_published_at", "-pk")


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """/news/: the latest stories, 20 a page, with topic filters and an RSS feed at feed/."""

    subpage_types = ["campaigns.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def stories(self, topic: Issue | None = None):
        """Live, public stories below this index, newest first, ready to render as cards."""
        stories = public_only(NewsPage.objects.child_of(self).live())
        if topic is not None:
            # Any language's version of the topic: translated stories may keep the source's tags.
            stories = stories.filter(topics__translation_key=topic.translation_key).distinct()
        return stories.order_by(*NEWEST_FIRST)

    def topics(self) -> list[Issue]:
        """The topics in this index's language, or the source language's while none are translated."""
        topics = list(
            Issue.objects.filter(
                Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
            )
        )
        own = [topic for topic in topics if topic.locale_id == self.locale_id]
        return own or topics

    @path("")
    def index(self, request):
        topics = list(self.topics())
        chosen = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        stories = listing_page(self.stories(chosen), request.GET.get("page"), STORIES_PER_PAGE)
        return self.render(
            request,
            context_overrides={"stories": stories, "topics": topics, "chosen_topic": chosen},
        )

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsPage(OwnSummaryMixin, BasePage):
    """A reported story: headline, dek, byline, hero image, body, update notes and a featured petition."""

    dek = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("The line under the headline that says what the story is about."),
        verbose_name=_("dek"),
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Shown on the story. Leave empty to use the time it is first published."),
    )
    source = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Instead of a byline, e.g. 'From a press release by HIAS'."),
        verbose_name=_("source"),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The large picture at the top of the story."),
        verbose_name=_("hero image"),
    )
    hero_caption = models.CharField(_("caption"), max_length=300, blank=True)
    hero_credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        help_text=_("Photographer and organisation, e.g. 'Ana Ruiz / HIAS'."),
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "home.Issue",
        blank=True,
        related_name="news_pages",
        help_text=_("The topic pages and news filters this story appears under."),
        verbose_name=_("topics"),
    )
    partners = ParentalManyToManyField(
        "resources.PartnerPage",
        blank=True,
        related_name="news_pages",
        help_text=_("Partner organisations the story mentions; it links to their pages."),
        verbose_name=_("partners"),
    )
    featured_petition = models.ForeignKey(
        "campaigns.PetitionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A petition to show with its live count and a sign button."),
        verbose_name=_("featured petition"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("dek"),
        MultiFieldPanel(
            [
                MultipleChooserPanel("authors", chooser_field_name="person", label=_("Author")),
                FieldPanel("source"),
                FieldPanel("published_at"),
            ],
            heading=_("Byline and date"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")]),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "update_notes",
            heading=_("Update notes"),
            label=_("Update"),
            help_text=_("Corrections and new developments, shown at the top as 'Updated …'."),
        ),
    ]
    links_panels = [
        FieldPanel("featured_petition"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_links", heading=_("Related pages"), label=_("Related page")),
    ]
    edit_handler = editor_tabs(
        (_("Story"), content_panels), (_("Petition, topics and links"), links_panels)
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("dek"),
        index.SearchField("body"),
        index.FilterField("published_at"),
    ]
    parent_page_types = ["campaigns.NewsIndexPage"]
    subpage_types: list[str] = []

    own_summary_field = "dek"
    # Cards fall back to the hero image, so listings prefetch it too.
    card_image_fields = ("listing_image", "hero_image", "social_image")

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")

    def save(self, *args, **kwargs):
        # The publication date defaults to the first publish, which sets first_published_at.
        if self.published_at is None and self.first_published_at:
            self.published_at = self.first_published_at
        return super().save(*args, **kwargs)

    @property
    def date(self):
        return self.published_at or self.first_published_at or self.latest_revision_created_at

    @property
    def card_image(self):
        return self.listing_image or self.hero_image or self.social_image

    def sorted_update_notes(self) -> list:
        return sorted(self.update_notes.all(), key=lambda note: note.time, reverse=True)

    def modified_at(self):
        """When the story last changed for readers: its newest update note, else its publication."""
        times = [note.time for note in self.update_notes.all()] + [self.date]
        return max((time for time in times if time), default=None)

    def byline(self) -> list:
        return [author.person for author in self.authors.all() if author.person_id]

    def live_related_pages(self) -> list:
        return live_pages_in_order(
            (link.related_page_id for link in self.related_links.all()), self.locale
        )

    def live_partners(self) -> list:
        return live_pages_in_order((partner.pk for partner in self.partners.all()), self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        petition = self.featured_petition
        context["petition"] = petition if petition and petition.live else None
        context["related_pages"] = self.live_related_pages()
        return context


class NewsPageAuthor(Orderable):
    """One person in a story's byline."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "home.Person", on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class NewsUpdateNote(Orderable):
    """A dated note readers see at the top of a story: a correction or a new development."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="update_notes")
    time = models.DateTimeField(
        default=timezone.now, help_text=_("When the story was updated."), verbose_name=_("time")
    )
    text = models.TextField(
        max_length=1000, help_text=_("What changed, in a sentence or two."), verbose_name=_("text")
    )

    panels = [FieldPanel("time"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("update note")


class NewsRelatedPage(Orderable):
    """A page shown under 'Related' at the foot of a story."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("related page"),
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
