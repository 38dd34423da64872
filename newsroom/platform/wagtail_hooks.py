"""Wagtail hooks: tell the page cache which page answers it may keep."""

from wagtail import hooks

from .page_cache import mark_public_page


@hooks.register("before_serve_page")
def allow_page_cache_for_public_pages(page, request, serve_args, serve_kwargs):
    mark_public_page(page, request)
