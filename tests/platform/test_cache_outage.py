"""With the shared cache unreachable, pages render, editors publish and sign-ons are kept."""

import pytest

from campaigns.models import Signature
from home.translating import translate
from newsroom.settings.caches import redis_cache
from tests.campaigns.factories import CampaignIndexPageFactory, PetitionPageFactory
from tests.factories import StandardPageFactory
from tests.signons.posting import sign

# The production options, pointed at a port nothing listens on.
UNREACHABLE_REDIS = {"default": redis_cache("redis://127.0.0.1:1/0")}


@pytest.fixture
def cache_down(settings):
    settings.PAGE_CACHE_SECONDS = 10
    settings.CACHES = UNREACHABLE_REDIS


def test_a_translated_page_renders_its_language_switcher_without_the_cache(
    client, home_page, cache_down
):
    translate(home_page, "es", {})

    response = client.get("/")

    assert response.status_code == 200
    assert 'hreflang="es"' in response.content.decode()


def test_publishing_works_while_the_cache_is_down(client, home_page, cache_down):
    page = StandardPageFactory(parent=home_page, title="Statement", slug="statement")
    page.title = "Statement, revised"

    page.save_revision().publish()

    assert "Statement, revised" in client.get("/statement/").content.decode()


def test_a_sign_on_is_kept_and_counted_while_the_cache_is_down(client, home_page, cache_down):
    petition = PetitionPageFactory(parent=CampaignIndexPageFactory(parent=home_page))

    response = sign(client, petition, email="ana@example.org")

    assert response.status_code == 200
    assert Signature.objects.get().email_normalized == "ana@example.org"
    assert client.get(f"/api/petitions/{petition.translation_key}/count/").json()["count"] == 1
