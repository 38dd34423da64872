"""load_demo_content builds the demo site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.models import TranslationSource

from home.models import SiteChrome


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "settings": list(
            SiteChrome.objects.order_by("locale__language_code").values_list(
                "locale__language_code", "donate_url", "footer_text", "donate_label"
            )
        ),
        "navigation": [list(c.navigation.raw_data) for c in SiteChrome.objects.order_by("pk")],
    }


@pytest.mark.django_db
def test_load_demo_content_twice_leaves_the_same_pages_and_settings(client):
    call_command("load_demo_content")
    first = snapshot()
    call_command("load_demo_content")

    assert snapshot() == first
    assert "/home/about/" in [url for url, *_ in first["pages"]]
    assert first["settings"][0][1] == "https://coalition.example/donate"
    assert "About" in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_demo_has_spanish_and_arabic_translations_made_through_wagtail_localize(client):
    call_command("load_demo_content")

    spanish_pledge = client.get("/es/actua/compromiso-con-la-plataforma/").content.decode()
    arabic_letter = client.get("/ar/take-action/letter-to-the-president/").content.decode()

    assert '<html lang="es" dir="ltr">' in spanish_pledge
    assert "Firma nuestro compromiso con la plataforma" in spanish_pledge
    assert '<html lang="ar" dir="rtl">' in arabic_letter
    assert "رسالة إلى الرئيس" in arabic_letter
    assert TranslationSource.objects.filter(object__translation_key__isnull=False).count() >= 8


@pytest.mark.django_db
def test_the_demo_shows_spanish_and_arabic_readers_no_english_chrome_and_translated_topics(client):
    call_command("load_demo_content")

    spanish = client.get("/es/").content.decode()
    arabic = client.get("/ar/").content.decode()
    spanish_topic = client.get("/es/topics/asylum/").content.decode()

    for label in ("Quiénes somos", "Noticias", "Actúa", "Organizaciones aliadas", "Recursos"):
        assert f">{label}</a>" in spanish
    assert ">Donar</a>" in spanish and ">Recibe nuestras novedades</a>" in spanish
    assert ">Política de privacidad</a>" in spanish
    for label in ("من نحن", "الأخبار", "تحرّك الآن", "شركاؤنا", "موارد", "تبرّع"):
        assert f">{label}</a>" in arabic
    assert ">سياسة الخصوصية</a>" in arabic
    for english in (">About</a>", ">Donate</a>", ">Sign up for updates</a>", "Privacy policy"):
        assert english not in spanish and english not in arabic
    assert "<h1>Asilo</h1>" in spanish_topic
