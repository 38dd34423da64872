"""Site search over every live, public page, with page-type filters and editors' promoted results."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from campaigns.models import ActionAlertPage, NewsPage, PetitionPage
from resources.models import PartnerPage, ResourcePage

from .highlighting import result_summary

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200

PAGE_TYPES = {
    "news": (_("News"), NewsPage),
    "action": (_("Action alerts"), ActionAlertPage),
    "petition": (_("Petitions"), PetitionPage),
    "partner": (_("Partners"), PartnerPage),
    "resource": (_("Resources"), ResourcePage),
}


def search_pages(query: str, page_type: str = ""):
    """Live, public pages in the reader's language matching `query`, best first.

    `page_type` is a key of PAGE_TYPES.
    """
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    if page_type in PAGE_TYPES:
        pages = pages.type(PAGE_TYPES[page_type][1])
    return pages.specific().search(query)


def promoted_results(search_query: Query) -> list:
    """Editors' picks for this exact query: live, public pages or outside links."""
    promotions = list(search_query.editors_picks.select_related("page").order_by("sort_order"))
    live = {
        page.pk
        for page in Page.objects.live()
        .public()
        .filter(pk__in=[p.page_id for p in promotions if p.page_id])
    }
    return [p for p in promotions if (p.page_id in live) or (not p.page_id and p.external_link_url)]


def search(request):
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    page_type = request.GET.get("type", "")
    if page_type not in PAGE_TYPES:
        page_type = ""
    results = search_pages(query, page_type) if query else Page.objects.none()
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
