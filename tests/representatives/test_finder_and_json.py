"""The finder page and its JSON twin: the same answer, in the reader's language, cacheable."""

import pytest

from tests.representatives.conftest import block_id, member

pytestmark = pytest.mark.django_db


def test_the_finder_page_answers_a_zip_without_javascript(client):
    html = client.get("/representatives/", {"zip": "05401"}).content.decode()

    assert "<h1>Find your members of Congress</h1>" in html
    assert f"Representative {member('VT', district=0).full_name}</h3>" in html


def test_a_bad_zip_on_the_finder_page_is_a_400_that_says_why(client):
    response = client.get("/representatives/", {"zip": "abcde"})

    assert response.status_code == 400
    assert "is not a ZIP code" in response.content.decode()


def test_the_json_answer_lists_the_members_with_their_offices_and_the_html(client):
    body = client.get("/representatives/lookup/", {"zip": "05401"}).json()

    assert body["outcome"] == "found" and body["state"] == "VT"
    rep = member("VT", district=0)
    assert {"name": rep.full_name, "phone": rep.phone, "chamber": "house"}.items() <= next(
        m for m in body["members"] if m["chamber"] == "house"
    ).items()
    assert all(m["office"]["phone"] for m in body["members"])
    assert f"Representative {rep.full_name}</h5>" in body["html"]


def test_the_json_answer_for_an_action_fills_in_its_script(client, alert):
    url = "/representatives/lookup/"
    params = {"zip": "05401", "page": alert.pk, "block": block_id(alert)}

    body = client.get(url, params).json()

    assert "Hello Representative" in body["html"] and "I live in Vermont." in body["html"]
    assert 'name="member"' in body["html"]  # the "I called" forms


def test_a_zip_split_between_districts_lists_the_candidates_in_json(client):
    body = client.get("/representatives/lookup/", {"zip": "35005"}).json()

    assert body["outcome"] == "several"
    assert [c["district"] for c in body["candidates"]] == [6, 7]


def test_bad_input_in_json_is_a_400_in_json_and_a_gone_action_a_404(client, alert):
    bad = client.get("/representatives/lookup/", {"zip": "12"})
    gone = client.get("/representatives/lookup/", {"zip": "05401", "page": alert.pk, "block": "x"})

    assert bad.status_code == 400 and bad.json()["error"] == "invalid_zip"
    assert gone.status_code == 404 and gone.json()["error"] == "not_found"


def test_answers_are_public_and_cacheable(client, settings):
    settings.PAGE_CACHE_SECONDS = 60

    page = client.get("/representatives/", {"zip": "05401"})
    json = client.get("/representatives/lookup/", {"zip": "05401"})

    assert page["Cache-Control"] == json["Cache-Control"] == "public, max-age=60"
    assert not page.cookies and not json.cookies


def test_the_finder_speaks_spanish_and_arabic(client):
    spanish = client.get("/es/representatives/", {"zip": "05401"}).content.decode()
    arabic = client.get("/ar/representatives/", {"zip": "20001"}).content.decode()

    assert "Encuentra a tus miembros del Congreso" in spanish
    assert "Vermont, distrito único" in spanish
    assert 'dir="rtl"' in arabic
    assert "مقاطعة كولومبيا" in arabic
