"""{% social_meta %}: canonical link, Open Graph and Twitter card tags for the page being shown."""

from django import template
from django.conf import settings

register = template.Library()

SHARE_IMAGE_SPEC = "fill-1200x630"


def share_image_url(page, request) -> str:
    image = getattr(page, "social_image", None) or getattr(page, "card_image", None)
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context):
    request = context.get("request")
    page = context.get("page")
    # The site's name in the reader's language, from base.html's {% site_chrome %}.
    site_name = getattr(context.get("chrome"), "site_name", None) or settings.WAGTAIL_SITE_NAME
    if request is None:
        return {}
    if page is not None and getattr(page, "pk", None) and hasattr(page, "share_description"):
        return {
            "canonical": page.get_full_url(request),
            "title": page.seo_title or page.title,
            "description": page.share_description,
            "image": share_image_url(page, request),
            "og_type": "article" if page.specific_class.__name__ == "NewsPage" else "website",
            "site_name": site_name,
        }
    return {
        "canonical": request.build_absolute_uri(request.path),
        "title": context.get("meta_title", site_name),
        "description": context.get("meta_description", ""),
        "image": "",
        "og_type": "website",
        "site_name": site_name,
    }
