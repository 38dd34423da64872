"""Editors set each language's name, menu, footer and calls to act in Snippets → Site chrome."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import SiteChrome
from tests.factories import StandardPageFactory


def chrome_form(*links, **fields):
    return nested_form_data(
        {
            "site_name": "Faith and Refuge Newsroom",
            "navigation": streamfield([("link", link) for link in links]),
            "footer_text": rich_text("<p>Published by the coalition.</p>"),
            "donate_label": "Give today",
            "donate_url": "https://coalition.example/give",
            "newsletter_label": "Get the weekly letter",
            "newsletter_url": "https://coalition.example/letter",
            **fields,
        }
    )


def edit_url(chrome):
    return reverse("wagtailsnippets_home_sitechrome:edit", args=[chrome.pk])


def test_an_editor_edits_the_chrome_and_readers_see_every_part_of_it(
    admin_client, client, home_page, site_chrome
):
    about = StandardPageFactory(parent=home_page, title="About the coalition", slug="about")

    response = admin_client.post(
        edit_url(site_chrome),
        chrome_form(
            {"label": "Who we are", "page": about.pk, "url": ""},
            {"label": "Partners abroad", "page": "", "url": "https://partners.example/"},
        ),
    )

    assert response.status_code == 302
    client.logout()
    html = client.get("/").content.decode()
    assert '<span class="brand__name">Faith and Refuge Newsroom</span>' in html
    assert "· Faith and Refuge Newsroom</title>" in html
    assert '<a href="/about/">Who we are</a>' in html
    assert '<a href="https://partners.example/">Partners abroad</a>' in html
    assert "Published by the coalition." in html
    assert 'href="https://coalition.example/give">Give today</a>' in html
    assert 'href="https://coalition.example/letter">Get the weekly letter</a>' in html


def test_empty_button_labels_read_the_interfaces_own_words(
    admin_client, client, home_page, site_chrome
):
    admin_client.post(edit_url(site_chrome), chrome_form(donate_label="", newsletter_label=""))

    client.logout()
    html = client.get("/").content.decode()
    assert 'href="https://coalition.example/give">Donate</a>' in html
    assert 'href="https://coalition.example/letter">Sign up for updates</a>' in html


def test_a_menu_link_with_neither_page_nor_address_is_refused_with_a_message(
    admin_client, site_chrome
):
    response = admin_client.post(
        edit_url(site_chrome), chrome_form({"label": "Nowhere", "page": "", "url": ""})
    )

    assert response.status_code == 200
    assert "Choose a page or enter an address." in response.content.decode()
    site_chrome.refresh_from_db()
    assert not site_chrome.navigation


def test_a_second_chrome_for_the_same_language_is_refused(admin_client, site_chrome):
    url = reverse("wagtailsnippets_home_sitechrome:add") + "?locale=en"

    response = admin_client.post(url, chrome_form(site_name="A second English chrome"))

    assert response.status_code == 200
    assert "This language already has its site chrome: edit that one instead." in (
        response.content.decode()
    )
    assert SiteChrome.objects.filter(locale__language_code="en").count() == 1
