"""A page links its live translations: the language switcher, hreflang alternates and <html lang dir>."""

import pytest

from home.translating import translate
from tests.factories import IssueFactory


@pytest.fixture
def spanish_home(home_page):
    return translate(home_page, "es", {home_page.title: "Noticias de la coalición"})


def test_a_spanish_translation_is_served_under_es_with_lang_es(client, spanish_home):
    html = client.get("/es/").content.decode()

    assert '<html lang="es" dir="ltr">' in html
    assert "Noticias de la coalición" in html


def test_the_english_page_links_its_spanish_translation_in_the_switcher_and_hreflang(
    client, spanish_home
):
    html = client.get("/").content.decode()

    assert '<a href="/es/" hreflang="es" lang="es">Español</a>' in html
    assert '<link rel="alternate" hreflang="es" href="http://localhost/es/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://localhost/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/">' in html


def test_an_arabic_page_is_right_to_left(client, home_page):
    translate(home_page, "ar", {home_page.title: "أخبار التحالف"})

    html = client.get("/ar/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert "أخبار التحالف" in html


def test_a_draft_translation_is_not_offered_in_the_switcher(client, home_page):
    translate(home_page, "es", {}, publish=False)

    html = client.get("/").content.decode()

    assert 'hreflang="es"' not in html
    assert "language-switcher" not in html


def test_a_snippet_is_translated_into_its_own_locale(db):
    asylum = IssueFactory(name="Asylum", slug="asylum", description="Seeking safety.")

    spanish = translate(asylum, "es", {"Asylum": "Asilo", "Seeking safety.": "Buscar seguridad."})

    assert (spanish.name, spanish.locale.language_code) == ("Asilo", "es")
    assert spanish.translation_key == asylum.translation_key
