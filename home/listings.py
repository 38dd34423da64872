"""Listings do constant work: privacy checked inside the query, card pictures in two queries, no counting."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import PageViewRestriction

# The renditions card pictures and partner logos use (two widths, WebP and a JPEG or PNG
# fallback; see home/templatetags/pictures.py); fetching them up front, in one query, keeps
# listings to a fixed query count.
CARD_RENDITIONS = Filter.expand_spec("fill-{480x270,960x540} format-{webp,jpeg}")
LOGO_RENDITIONS = Filter.expand_spec("max-{240x120,480x240} format-{webp,png}")
MAX_PAGE_NUMBER = 10_000
CARD_IMAGE_FIELDS = ("listing_image", "social_image")


def card_image_fields(page) -> tuple[str, ...]:
    return getattr(type(page), "card_image_fields", CARD_IMAGE_FIELDS)


def attach_card_images(*listings) -> None:
    """Load the card pictures of every page in `listings` (lists of pages of any types) at once.

    Each picture arrives with its card rendition, so rendering the cards costs no further query.
    """
    pages = [page for listing in listings for page in listing]
    wanted = {
        getattr(page, f"{field}_id")
        for page in pages
        for field in card_image_fields(page)
        if getattr(page, f"{field}_id", None)
    }
    if not wanted:
        return
    images = (
        get_image_model()
        .objects.filter(pk__in=wanted)
        .prefetch_renditions(*CARD_RENDITIONS, *LOGO_RENDITIONS)
    )
    by_id = {image.pk: image for image in images}
    for page in pages:
        for field in card_image_fields(page):
            image_id = getattr(page, f"{field}_id", None)
            if image_id in by_id:
                setattr(page, field, by_id[image_id])


def prepare_cards(*listings) -> None:
    """Load what the cards of every page in `listings` show, in a fixed number of queries.

    Their pictures come with their renditions (above); then each `prepare_cards` hook (a function
    of the list of pages, registered by the app that owns a page type) adds its own, e.g. the
    counts of petitions, read for all of them at once.
    """
    attach_card_images(*listings)
    pages = [page for listing in listings for page in listing]
    for prepare in hooks.get_hooks("prepare_cards"):
        prepare(pages)


def public_only(pages):
    """Like PageQuerySet.public(), but as a subquery of the listing's own query, not a query of its own.

    A page is private when it or an ancestor has a view restriction, i.e. when a restricted
    page's path is a prefix of its path.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted))


@dataclass
class ListingPage:
    """One page of a listing, found without counting the whole listing (no COUNT query)."""

    object_list: list
    number: int
    has_next: bool

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def listing_page(queryset, number, per_page: int) -> ListingPage:
    """Page `number` (1 when missing or not a number) of `queryset`, its cards prepared."""
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1
    if number > MAX_PAGE_NUMBER:
        # Far past any real listing, and an offset the database may not even represent.
        raise Http404("No such page of results.")
    start = (number - 1) * per_page
    items = list(queryset[start : start + per_page + 1])
    page = ListingPage(items[:per_page], number, has_next=len(items) > per_page)
    prepare_cards(page.object_list)
    return page


def live_pages_in_order(ids, locale=None) -> list:
    """The live, public pages among `ids` (specific), in the order of `ids`; one query per page type.

    With `locale`, each page is replaced by its live translation in that locale where there is
    one: links chosen on the English page lead Spanish readers to Spanish pages.
    """
    from wagtail.models import Page

    ids = list(ids)
    pages = public_only(Page.objects.filter(pk__in=ids).live()).specific().in_bulk()
    translations = {}
    if locale is not None and any(page.locale_id != locale.pk for page in pages.values()):
        keys = [page.translation_key for page in pages.values() if page.locale_id != locale.pk]
        translated = public_only(
            Page.objects.filter(translation_key__in=keys, locale=locale).live()
        )
        translations = {page.translation_key: page for page in translated.specific()}
    return [translations.get(pages[pk].translation_key, pages[pk]) for pk in ids if pk in pages]
