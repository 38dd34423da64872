"""Wagtail hooks: which page answers the page cache may keep, and which documents are private."""

from wagtail import hooks

from .document_privacy import refuse_documents_only_on_private_pages
from .page_cache import mark_public_page


@hooks.register("before_serve_page")
def allow_page_cache_for_public_pages(page, request, serve_args, serve_kwargs):
    mark_public_page(page, request)


hooks.register("before_serve_document", refuse_documents_only_on_private_pages)
