"""Images and documents live in a private S3 bucket (moto's S3 server over real HTTP, no patching)."""

import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.platform.conftest import png_bytes, start_s3_server, use_bucket

Document = get_document_model()
Image = get_image_model()


def http_get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as refusal:
        return refusal.code, refusal.read()


def upload_image_through_the_admin(client, title="Vigil at the courthouse"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("vigil.png", png_bytes(), content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_image_uploaded_in_the_admin_stores_its_original_and_renditions_in_the_bucket(
    admin_client, media_bucket
):
    response = upload_image_through_the_admin(admin_client)
    image = Image.objects.get(title="Vigil at the courthouse")
    # The edit screen shows a preview, which Wagtail renders as a rendition.
    edit_page = admin_client.get(reverse("wagtailimages:edit", args=[image.pk]))

    assert response.status_code == 302
    assert edit_page.status_code == 200
    keys = media_bucket.object_keys()
    assert "original_images/vigil.png" in keys
    renditions = [key for key in keys if key.startswith("images/vigil.")]
    assert renditions, keys
    assert image.renditions.count() == len(renditions)
    assert media_bucket.read("original_images/vigil.png") == png_bytes()


def drop_image_on_the_multiple_uploader(client):
    """What the admin's "Add an image" screen sends for each dropped file."""
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "files[]": SimpleUploadedFile("march.png", png_bytes(), content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
        headers={"X-Requested-With": "XMLHttpRequest"},
    )


def test_an_image_dropped_on_the_multiple_uploader_lands_in_the_bucket(admin_client, media_bucket):
    response = drop_image_on_the_multiple_uploader(admin_client)

    assert response.json()["success"] is True
    assert Image.objects.get().file.name == "original_images/march.png"
    assert "original_images/march.png" in media_bucket.object_keys()


def test_a_second_upload_with_the_same_file_name_does_not_replace_the_first(
    admin_client, media_bucket
):
    upload_image_through_the_admin(admin_client, title="First vigil")
    upload_image_through_the_admin(admin_client, title="Second vigil")

    first = Image.objects.get(title="First vigil")
    second = Image.objects.get(title="Second vigil")
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= set(media_bucket.object_keys())


def test_a_public_document_downloads_through_a_signed_redirect(client, media_bucket):
    document = Document.objects.create(
        title="Know your rights", file=ContentFile(b"Your rights at a checkpoint.", "rights.txt")
    )

    response = client.get(document.url)
    status, body = http_get(response["Location"])

    assert response.status_code == 302
    assert response["Location"].startswith(f"{media_bucket.endpoint}/{media_bucket.name}/")
    assert "no-store" in response["Cache-Control"]
    assert (status, body) == (200, b"Your rights at a checkpoint.")


def private_document():
    partners_only = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(
        collection=partners_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    return Document.objects.create(
        title="Lobbying plan",
        collection=partners_only,
        file=ContentFile(b"Meeting schedule with staffers.", "plan.txt"),
    )


def test_a_private_document_is_refused_to_anonymous_readers_and_its_object_is_private(
    client, media_bucket
):
    document = private_document()

    response = client.get(document.url)
    unsigned_status, unsigned_body = http_get(
        f"{media_bucket.endpoint}/{media_bucket.name}/{document.file.name}"
    )

    # Wagtail's serve view sends anonymous readers to log in, never to the bucket.
    assert response.status_code == 302
    assert media_bucket.endpoint not in response["Location"]
    assert "login" in response["Location"]
    # Knowing the object's address is not enough: the bucket refuses an unsigned request.
    assert unsigned_status == 403
    assert b"Meeting schedule" not in unsigned_body


def test_a_private_document_reaches_a_signed_in_user_through_a_short_lived_signed_url(
    admin_client, media_bucket
):
    document = private_document()

    response = admin_client.get(document.url)
    signed_url = response["Location"]
    status, body = http_get(signed_url)
    query = parse_qs(urlsplit(signed_url).query)

    assert (status, body) == (200, b"Meeting schedule with staffers.")
    # moto's server does not enforce presigned-URL expiry (checked: a 1-second URL still answers
    # after 3 seconds), so the expiry is asserted on the URL that real S3 enforces.
    assert query["X-Amz-Expires"] == ["2"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]


def test_with_the_bucket_down_an_upload_fails_clearly_and_saves_no_image(
    admin_client, settings, aws_credentials
):
    server, endpoint = start_s3_server()
    use_bucket(settings, endpoint)
    server.stop()

    response = upload_image_through_the_admin(admin_client)

    assert response.status_code == 503
    assert "nothing was saved" in response.content.decode()
    assert not Image.objects.exists()


# The multiple uploader saves outside any atomic block of its own, as in production (no
# ATOMIC_REQUESTS); inside the test's usual wrapping transaction the failed save would poison it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_bucket_down_the_multiple_uploader_gets_a_clear_json_error(
    admin_client, settings, aws_credentials
):
    server, endpoint = start_s3_server()
    use_bucket(settings, endpoint)
    server.stop()

    response = drop_image_on_the_multiple_uploader(admin_client)

    assert response.status_code == 503
    assert response.json()["success"] is False
    assert "nothing was saved" in response.json()["error_message"]
    assert not Image.objects.exists()
