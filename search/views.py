"""Site search over every live, public page, with page-type filters and editors' promoted results."""

import unicodedata
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from campaigns.models import ActionAlertPage, NewsPage, PetitionPage
from home.translating import offered_to_readers
from resources.models import PartnerPage, ResourcePage

from .highlighting import result_summary

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 32

PAGE_TYPES = {
    "news": (_("News"), NewsPage),
    "action": (_("Action alerts"), ActionAlertPage),
    "petition": (_("Petitions"), PetitionPage),
    "partner": (_("Partners"), PartnerPage),
    "resource": (_("Resources"), ResourcePage),
}


def search_words(query: str) -> str:
    """The query's words only: letters, digits and combining marks, in any script.

    Quotes, stars, brackets, colons, minus signs and the like are operators to SQLite's FTS5 and
    PostgreSQL's tsquery, and an unbalanced one is a syntax error there; both databases' indexes
    split text into words at punctuation anyway, so dropping it loses nothing a reader meant.
    """
    kept = "".join(
        char if unicodedata.category(char)[0] in "LNM" else " " for char in query[:MAX_QUERY_LENGTH]
    )
    return " ".join(kept.split()[:MAX_QUERY_WORDS])


def search_pages(query: str, page_type: str = ""):
    """Live, public pages in the reader's language matching `query`, best first.

    `page_type` is a key of PAGE_TYPES.
    """
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    if page_type in PAGE_TYPES:
        pages = pages.type(PAGE_TYPES[page_type][1])
    words = search_words(query)
    return pages.specific().search(words) if words else Page.objects.none()


def promoted_results(search_query: Query) -> list[dict]:
    """Editors' picks for this exact query, in the reader's language: each promoted page as its
    live, public translation in the active locale (none there: not shown), or an outside link.

    Each is a dict of title, url and description.
    """
    promotions = list(search_query.editors_picks.select_related("page").order_by("sort_order"))
    keys = {p.page.translation_key for p in promotions if p.page_id}
    localized = {
        page.translation_key: page
        for page in offered_to_readers(Page.objects.public()).filter(
            locale=Locale.get_active(), translation_key__in=keys
        )
    }
    picks, seen = [], set()
    for promotion in promotions:
        if promotion.page_id:
            page = localized.get(promotion.page.translation_key)
            if page is None or page.pk in seen:
                continue
            seen.add(page.pk)
            picks.append(
                {"title": page.title, "url": page.url, "description": promotion.description}
            )
        elif promotion.external_link_url:
            picks.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return picks


def search(request):
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    page_type = request.GET.get("type", "")
    if page_type not in PAGE_TYPES:
        page_type = ""
    results = search_pages(query, page_type)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    hits = [
        {"page": result, "summary": result_summary(result, query)} for result in page.object_list
    ]
    promoted = []
    if query and page.number == 1 and not page_type:
        search_query = Query.get(query)
        search_query.add_hit()
        promoted = promoted_results(search_query)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": page,
            "hits": hits,
            "promoted": promoted,
            "page_types": [(key, label) for key, (label, _model) in PAGE_TYPES.items()],
            "page_type": page_type,
            "pagination_query": urlencode({"query": query, "type": page_type}),
            "meta_title": _("Search"),
        },
    )
