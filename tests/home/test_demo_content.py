"""load_demo_content builds the demo site, in English, Spanish and Arabic, with a partner's issue
page of every part content shape 5 names; a second run changes nothing."""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import TranslationSource

from campaigns.models import Signature
from home.models import SiteChrome
from resources.models import PartnerPage
from resources.models.partners import PartnerCosponsorship


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content")
        yield
        transaction.set_rollback(True)


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
        "signatures": Signature.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "cosponsorships": PartnerCosponsorship.objects.count(),
        "translation_sources": TranslationSource.objects.count(),
    }


@pytest.mark.django_db
def test_loading_the_demo_a_second_time_changes_nothing(demo, client):
    first = snapshot()
    call_command("load_demo_content")

    assert snapshot() == first
    assert "/home/about/" in [url for url, *_ in first["pages"]]
    assert first["settings"][0][1] == "https://coalition.example/donate"
    assert "About" in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_demo_has_spanish_and_arabic_translations_made_through_wagtail_localize(demo, client):
    spanish_pledge = client.get("/es/actua/compromiso-con-la-plataforma/").content.decode()
    arabic_letter = client.get("/ar/take-action/letter-to-the-president/").content.decode()

    assert '<html lang="es" dir="ltr">' in spanish_pledge
    assert "Firma nuestro compromiso con la plataforma" in spanish_pledge
    assert '<html lang="ar" dir="rtl">' in arabic_letter
    assert "رسالة إلى الرئيس" in arabic_letter
    assert TranslationSource.objects.filter(object__translation_key__isnull=False).count() >= 8


def issue_page(language_code: str) -> PartnerPage:
    english = PartnerPage.objects.get(
        slug="rabbinic-human-rights-network", locale__language_code="en"
    )
    return english.get_translation(Locale.objects.get(language_code=language_code))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language_code, words",
    [
        (
            "en",
            {
                "epigraph": "love them as yourself",
                "citation": "<cite>Leviticus 19:33–34</cite>",
                "work": "<h2>Our work includes</h2>",
                "partners": "<h2>Our partners</h2>",
                "resources": "<h2>Resources</h2>",
                "take action": "<h2>Take action</h2>",
                "updates": "<h2>Sign up for updates</h2>",
                "term": "<dfn>Ger</dfn>",
            },
        ),
        (
            "es",
            {
                "epigraph": "ámenlos como a ustedes mismos",
                "citation": "<cite>Levítico 19:33–34</cite>",
                "work": "<h2>Nuestro trabajo incluye</h2>",
                "partners": "<h2>Nuestras organizaciones aliadas</h2>",
                "resources": "<h2>Recursos</h2>",
                "take action": "<h2>Actúa</h2>",
                "updates": "<h2>Suscríbete a las novedades</h2>",
                "term": "<dfn>Guer</dfn>",
            },
        ),
    ],
)
def test_a_partners_issue_page_has_every_part_of_content_shape_5(
    demo, client, language_code, words
):
    page = issue_page(language_code)
    html = client.get(page.url).content.decode()

    assert page.live and f'<html lang="{language_code}"' in html
    for part, text in words.items():
        assert text in html, part
    # The glossary footnote: the term in the text links to the note, which has that anchor.
    assert 'href="#note-ger"' in html and 'class="footnote" id="note-ger" role="note"' in html
    # "Our work includes" is a list of four kinds of work.
    work = html[html.index("<ul>", html.index(words["work"])) :]
    assert work[: work.index("</ul>")].count("<li>") == 4
    # Partners: the other members' logos, each linked to its page in the reader's language.
    wall = html[html.index('<ul class="logo-wall">') :]
    wall = wall[: wall.index("</ul>")]
    for slug in ("coalition-for-fair-asylum", "refugee-aid-society"):
        partner = PartnerPage.objects.get(slug=slug, locale=page.locale)
        assert f'href="{partner.url}"' in wall
    assert wall.count("<img") == 2
    # Resources: the seder text to download.
    assert ".pdf" in html and "document-link" in html
    # Take action: the open faith leaders' letter, in the reader's language.
    letter = next(
        action.specific
        for action in (link.action.localized for link in page.cosponsored.all())
        if action.specific.kind == "letter"
    )
    assert letter.is_open and letter.locale_id == page.locale_id
    assert f'class="button button--accent" href="{letter.url}"' in html
    # Sign up for updates.
    assert 'href="https://coalition.example/newsletter"' in html


@pytest.mark.django_db
def test_the_demo_shows_spanish_and_arabic_readers_no_english_chrome_and_translated_topics(
    demo, client
):
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
