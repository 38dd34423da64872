"""{% signers_map petition %}: the signers-by-state tile map and its table (counts only);
{{ phone|left_to_right }}: a phone number that stays in order inside right-to-left text."""

from django import template
from django.utils.translation import get_language_bidi

from ..places import cached_signers_by_state
from ..tile_map import tile_map

register = template.Library()


@register.inclusion_tag("representatives/signers_map.html")
def signers_map(petition):
    places = cached_signers_by_state(petition.translation_key)
    return {"places": places, **tile_map(places.by_state)}


@register.filter
def left_to_right(text) -> str:
    """In a right-to-left language, the text between Unicode's left-to-right isolate marks
    (LRI … PDI): in an Arabic sentence "202-224-5744" would otherwise show as "5744-224-202"."""
    return f"\u2066{text}\u2069" if text and get_language_bidi() else text
