"""The sitemap: every live public page in every language, each with its hreflang alternates."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; translations live in sibling trees, one per locale."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_locale_tree = Q()
        for root in roots:
            in_a_locale_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_locale_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        alternates = alternates_by_translation_key(self.request, {p.translation_key for p in pages})
        location_key = {p.get_full_url(self.request): p.translation_key for p in pages}
        for url in urls:
            siblings = alternates.get(location_key.get(url["location"]), [])
            url["alternates"] = siblings if len(siblings) > 1 else []
        return urls


def alternates_by_translation_key(request, keys) -> dict:
    """{translation_key: [{"lang_code", "location"}, ...]} over live public translations."""
    alternates: dict = {}
    translations = (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .public()
        .select_related("locale")
        .order_by("path")
    )
    for translation in translations:
        alternates.setdefault(translation.translation_key, []).append(
            {
                "lang_code": translation.locale.language_code,
                "location": translation.get_full_url(request),
            }
        )
    return alternates
