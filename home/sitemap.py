"""The sitemap: every live public page in every language with its hreflang alternates, and topics."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import override
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from home.models import Issue
from home.translating import offered_to_readers


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; translations live in sibling trees, one per locale."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_locale_tree = Q()
        for root in roots:
            in_a_locale_tree |= Q(path__startswith=root.path)
        return (
            offered_to_readers(Page.objects.filter(in_a_locale_tree))
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
    """{translation_key: [{"lang_code", "location"}, ...]} over the public translations readers are offered."""
    alternates: dict = {}
    translations = (
        offered_to_readers(Page.objects.filter(translation_key__in=keys))
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


class TopicSitemap(DjangoSitemap):
    """/topics/, then /topics/<slug>/ for every topic in the source language (translated topics
    share the slug)."""

    def items(self):
        # None stands for the index of topics.
        return [None, *Issue.objects.filter(locale=Locale.get_default()).order_by("slug")]

    def location(self, issue):
        with override(settings.LANGUAGE_CODE):
            return reverse("topics") if issue is None else reverse("topic", args=[issue.slug])
