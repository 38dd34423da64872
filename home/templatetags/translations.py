"""Template tags for a page's live translations: the language switcher and hreflang links."""

from django import template
from django.conf import settings

from home.translating import offered_to_readers
from newsroom.platform.page_cache import remember

register = template.Library()


@register.simple_tag(takes_context=True)
def live_translations(context, page):
    """The live translations of `page` (itself included), in the site's language order."""
    if page is None or not getattr(page, "pk", None):
        return []
    request = context.get("request")
    # The switcher and the hreflang links both ask; answer once per request.
    memo = getattr(request, "_live_translations", None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            request._live_translations = memo
    if page.pk not in memo:
        host = request.get_host() if request is not None else ""
        memo[page.pk] = remember(
            f"translations:{host}:{page.pk}", lambda: _live_translations(request, page)
        )
    return memo[page.pk]


def _live_translations(request, page):
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    translations = []
    pages = offered_to_readers(page.get_translations(inclusive=True)).select_related("locale")
    for translation in pages:
        code = translation.locale.language_code
        if code not in names:
            continue
        translations.append(
            {
                "code": code,
                "name": names[code],
                "url": translation.get_url(request),
                "full_url": translation.get_full_url(request),
                "is_current": translation.pk == page.pk,
                "is_default": code == settings.LANGUAGE_CODE,
            }
        )
    return sorted(translations, key=lambda item: order.index(item["code"]))
