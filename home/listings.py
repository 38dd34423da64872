"""Card listings do constant work: every card picture on a page, and its rendition, in two queries."""

from wagtail.images import get_image_model

# The one rendition every card uses; fetching it up front keeps listings to a fixed query count.
CARD_IMAGE_SPEC = "fill-640x360"
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
    images = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(CARD_IMAGE_SPEC)
    by_id = {image.pk: image for image in images}
    for page in pages:
        for field in card_image_fields(page):
            image_id = getattr(page, f"{field}_id", None)
            if image_id in by_id:
                setattr(page, field, by_id[image_id])
