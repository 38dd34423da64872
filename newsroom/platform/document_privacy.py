"""A document used only on private pages is private: its download address alone does not open it.

Wagtail's document view checks collection privacy; this adds page privacy. A document that appears
on at least one page the visitor may read stays downloadable; one that appears only on pages with
view restrictions the visitor has not passed is refused. Pages using a document come from Wagtail's
reference index.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from wagtail.models import Page, ReferenceIndex


def pages_using(document) -> list[Page]:
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=[int(pk) for pk in ids]).live())


def may_read(page, request) -> bool:
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def refuse_documents_only_on_private_pages(document, request):
    """before_serve_document hook: a 403 when every live page using the document is closed to this visitor."""
    pages = pages_using(document)
    if pages and not any(may_read(page, request) for page in pages):
        return HttpResponseForbidden(
            _("This document belongs to a private page."), content_type="text/plain; charset=utf-8"
        )
    return None
