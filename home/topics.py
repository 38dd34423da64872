"""Topic pages: /topics/ lists every topic; /topics/<slug>/ every live page tagged with one, newest first."""

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from home.listings import listing_page, public_only
from home.models import Issue

TOPIC_PAGES_PER_PAGE = 20


def tagged_page_models() -> list[type[Page]]:
    """Every page type with a `topics` field, found from the Issue side so apps can add their own."""
    return [
        relation.related_model
        for relation in Issue._meta.related_objects
        if relation.many_to_many
        and relation.field.name == "topics"
        and issubclass(relation.related_model, Page)
    ]


def pages_on_topic(issue: Issue, locale: Locale | None = None):
    """Live, public pages tagged with `issue` in any language's version of it, newest first.

    With `locale`, only that language's pages (translated pages may keep the source's tags).
    """
    models = tagged_page_models()
    tagged = Q(pk__in=[])
    for model in models:
        on_topic = model.objects.filter(topics__translation_key=issue.translation_key)
        if locale is not None:
            on_topic = on_topic.filter(locale=locale)
        tagged |= Q(pk__in=on_topic.values("pk"))
    # A story's own publication date beats the time its page was first published.
    dates = [
        f"{model._meta.model_name}__published_at"
        for model in models
        if any(field.name == "published_at" for field in model._meta.fields)
    ]
    return (
        public_only(Page.objects.live())
        .filter(tagged)
        .annotate(sort_date=Coalesce(*dates, "first_published_at"))
        .order_by("-sort_date", "-pk")
    )


def topics_in_language(locale: Locale) -> list[Issue]:
    """Every topic once, in `locale` where it is translated, else in its source language; by name."""
    chosen: dict = {}
    for issue in Issue.objects.select_related("locale").order_by("pk"):
        held = chosen.get(issue.translation_key)
        # The reader's language first; otherwise the first created (the source).
        if held is None or (issue.locale_id == locale.pk and held.locale_id != locale.pk):
            chosen[issue.translation_key] = issue
    return sorted(chosen.values(), key=lambda issue: issue.name.casefold())


def topic_index(request):
    """/topics/ (and /es/topics/ ...): every topic, linked to its page, in the reader's language."""
    locale = Locale.get_active()
    return TemplateResponse(
        request,
        "home/topic_index.html",
        {"topics": topics_in_language(locale), "reader_locale": locale},
    )


def topic_page(request, slug: str):
    # A topic not yet translated into the reader's language falls back to the source language's.
    issues = Issue.objects.filter(slug=slug)
    issue = (
        issues.filter(locale=Locale.get_active()).first()
        or issues.filter(locale=Locale.get_default()).first()
        or issues.first()
    )
    if issue is None:
        raise Http404("No such topic.")
    pages = listing_page(
        pages_on_topic(issue, Locale.get_active()).specific(),
        request.GET.get("page"),
        TOPIC_PAGES_PER_PAGE,
    )
    return TemplateResponse(
        request,
        "home/topic_page.html",
        {
            "topic": issue,
            "pages": pages,
            "meta_title": issue.name,
            "meta_description": issue.description,
        },
    )
