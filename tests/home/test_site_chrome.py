"""Every language has its own chrome: name, menu, footer, donate and newsletter, translated like pages.

Where a language has no chrome yet, the English one stands in, marked lang="en" (and left to right
in right-to-left pages); menu links go to the reader's-language page when one is live.
"""

import json
import re

import pytest
from django.test import RequestFactory
from django.utils import translation

from home.translating import translate
from newsroom.platform.answers import server_error
from tests.campaigns.factories import NewsIndexPageFactory
from tests.factories import StandardPageFactory

SPANISH = {
    "Coalition Newsroom": "Noticias de la Coalición",
    "About": "Quiénes somos",
    "News": "Noticias",
    "Published by the coalition.": "Una publicación de la coalición.",
    "Donate": "Donar",
    "Sign up for updates": "Recibe novedades",
}
ARABIC = {
    "Coalition Newsroom": "أخبار التحالف",
    "About": "من نحن",
    "News": "الأخبار",
    "Published by the coalition.": "يصدر عن التحالف.",
    "Donate": "تبرّع",
    "Sign up for updates": "اشترك في نشرتنا",
}


@pytest.fixture
def pages(home_page):
    return {
        "about": StandardPageFactory(parent=home_page, title="About", slug="about"),
        "news": NewsIndexPageFactory(parent=home_page, title="News", slug="news"),
    }


@pytest.fixture
def english_chrome(site_chrome, pages):
    site_chrome.navigation = json.dumps(
        [
            {"type": "link", "value": {"label": label, "page": pages[key].pk, "url": ""}}
            for key, label in (("about", "About"), ("news", "News"))
        ]
    )
    site_chrome.footer_text = "<p>Published by the coalition.</p>"
    site_chrome.donate_label = "Donate"
    site_chrome.donate_url = "https://coalition.example/donate"
    site_chrome.newsletter_label = "Sign up for updates"
    site_chrome.newsletter_url = "https://coalition.example/newsletter"
    site_chrome.save()
    return site_chrome


def chrome_of(html: str) -> str:
    """The header and the footer, where the chrome is, less the language switcher (whose
    language names rightly carry their own lang)."""
    html = re.sub(r'<nav class="language-switcher".*?</nav>', "", html, flags=re.S)
    return "".join(
        re.findall(
            r"<header class=\"site-header\">.*?</header>|<footer class=\"site-footer.*?</footer>",
            html,
            re.S,
        )
    )


def test_spanish_readers_get_the_spanish_chrome_with_links_to_spanish_pages(
    client, home_page, pages, english_chrome
):
    translate(english_chrome, "es", SPANISH)
    translate(home_page, "es", {})
    translate(pages["about"], "es", {"about": "quienes-somos"})

    chrome = chrome_of(client.get("/es/").content.decode())

    assert '<span class="brand__name">Noticias de la Coalición</span>' in chrome
    assert '<a href="/es/quienes-somos/">Quiénes somos</a>' in chrome
    assert '<a href="/news/" hreflang="en">Noticias</a>' in chrome  # not translated yet
    assert "Una publicación de la coalición." in chrome
    assert 'href="https://coalition.example/donate">Donar</a>' in chrome
    assert 'href="https://coalition.example/newsletter">Recibe novedades</a>' in chrome
    assert ' lang="en"' not in chrome
    assert "About" not in chrome and "Published by the coalition." not in chrome


def test_arabic_readers_get_the_arabic_chrome(client, home_page, english_chrome):
    translate(english_chrome, "ar", ARABIC)
    translate(home_page, "ar", {})

    html = client.get("/ar/").content.decode()
    chrome = chrome_of(html)

    assert '<html lang="ar" dir="rtl">' in html
    assert "<title>أخبار التحالف</title>" in html or "· أخبار التحالف</title>" in html
    assert '<span class="brand__name">أخبار التحالف</span>' in chrome
    assert ">من نحن</a>" in chrome and ">الأخبار</a>" in chrome
    assert "يصدر عن التحالف." in chrome
    assert ">تبرّع</a>" in chrome and ">اشترك في نشرتنا</a>" in chrome
    assert ' lang="en"' not in chrome


def test_without_spanish_chrome_the_english_text_carries_lang_en(client, home_page, english_chrome):
    translate(home_page, "es", {})

    chrome = chrome_of(client.get("/es/").content.decode())

    assert '<span class="brand__name" lang="en" dir="ltr">Coalition Newsroom</span>' in chrome
    assert '<ul lang="en" dir="ltr">' in chrome and ">About</a>" in chrome
    assert '<div class="site-footer__about" lang="en" dir="ltr">' in chrome
    assert 'lang="en" dir="ltr">Donate</a>' in chrome
    assert 'lang="en" dir="ltr">Sign up for updates</a>' in chrome


def test_in_arabic_the_english_footer_stands_left_to_right_so_its_full_stop_stays_at_the_end(
    client, home_page, english_chrome
):
    translate(home_page, "ar", {})

    chrome = chrome_of(client.get("/ar/").content.decode())

    footer = re.search(r'<div class="site-footer__about"[^>]*>', chrome).group(0)
    assert footer == '<div class="site-footer__about" lang="en" dir="ltr">'
    assert "<p>Published by the coalition.</p>" in chrome


def test_a_draft_translation_is_not_linked_from_the_menu(client, home_page, pages, english_chrome):
    translate(english_chrome, "es", SPANISH)
    translate(home_page, "es", {})
    translate(pages["news"], "es", {"news": "noticias"}, publish=False)

    chrome = chrome_of(client.get("/es/").content.decode())

    assert '<a href="/news/" hreflang="en">Noticias</a>' in chrome
    assert "/es/noticias/" not in chrome


def test_the_menu_marks_the_page_being_read(client, home_page, pages, english_chrome):
    chrome = chrome_of(client.get("/about/").content.decode())

    assert '<a href="/about/" aria-current="page">About</a>' in chrome
    assert '<a href="/news/">News</a>' in chrome


def test_the_spanish_404_leads_to_the_spanish_home_page(client, home_page):
    translate(home_page, "es", {})

    response = client.get("/es/no-such-page/")

    assert response.status_code == 404
    assert '<a href="/es/">Ir a la página de inicio</a>' in response.content.decode()


def test_the_arabic_500_leads_to_the_arabic_home_page_without_the_database():
    # No database fixture: any query here would fail the test.
    request = RequestFactory().get("/ar/broken/")

    with translation.override("ar"):
        response = server_error(request)

    assert response.status_code == 500
    assert '<a href="/ar/">الانتقال إلى الصفحة الرئيسية</a>' in response.content.decode()
