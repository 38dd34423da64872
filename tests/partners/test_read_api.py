"""The read API: Wagtail's API v2 for news, alerts, petitions, partners and resources."""

from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from campaigns.signons.counting import set_count
from tests.factories import StandardPageFactory
from tests.partners.conftest import translate
from tests.signons.factories import PetitionPageFactory

PETITIONS = "/api/v2/pages/?type=campaigns.PetitionPage"


def listing(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def test_petitions_show_their_key_count_goal_state_and_delivery(client, petition):
    set_count(petition.translation_key, 412)
    petition.delivered_on, petition.delivered_to = date(2026, 7, 18), "the Senate"
    petition.save_revision().publish()

    data = listing(client, f"{PETITIONS}&fields=*")

    (item,) = data["items"]
    assert item["title"] == "Fair asylum now"
    assert item["petition_key"] == str(petition.translation_key)
    assert (item["signature_count"], item["goal"], item["is_open"]) == (412, 1000, True)
    assert item["delivery"] == {
        "delivered_on": "2026-07-18",
        "delivered_to": "the Senate",
        "note": "",
    }
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["html_url"].endswith("/take-action/fair-asylum/")
    # Long texts are for the detail view; signer data is nowhere.
    assert "letter" not in item and "signer_fields" not in item and "consent_text" not in item


def test_a_petitions_detail_has_its_letter_as_html(client, petition):
    detail = listing(client, f"/api/v2/pages/{petition.pk}/")

    assert (
        detail["letter"] == "<p>We, the undersigned, ask for a fair and humane asylum process.</p>"
    )
    assert detail["signature_count"] == 0
    assert detail["meta"]["type"] == "campaigns.PetitionPage"


def test_listings_filter_by_language_and_type(client, petition, ras):
    spanish = translate(petition, "es", title="Asilo justo ya")

    in_spanish = listing(client, "/api/v2/pages/?locale=es")
    partners = listing(client, "/api/v2/pages/?type=resources.PartnerPage&fields=partner_code")

    assert [(item["id"], item["title"]) for item in in_spanish["items"]] == [
        (spanish.pk, "Asilo justo ya")
    ]
    assert [item["partner_code"] for item in partners["items"]] == ["ras"]
    assert partners["items"][0]["meta"]["type"] == "resources.PartnerPage"


def test_only_the_five_public_page_types_are_listed(client, home_page, petition, ras):
    StandardPageFactory(parent=home_page, slug="about")

    everything = listing(client, "/api/v2/pages/")
    homes = listing(client, "/api/v2/pages/?type=home.HomePage")

    assert {item["meta"]["type"] for item in everything["items"]} == {
        "campaigns.PetitionPage",
        "resources.PartnerPage",
    }
    assert homes["items"] == []
    assert client.get(f"/api/v2/pages/{home_page.pk}/").status_code == 404


@pytest.mark.parametrize("state", ["draft", "private"])
def test_drafts_and_private_pages_are_not_in_the_api(client, take_action, state):
    hidden = PetitionPageFactory(parent=take_action, slug="hidden")
    if state == "draft":
        hidden.unpublish()
    else:
        PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")

    assert listing(client, PETITIONS)["items"] == []
    assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404


def test_partners_show_their_logo_and_code(client, ras):
    data = listing(client, "/api/v2/pages/?type=resources.PartnerPage&fields=*")

    (item,) = data["items"]
    assert item["partner_code"] == "ras"
    assert item["logo"]["url"].startswith("/media/images/")
    assert item["logo"]["alt"]


def test_any_site_may_read_the_api_and_caches_may_keep_it(client, petition, settings):
    settings.PAGE_CACHE_SECONDS = 10

    first = client.get(PETITIONS, HTTP_ORIGIN="https://ras.example")
    again = client.get(PETITIONS, HTTP_ORIGIN="https://ras.example")

    assert first["Access-Control-Allow-Origin"] == "*"
    assert first["Cache-Control"] == "public, max-age=10"
    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert again.json() == first.json()
    assert again["Access-Control-Allow-Origin"] == "*"


def test_a_cached_answer_needs_no_database(client, petition, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 10
    client.get(PETITIONS)

    with django_assert_num_queries(0):
        assert client.get(PETITIONS).status_code == 200


def test_publishing_refreshes_the_cached_answers(client, petition, settings):
    settings.PAGE_CACHE_SECONDS = 10
    client.get(PETITIONS)

    petition.title = "Fair asylum, now"
    petition.save_revision().publish()

    assert listing(client, PETITIONS)["items"][0]["title"] == "Fair asylum, now"


def test_bad_parameters_get_a_clear_400(client, petition):
    response = client.get("/api/v2/pages/?type=campaigns.PetitionPage&fields=email")

    assert response.status_code == 400
    assert response.json() == {"message": "unknown fields: email"}
