"""Editors change navigation and footer in the site settings form; a link with no target is refused clearly."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import SiteSettings


def settings_form(**navigation_link):
    return nested_form_data(
        {
            "navigation": streamfield([("link", navigation_link)]),
            "footer_text": rich_text("<p>Published by the coalition.</p>"),
            "social_accounts": streamfield([]),
            "donate_url": "",
            "newsletter_url": "",
        }
    )


def test_a_navigation_link_with_neither_page_nor_address_is_refused_with_a_message(
    admin_client, site
):
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])

    response = admin_client.post(url, settings_form(label="Nowhere", page="", url=""))

    assert response.status_code == 200
    assert "Choose a page or enter an address." in response.content.decode()
    assert not SiteSettings.for_site(site).navigation


def test_a_navigation_link_to_an_address_is_saved(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])

    admin_client.post(
        url, settings_form(label="Partners", page="", url="https://partners.example/")
    )

    link = SiteSettings.for_site(site).navigation[0].value
    assert (link["label"], link["url"]) == ("Partners", "https://partners.example/")
