"""Result summaries: the passage of a page that matches the query, with the query's words marked."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

EXCERPT_WORDS = 40


def query_terms(query: str) -> list[str]:
    return [term for term in re.findall(r"\w+", query) if len(term) > 1]


def stream_text(value) -> list[str]:
    """Every piece of text in a StreamField's raw data, without markup (no database queries)."""
    if isinstance(value, str):
        text = strip_tags(value).strip()
        return [text] if text else []
    if isinstance(value, dict):
        return [text for key, item in value.items() if key != "id" for text in stream_text(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in stream_text(item)]
    return []


def page_text(page) -> list[str]:
    """A page's summary, then the text of its body, in reading order."""
    texts = [getattr(page, "card_summary", "") or ""]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "raw_data"):
        texts += [
            text
            for block in body.raw_data
            if block.get("type") not in {"embed", "image", "document"}
            for text in stream_text(block.get("value"))
        ]
    return [text for text in texts if text]


def excerpt(texts: list[str], query: str) -> str:
    """The first text that mentions a query word, trimmed to the words around it; else the first text."""
    terms = [term.lower() for term in query_terms(query)]
    for text in texts:
        words = text.split()
        for position, word in enumerate(words):
            if any(term in word.lower() for term in terms):
                start = max(0, position - EXCERPT_WORDS // 4)
                chosen = words[start : start + EXCERPT_WORDS]
                prefix = "… " if start > 0 else ""
                suffix = " …" if start + EXCERPT_WORDS < len(words) else ""
                return prefix + " ".join(chosen) + suffix
    return " ".join(texts[0].split()[:EXCERPT_WORDS]) if texts else ""


def highlight(text: str, query: str) -> SafeString:
    """The text, HTML-escaped, with each query word (and words starting with it) in <mark>."""
    escaped = escape(text or "")
    terms = query_terms(query)
    if not terms:
        return mark_safe(escaped)
    pattern = re.compile(r"\b(" + "|".join(re.escape(escape(t)) for t in terms) + r")", re.I)
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))


def result_summary(page, query: str) -> SafeString:
    return highlight(excerpt(page_text(page), query), query)
