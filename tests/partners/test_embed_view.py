"""A petition's embed: framed only by partners' sites, in each language, from the page cache."""

import pytest

from tests.partners.conftest import RABBIS_SITE, RAS_SITE, translate
from tests.partners.framing import frame_ancestors


def embed_url(petition, query=""):
    return f"/embed/petitions/{petition.translation_key}/{query}"


def test_the_embed_shows_the_title_count_and_form(client, petition):
    response = client.get(embed_url(petition))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Fair asylum now" in html
    assert "0</strong> signatures of 1,000" in html
    assert f'action="/sign/{petition.pk}/in-frame/#sign"' in html
    assert 'name="form_token"' in html
    assert "site-header" not in html and "<footer" not in html


def test_a_partners_embed_may_be_framed_by_that_partners_sites_only(client, petition, ras, rabbis):
    response = client.get(embed_url(petition, "?partner=ras"))

    assert frame_ancestors(response) == ["'self'", RAS_SITE, "https://www.ras.example"]
    assert "X-Frame-Options" not in response
    assert 'name="partner" value="ras"' in response.content.decode()


def test_an_embed_without_a_known_partner_may_be_framed_by_every_partners_site(
    client, petition, ras, rabbis, settings
):
    settings.SIGNON_ALLOWED_ORIGINS = ["https://coalition.example"]

    plain = client.get(embed_url(petition))
    unknown = client.get(embed_url(petition, "?partner=someone-else"))

    expected = ["'self'", RAS_SITE, "https://www.ras.example", RABBIS_SITE]
    assert frame_ancestors(plain) == [*expected, "https://coalition.example"]
    assert frame_ancestors(unknown) == frame_ancestors(plain)
    # An unknown code still travels with the sign-on (it is kept as its source).
    assert 'name="partner" value="someone-else"' in unknown.content.decode()


def test_every_other_answer_refuses_to_be_framed(client, petition, ras):
    for response in (client.get(petition.url), client.get("/"), client.get("/sign/1/")):
        assert response["X-Frame-Options"] == "DENY"
        assert frame_ancestors(response) == ["'self'"]


def test_a_partner_code_that_is_not_a_code_is_ignored(client, petition, ras):
    response = client.get(embed_url(petition, '?partner="><script>alert(1)</script>'))

    html = response.content.decode()
    assert 'name="partner"' not in html
    assert "alert(1)" not in html


def test_the_embed_speaks_the_language_of_its_prefix_or_of_lang(client, petition):
    translate(petition, "es", title="Asilo justo ya")
    translate(petition, "ar", title="لجوء عادل الآن")

    spanish = client.get(f"/es/embed/petitions/{petition.translation_key}/").content.decode()
    arabic = client.get(embed_url(petition, "?lang=ar")).content.decode()

    assert '<html lang="es" dir="ltr"' in spanish and "Asilo justo ya" in spanish
    assert "Firmar" in spanish
    assert '<html lang="ar" dir="rtl"' in arabic and "لجوء عادل الآن" in arabic


def test_an_untranslated_petition_is_embedded_in_its_own_language(client, petition):
    html = client.get(embed_url(petition, "?lang=es")).content.decode()

    assert '<html lang="en"' in html and "Fair asylum now" in html


@pytest.mark.parametrize("state", ["unknown", "draft", "private"])
def test_only_live_public_petitions_can_be_embedded(client, petition, state):
    key = petition.translation_key
    if state == "draft":
        petition.unpublish()
    elif state == "private":
        petition.view_restrictions.create(restriction_type="password", password="secret")
    elif state == "unknown":
        key = "00000000-0000-0000-0000-000000000000"

    response = client.get(f"/embed/petitions/{key}/", HTTP_ACCEPT="application/json")

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_the_embed_is_served_from_the_cache_and_may_be_kept_by_cdns(
    client, petition, ras, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 10
    first = client.get(embed_url(petition, "?partner=ras"))

    with django_assert_num_queries(0):
        again = client.get(embed_url(petition, "?partner=ras"))

    assert again.content == first.content
    assert again["Cache-Control"] == "public, max-age=10"
    assert frame_ancestors(again) == frame_ancestors(first)


def test_publishing_a_partner_changes_who_may_frame_the_embed(client, petition, ras, settings):
    settings.PAGE_CACHE_SECONDS = 10
    client.get(embed_url(petition, "?partner=ras"))

    ras.embed_sites = "https://new.ras.example"
    ras.save_revision().publish()

    response = client.get(embed_url(petition, "?partner=ras"))
    assert frame_ancestors(response) == ["'self'", "https://new.ras.example"]


def test_the_embed_takes_only_get(client, petition):
    response = client.post(embed_url(petition))

    assert response.status_code == 405
