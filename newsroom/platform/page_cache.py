"""Serves anonymous GETs of Wagtail pages from Django's cache, so a flood of readers costs one render.

A page is stored only when all of these hold: the request is an anonymous GET, Wagtail served a
public page (no view restriction, no preview), the answer is a 200 that sets no cookie and
carries no CSRF token or other per-visitor value, and the view did not set Cache-Control itself.
Entries are keyed by host, path, query string and active language, and live PAGE_CACHE_SECONDS.
Publishing or unpublishing any page clears them all by moving to a new generation number
(`clear_page_cache`), which works across app servers sharing one Redis and leaves counters and
rate limits in the same cache untouched.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from wagtail.views import serve as wagtail_serve

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Set by the before_serve_page hook when Wagtail is about to render a public page.
CACHEABLE_PAGE_ATTRIBUTE = "_page_cache_public_page"
STATUS_HEADER = "X-Page-Cache"
# Headers a cached copy keeps; everything else is per-response (cookies, CSP, dates).
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary")


def clear_page_cache() -> None:
    """Forget every cached page on every app server sharing this cache."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        # No generation yet (fresh cache): any value unlike the default starts a new one.
        cache.add(GENERATION_KEY, 2, timeout=None)


def page_cache_key(request, generation: int) -> str:
    location = f"{request.get_host()}{request.get_full_path()}|{get_language()}"
    digest = hashlib.sha256(location.encode()).hexdigest()
    return f"pagecache:{generation}:{digest}"


def mark_public_page(page, request) -> None:
    """Called before Wagtail renders a page: only pages without view restrictions may be cached."""
    if not getattr(request, "is_preview", False) and not page.get_view_restrictions().exists():
        setattr(request, CACHEABLE_PAGE_ATTRIBUTE, True)


def response_is_storable(request, response) -> bool:
    return (
        getattr(request, CACHEABLE_PAGE_ATTRIBUTE, False)
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        # Covers CSRF tokens too: Django sets (renews) the CSRF cookie whenever a page uses one.
        and not response.cookies
        # A CSP nonce is per response; a cached copy would carry a stale one.
        and not getattr(request, "_csp_nonce", None)
        and not response.has_header("Cache-Control")
    )


class PageCacheMiddleware:
    """Looks a page up before Wagtail serves it and stores the answer afterwards."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_page_cache_hit", False):
            return response
        key = getattr(request, "_page_cache_key", None)
        if key and response_is_storable(request, response):
            self.store(key, response)
        elif getattr(request, CACHEABLE_PAGE_ATTRIBUTE, False) or key:
            # A page answer we would not share (staff view, a token inside, cookies): nobody
            # downstream may keep it either.
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
            response.setdefault(STATUS_HEADER, "skip")
        if request.path_info.startswith(tuple(settings.NO_STORE_PATH_PREFIXES)):
            patch_cache_control(response, no_store=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or request.method not in ("GET", "HEAD"):
            return None
        if request.user.is_authenticated:
            request._page_cache_key = ""
            return None
        try:
            generation = cache.get_or_set(GENERATION_KEY, 1, timeout=None)
            key = page_cache_key(request, generation)
            stored = cache.get(key)
        except Exception:
            # A cache outage slows pages down; it must not take them down.
            logger.warning("Page cache unavailable; rendering without it.", exc_info=True)
            return None
        request._page_cache_key = key
        if stored is None:
            return None
        request._page_cache_hit = True
        return self.rebuild(stored)

    def store(self, key: str, response) -> None:
        seconds = settings.PAGE_CACHE_SECONDS
        patch_cache_control(response, public=True, max_age=seconds)
        response[STATUS_HEADER] = "miss"
        if seconds <= 0:
            return
        headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
        headers["Cache-Control"] = response["Cache-Control"]
        try:
            cache.set(key, (response.content, headers), seconds)
        except Exception:
            logger.warning("Page cache unavailable; page not stored.", exc_info=True)

    @staticmethod
    def rebuild(stored):
        content, headers = stored
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        response[STATUS_HEADER] = "hit"
        return response
