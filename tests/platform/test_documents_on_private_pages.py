"""A document used only on a private page cannot be fetched by someone who only knows its address."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

Document = get_document_model()


def page_offering(parent, document, **fields):
    return StandardPageFactory(
        parent=parent, body=[("document", {"document": document, "label": "Briefing"})], **fields
    )


def briefing():
    return Document.objects.create(
        title="Briefing", file=ContentFile(b"%PDF-1.4 briefing", name="briefing.pdf")
    )


def test_a_document_only_on_a_password_protected_page_is_refused_to_anonymous_readers(
    client, home_page
):
    document = briefing()
    private = page_offering(home_page, document, slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="shalom")

    response = client.get(document.url)

    assert response.status_code == 403
    assert "private page" in response.content.decode()


def test_a_document_also_on_a_public_page_stays_downloadable(client, home_page):
    document = briefing()
    private = page_offering(home_page, document, slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="shalom")
    page_offering(home_page, document, slug="press")

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 briefing"


def test_a_signed_in_member_of_the_allowed_group_downloads_it(client, home_page, superuser):
    document = briefing()
    private = page_offering(home_page, document, slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    client.force_login(superuser)

    assert client.get(document.url).status_code == 200
