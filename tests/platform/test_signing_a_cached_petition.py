"""A reader signs from a petition page the page cache served: no session, no CSRF cookie needed."""

import re

import pytest

from campaigns.models import Signature
from campaigns.signons import form_tokens
from tests.campaigns.factories import CampaignIndexPageFactory, PetitionPageFactory
from tests.signons.counts import fresh_count

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def petition(home_page):
    return PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        title="Fair asylum now",
        slug="fair-asylum",
    )


def test_a_sign_on_from_a_cached_petition_page_is_stored_and_counted(client, petition, monkeypatch):
    client.get(petition.url)
    cached = client.get(petition.url)
    token = re.search(r'name="form_token" value="([^"]+)"', cached.content.decode()).group(1)
    half_a_minute_later = form_tokens.clock() + 30
    monkeypatch.setattr(form_tokens, "clock", lambda: half_a_minute_later)

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
    assert response.status_code == 303
    assert "no-store" in response["Cache-Control"]
    assert Signature.objects.get().email_normalized == "ana@example.org"
    assert fresh_count(petition) == 1


def test_the_thank_you_page_signers_are_sent_to_is_served_from_the_page_cache(client, petition):
    client.get(f"{petition.url}thanks/")

    thanks = client.get(f"{petition.url}thanks/")

    assert thanks["X-Page-Cache"] == "hit"
    assert "Thank you for signing." in thanks.content.decode()
