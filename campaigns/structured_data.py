"""schema.org NewsArticle JSON-LD for a story, so search engines read its dates and byline."""

import json

from django.conf import settings
from django.utils import timezone
from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe

SHARE_IMAGE_SPEC = "fill-1200x630"


def iso_date(moment) -> str | None:
    return timezone.localtime(moment).isoformat() if moment else None


def news_article(page, request) -> dict:
    image = page.social_image or page.card_image
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.share_description,
        "url": page.get_full_url(request),
        "datePublished": iso_date(page.date),
        "dateModified": iso_date(page.modified_at()),
        "author": [{"@type": "Person", "name": person.name} for person in page.byline()]
        or [{"@type": "Organization", "name": page.source or settings.WAGTAIL_SITE_NAME}],
        "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
    }
    if image:
        data["image"] = [request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)]
    return {key: value for key, value in data.items() if value not in (None, "")}


def as_script_content(data: dict) -> SafeString:
    """JSON safe to place inside a <script> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_json_script_escapes))
