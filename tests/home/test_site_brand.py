"""Editors set the site's logo and accent colour in Settings → Site settings; readers see them."""

import re

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_factories import ImageFactory

from home.colours import contrast_ratio
from home.models import SiteSettings


def brand_form(**brand):
    return nested_form_data(
        {
            "logo": "",
            "accent_colour": "",
            "social_accounts": streamfield([]),
            **brand,
        }
    )


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


def test_without_a_brand_the_header_shows_the_coalitions_mark_and_the_default_accent(
    client, home_page
):
    html = client.get("/").content.decode()

    assert 'class="brand__mark"' in html
    assert '<span class="brand__name">Coalition Newsroom</span>' in html
    assert "--accent:" not in html  # the stylesheet's own red


def test_an_editor_uploads_a_logo_and_picks_an_accent_and_readers_see_both(
    admin_client, client, site, home_page
):
    logo = ImageFactory(title="Coalition logo")

    response = admin_client.post(edit_url(site), brand_form(logo=logo.pk, accent_colour="#1d5c4d"))

    assert response.status_code == 302
    client.logout()
    html = client.get("/").content.decode()
    assert "<style>:root { --accent: #1d5c4d; }</style>" in html
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert re.search(
        r"<img alt=\"Coalition Newsroom\" class=\"brand__logo\"[^>]* height=\"\d+\"", header
    )
    assert 'type="image/webp"' in header
    assert 'class="brand__mark"' not in header


def test_an_accent_too_light_for_white_text_is_refused_with_its_contrast(admin_client, site):
    response = admin_client.post(edit_url(site), brand_form(accent_colour="#f4b400"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This colour is too light" in html
    assert f"{contrast_ratio('#f4b400', '#f6f3ee'):.1f}:1" in html
    assert SiteSettings.for_site(site).accent_colour == ""


def test_an_accent_that_is_not_a_hex_colour_is_refused(admin_client, site):
    response = admin_client.post(edit_url(site), brand_form(accent_colour="red"))

    assert "Enter a colour as # and six hexadecimal digits" in response.content.decode()
    assert SiteSettings.for_site(site).accent_colour == ""


def test_contrast_ratio_matches_wcag_for_black_on_white_and_equal_colours():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert contrast_ratio("#b4261e", "#b4261e") == 1.0
