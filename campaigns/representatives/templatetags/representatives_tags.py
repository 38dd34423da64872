"""{% signers_map petition %}: the signers-by-state tile map and its table (counts only)."""

from django import template

from ..places import cached_signers_by_state
from ..tile_map import tile_map

register = template.Library()


@register.inclusion_tag("representatives/signers_map.html")
def signers_map(petition):
    places = cached_signers_by_state(petition.translation_key)
    return {"places": places, **tile_map(places.by_state)}
