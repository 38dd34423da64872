"""A reader signs from a petition page the page cache served: no session, no CSRF cookie needed."""

import re
import time
from types import SimpleNamespace

import pytest

from campaigns.models import Signature
from campaigns.signons import protection
from tests.campaigns.factories import CampaignIndexPageFactory, PetitionPageFactory

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def petition(home_page):
    return PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        title="Fair asylum now",
        slug="fair-asylum",
    )


def test_a_sign_on_from_a_cached_petition_page_is_stored_and_counted(
    client, petition, monkeypatch, django_capture_on_commit_callbacks
):
    client.get(petition.url)
    cached = client.get(petition.url)
    token = re.search(r'name="form_token" value="([^"]+)"', cached.content.decode()).group(1)
    half_a_minute_later = time.time() + 30
    monkeypatch.setattr(protection, "time", SimpleNamespace(time=lambda: half_a_minute_later))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/sign/{petition.pk}/",
            {
                "first_name": "Ana",
                "last_name": "Ruiz",
                "email": "ana@example.org",
                "form_token": token,
                "website": "",
            },
            HTTP_ORIGIN="http://testserver",
        )

    assert cached["X-Page-Cache"] == "hit"
    assert not cached.cookies
    assert "Thank you for signing." in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert Signature.objects.get().email_normalized == "ana@example.org"
    count = client.get(f"/api/petitions/{petition.translation_key}/count/").json()
    assert count["count"] == 1
