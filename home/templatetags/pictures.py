"""Responsive pictures: {% card_picture %} for listing cards and the |srcset filter for art direction.

Cards use exactly the renditions home.listings prefetches (CARD_RENDITIONS), so a listing of any
length renders its pictures without a query per card.
"""

from django import template
from wagtail.images.models import Picture, ResponsiveImage

from home.listings import CARD_RENDITIONS, LOGO_RENDITIONS

register = template.Library()

# A card is a third of the page on wide screens, half on tablets and the whole width on phones.
CARD_SIZES = "(min-width: 76rem) 24rem, (min-width: 64rem) 32vw, (min-width: 40rem) 50vw, 100vw"


@register.simple_tag
def card_picture(image, **attrs):
    """<picture> with WebP and a JPEG fallback in two widths; empty without an image."""
    if not image:
        return ""
    attrs.setdefault("sizes", CARD_SIZES)
    attrs.setdefault("loading", "lazy")
    attrs.setdefault("decoding", "async")
    return Picture(image.get_renditions(*CARD_RENDITIONS), attrs)


@register.filter
def srcset(renditions) -> str:
    """ "url 480w, url 960w" for a list of renditions (one format of a {% picture … as x %})."""
    return ResponsiveImage.get_width_srcset(list(renditions or []))


@register.simple_tag
def logo_picture(image, **attrs):
    """A partner's logo, whole (never cropped), with WebP and a PNG fallback that keeps transparency."""
    if not image:
        return ""
    attrs.setdefault("sizes", "12rem")
    attrs.setdefault("loading", "lazy")
    return Picture(image.get_renditions(*LOGO_RENDITIONS), attrs)
