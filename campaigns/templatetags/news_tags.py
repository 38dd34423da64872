"""{% news_article_json_ld %}: a story's NewsArticle structured data as a script element."""

from django import template
from django.utils.html import format_html

from campaigns.structured_data import as_script_content, news_article

register = template.Library()


@register.simple_tag(takes_context=True)
def news_article_json_ld(context):
    data = news_article(context["page"], context["request"])
    return format_html('<script type="application/ld+json">{}</script>', as_script_content(data))
