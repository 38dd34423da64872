"""On an alert, a reader types a ZIP and gets their own members: phones, script, post. No script
is needed: the form is a GET and the page renders the result."""

import re

import pytest

from campaigns.representatives.lookup import find
from tests.campaigns.factories import ActionAlertPageFactory
from tests.representatives.conftest import block_id, contact_block, member, senators


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_before_any_zip_the_action_shows_its_heading_and_a_zip_form(client, alert):
    html = client.get(alert.url).content.decode()

    assert "Call your members of Congress" in html
    assert (
        '<form class="zip-form" method="get" action="/take-action/protect-asylum/#contact-' in html
    )
    assert 'name="zip"' in html and 'autocomplete="postal-code"' in html
    assert "member-card" not in html


def test_a_zip_in_one_district_shows_both_senators_and_the_representative_with_phone_links(
    client, alert
):
    html = client.get(alert.url, {"zip": "94110"}).content.decode()
    lookup = find("94110")
    representative = lookup.representative.member

    for seat in [*lookup.senators, lookup.representative]:
        digits = re.sub(r"\D", "", seat.member.phone)
        assert f'href="tel:+1{digits}"' in html
        assert f"{seat.member.title} {seat.member.full_name}</h5>" in html
    office = lookup.representative.office
    assert f"Call the {office.city} office: {office.phone}" in html
    assert f'href="tel:+1{re.sub(r"[^0-9]", "", office.phone)}"' in html
    assert f"Hello Representative {representative.full_name}, I live in California." in html
    assert "Senator" in text_of(html) and representative.party_name in html


def test_the_script_and_post_are_filled_in_and_escaped(client, take_action):
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[
            contact_block(
                script="<b>Dear</b> {title} {member} & staff of {state} {unknown}",
                social_post="Vote no <script>alert(1)</script>",
            )
        ],
    )
    vermont = member("VT", district=0)

    html = client.get(alert.url, {"zip": "05401"}).content.decode()

    assert (
        f"&lt;b&gt;Dear&lt;/b&gt; Representative {vermont.full_name} &amp; staff of Vermont {{unknown}}"
        in html
    )
    assert "<script>alert(1)</script>" not in html
    assert f"@{vermont.twitter} Vote no &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "https://x.com/intent/post?text=%40" in html


def test_a_zip_in_several_districts_explains_and_links_each_district_to_pick(client, alert):
    html = client.get(alert.url, {"zip": "35005"}).content.decode()
    anchor = f"contact-{block_id(alert)}"

    assert "Your ZIP code is split between congressional districts" in html
    for district in (6, 7):
        rep = member("AL", district=district)
        assert (
            f'href="/take-action/protect-asylum/?zip=35005&amp;seat=AL-{district}#{anchor}"' in html
        )
        assert f"Alabama, district {district}: Representative {rep.full_name}" in html
    assert len(re.findall(r'class="member-card"', html)) == 2  # the senators, known already

    picked = client.get(alert.url, {"zip": "35005", "seat": "AL-7"}).content.decode()
    assert f"Representative {member('AL', district=7).full_name}</h5>" in picked
    assert "is split between" not in picked


def test_an_unknown_zip_asks_for_the_state_and_the_state_gives_the_senators(client, alert):
    html = client.get(alert.url, {"zip": "00000"}).content.decode()

    assert "We could not find ZIP code 00000" in html
    assert '<select id="contact-' in html and '<option value="OH">Ohio</option>' in html

    chosen = client.get(alert.url, {"zip": "00000", "state": "OH"}).content.decode()
    for senator in senators("OH"):
        assert f"Senator {senator.full_name}</h5>" in chosen
    assert "We know you are in Ohio, but not your congressional district" in chosen


def test_a_bad_zip_is_explained_next_to_the_form(client, alert):
    response = client.get(alert.url, {"zip": "9411"})

    html = response.content.decode()
    assert "“9411” is not a ZIP code." in html
    assert 'aria-invalid="true"' in html


def test_dc_readers_get_their_delegate_and_a_note_about_senators(client, alert):
    html = client.get(alert.url, {"zip": "20001"}).content.decode()

    assert f"Delegate {member('DC', district=0).full_name}</h5>" in html
    assert "District of Columbia has no senators" in html


def test_a_senate_only_action_gives_dc_readers_their_delegate_instead(client, take_action):
    alert = ActionAlertPageFactory(parent=take_action, actions=[contact_block(chambers="senate")])

    html = client.get(alert.url, {"zip": "20001"}).content.decode()

    assert f"Delegate {member('DC', district=0).full_name}</h5>" in html


def test_a_senate_only_action_needs_no_district_pick(client, take_action):
    alert = ActionAlertPageFactory(parent=take_action, actions=[contact_block(chambers="senate")])

    html = client.get(alert.url, {"zip": "35005"}).content.decode()

    assert "is split between" not in html
    assert len(re.findall(r'class="member-card"', html)) == 2


def test_a_house_only_action_shows_only_the_representative(client, take_action):
    alert = ActionAlertPageFactory(parent=take_action, actions=[contact_block(chambers="house")])

    html = client.get(alert.url, {"zip": "05401"}).content.decode()

    assert len(re.findall(r'class="member-card"', html)) == 1
    assert f"Representative {member('VT', district=0).full_name}</h5>" in html


def test_a_territory_reader_gets_their_delegate(client, alert):
    html = client.get(alert.url, {"zip": "96910"}).content.decode()

    assert f"Delegate {member('GU', district=0).full_name}</h5>" in html
    assert "Guam has no senators" in html


@pytest.mark.parametrize("zip_code", ["05401", "82001"])
def test_at_large_representatives_are_labelled_at_large(client, alert, zip_code):
    html = client.get(alert.url, {"zip": zip_code}).content.decode()

    assert ", at large</p>" in html


def test_the_action_loads_its_script_and_styles_from_static_files(client, alert):
    html = client.get(alert.url, {"zip": "94110"}).content.decode()

    assert '<script src="/static/representatives/js/contact-congress.js" defer></script>' in html
    assert 'href="/static/representatives/css/representatives.css"' in html
    assert "onclick" not in html and "<script>" not in html
