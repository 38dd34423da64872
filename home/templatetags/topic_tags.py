"""{% topics_in_reader_language page.topics.all as topics %}: topic names in the reader's language."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from home.models import Issue

register = template.Library()


@register.simple_tag
def topics_in_reader_language(issues) -> list[Issue]:
    """A translated page keeps its source's tags; show each topic as translated, where it is."""
    language = get_supported_content_language_variant(
        translation.get_language() or settings.LANGUAGE_CODE
    )
    return Issue.in_language(issues, language)
