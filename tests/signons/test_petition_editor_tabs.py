"""The petition editor gathers every setting of a petition in six tabs, each where an editor
would look for it."""

import re

import pytest
from django.urls import reverse

from tests.signons.petition_admin import as_editor

pytestmark = pytest.mark.django_db

# Each tab's fields (stream fields are drawn by script, in a div with the field's id).
TABS = {
    "content": ('name="kind"', 'name="target"', 'name="intro"', 'name="photo"', 'name="letter"'),
    "sign_on_form": (
        'name="goal"',
        'name="closes_at"',
        'id="signer_fields"',
        'id="categories"',
        'name="consent_text"',
        'name="double_opt_in"',
        'name="updates_wording"',
        'id="optin_partners"',
        'name="thank_you"',
        'name="share_text"',
        'id="after_signing"',
    ),
    "signer_list": ('name="list_signers"', 'name="list_shows_city"', 'name="show_signers_map"'),
    "delivery": ('name="delivered_on"', 'name="delivered_to"', 'name="delivery_note"'),
    "promote": ('name="slug"', 'name="listing_summary"', 'name="social_image"'),
    "settings": ('name="retention_days"',),
}


def tab_panels(html: str) -> dict[str, str]:
    """Each tab's id → the markup of its panel."""
    starts = [(match.group(1), match.start()) for match in re.finditer(r'id="tab-(\w+)"', html)]
    return {
        name: html[start : starts[index + 1][1] if index + 1 < len(starts) else len(html)]
        for index, (name, start) in enumerate(starts)
    }


def test_the_petition_editor_has_six_tabs_in_order(client, take_action):
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "petitionpage", take_action.pk])

    html = as_editor(client).get(url).content.decode()

    tabs = re.findall(r'data-w-tabs-target="trigger">\s*([^<]+?)\s*<', html)
    assert tabs == ["Content", "Sign-on form", "Signer list", "Delivery", "Promote", "Settings"]


def test_each_setting_is_in_its_tab(client, petition):
    url = reverse("wagtailadmin_pages:edit", args=[petition.pk])

    panels = tab_panels(as_editor(client).get(url).content.decode())

    for tab, fields in TABS.items():
        for field in fields:
            assert field in panels[tab], f"{field} is not in the {tab} tab"
