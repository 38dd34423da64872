"""Serves anonymous GETs of Wagtail pages from Django's cache, so a flood of readers costs one render.

A page is stored only when all of these hold: the request is an anonymous GET, Wagtail served a
public page (no view restriction, no preview), the answer is a 200 that sets no cookie and
carries no CSRF token or other per-visitor value, and the view did not set Cache-Control itself.
Entries are keyed by host, path, query string and language, and are fresh for PAGE_CACHE_SECONDS.
When an entry goes stale, one request renders the page again while the others are still answered
from the stale copy for at most REVALIDATE_SECONDS (stale-while-revalidate): without that, every
reader arriving in the render's time would render the page too, and a popular page would cost a
burst of renders every PAGE_CACHE_SECONDS.

Visitors without a session cookie (nearly every reader) are answered before sessions, CSRF and
authentication run: one cache round trip. Visitors with a session cookie are looked up only once
Django knows they are not signed in. Publishing or unpublishing any page clears every entry by
moving to a new generation number (`clear_page_cache`), which works across app servers sharing
one Redis and leaves counters and rate limits in the same cache untouched.

Why not wagtail-cache: its 3.0 release allows Wagtail 7.4, but it stores answers that set cookies
when the request carried cookies, sends no `public` Cache-Control, and tracks URLs in one
read-modify-write "keyring" entry that app servers would race on.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.views import serve as wagtail_serve

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Set by the before_serve_page hook when Wagtail is about to render a public page.
CACHEABLE_PAGE_ATTRIBUTE = "_page_cache_public_page"
STATUS_HEADER = "X-Page-Cache"
# Headers never copied into the cache: per visitor, or recomputed for every response.
UNSTORED_HEADERS = {"set-cookie", "content-security-policy", STATUS_HEADER.lower()}
# How long a stale entry may still be served while one request renders its replacement.
REVALIDATE_SECONDS = 10
clock = time.time


def clear_page_cache() -> None:
    """Forget every cached page on every app server sharing this cache."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        # No generation yet (fresh cache): readers assume 1, so start at 2.
        cache.add(GENERATION_KEY, 2, timeout=None)


def remember(key: str, compute, timeout: int = 300):
    """compute()'s value, kept until the next publish or unpublish clears the page cache.

    For small lookups every page render makes (a page's translations) that change only when
    something is published; one cache round trip instead of a query.
    """
    # A Redis outage needs no handling here: the cache is configured to ignore and log errors
    # (newsroom/settings/caches.py), so a lookup then simply misses.
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY, 1)
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(key, (generation, value), timeout)
    return value


def page_cache_key(request) -> str:
    # The language comes from the URL prefix, as LocaleMiddleware decides it for i18n_patterns
    # without a prefix for the default language; it is in the key in case that ever changes.
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    location = f"{request.get_host()}{request.get_full_path()}|{language}"
    return "pagecache:" + hashlib.sha256(location.encode()).hexdigest()


def mark_public_page(page, request) -> None:
    """Called before Wagtail renders a page: remember it, so a storable answer can be checked."""
    if not getattr(request, "is_preview", False):
        setattr(request, CACHEABLE_PAGE_ATTRIBUTE, page)


# Marks an answer that shows only public content whatever it is about (the read API).
PUBLIC_ANSWER = "public"


def mark_public_answer(request) -> None:
    """For views that show anonymous visitors only public pages (the read API): their answers
    to anonymous GETs are kept and served like public pages'."""
    setattr(request, CACHEABLE_PAGE_ATTRIBUTE, PUBLIC_ANSWER)


def is_unrestricted(page) -> bool:
    # Asked last, only of answers about to be stored, so a page view pays no extra query.
    if page is PUBLIC_ANSWER:
        return True
    return page is not None and not page.get_view_restrictions().exists()


def response_is_storable(request, response) -> bool:
    return (
        getattr(request, CACHEABLE_PAGE_ATTRIBUTE, None) is not None
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        # Covers CSRF tokens too: Django sets (renews) the CSRF cookie whenever a page uses one.
        and not response.cookies
        # A CSP nonce is per response; a cached copy would carry a stale one.
        and not getattr(request, "_csp_nonce", None)
        and not response.has_header("Cache-Control")
        and settings.PAGE_CACHE_SECONDS > 0
        and is_unrestricted(getattr(request, CACHEABLE_PAGE_ATTRIBUTE))
    )


def may_look_up(request) -> bool:
    """Whether the cache is on and this request may be answered from it."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(tuple(settings.NO_STORE_PATH_PREFIXES))
    )


class PageCacheMiddleware:
    """Answers from the cache when it can; stores a storable page answer afterwards."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES and may_look_up(request):
            cached = self.look_up(request)
            if cached is not None:
                return cached
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key and response_is_storable(request, response):
            self.store(request, response)
            return response
        if getattr(request, "_page_cache_rendering", False):
            # It claimed a stale page's render but has nothing to store: let the next one try.
            self.release_render(key)
        if getattr(request, "_page_cache_page_view", False):
            # A page answer we would not share (staff view, a token inside, cookies): nobody
            # downstream may keep it either.
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
            response.setdefault(STATUS_HEADER, "skip")
        if request.path_info.startswith(tuple(settings.NO_STORE_PATH_PREFIXES)):
            patch_cache_control(response, no_store=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """For visitors with a session cookie: look up only once they are known to be anonymous."""
        if view_func is not wagtail_serve:
            return None
        request._page_cache_page_view = True
        if hasattr(request, "_page_cache_key"):
            return None
        if not may_look_up(request) or request.user.is_authenticated:
            request._page_cache_key = ""  # never stored
            return None
        return self.look_up(request)

    def look_up(self, request):
        key = page_cache_key(request)  # outside the try: a disallowed host is a 400, not an outage
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:
            # A cache outage slows pages down; it must not take them down.
            logger.warning("Page cache unavailable; rendering without it.", exc_info=True)
            return None
        request._page_cache_key = key
        request._page_cache_generation = found.get(GENERATION_KEY, 1)
        entry = found.get(key)
        if entry is None or entry[0] != request._page_cache_generation:
            return None
        if is_fresh(entry) or not self.claim_render(key):
            return self.rebuild(entry)
        request._page_cache_rendering = True  # it renders the page again; others get the stale copy
        return None

    @staticmethod
    def release_render(key: str) -> None:
        try:
            cache.delete(f"{key}:rendering")
        except Exception:
            logger.warning("Page cache unavailable; render claim left to expire.", exc_info=True)

    @staticmethod
    def claim_render(key: str) -> bool:
        """True for the one request that may render a stale page again (the cache's atomic add)."""
        try:
            return cache.add(f"{key}:rendering", 1, REVALIDATE_SECONDS)
        except Exception:
            logger.warning("Page cache unavailable; rendering without it.", exc_info=True)
            return True

    def store(self, request, response) -> None:
        seconds = settings.PAGE_CACHE_SECONDS
        patch_cache_control(response, public=True, max_age=seconds)
        response[STATUS_HEADER] = "miss"
        if seconds <= 0:
            return
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in UNSTORED_HEADERS
        ]
        # Stored with the generation seen before rendering: if a publish happened meanwhile, the
        # entry is already out of date and is never served.
        entry = (
            request._page_cache_generation,
            clock(),
            response.status_code,
            headers,
            response.content,
        )
        try:
            cache.set(request._page_cache_key, entry, seconds + REVALIDATE_SECONDS)
        except Exception:
            logger.warning("Page cache unavailable; page not stored.", exc_info=True)
            return
        if getattr(request, "_page_cache_rendering", False):
            self.release_render(request._page_cache_key)

    @staticmethod
    def rebuild(entry) -> HttpResponse:
        _generation, stored_at, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        # A CDN may keep the copy only for what is left of its life here, so what readers see
        # (a petition's count, say) is never older than PAGE_CACHE_SECONDS in total.
        remaining = math.ceil(stored_at + settings.PAGE_CACHE_SECONDS - clock())
        response["Cache-Control"] = f"public, max-age={max(remaining, 0)}"
        response[STATUS_HEADER] = "hit" if remaining > 0 else "stale"
        return response


def is_fresh(entry) -> bool:
    return clock() < entry[1] + settings.PAGE_CACHE_SECONDS
