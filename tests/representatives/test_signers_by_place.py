"""Staff see where a petition's signers are, by state and district; readers may see a map by
state. Both come from the confirmed signatures' ZIP codes, and both show counts only."""

import re
from collections import Counter

import pytest

from campaigns.representatives.models import ZipCode, ZipSeat
from campaigns.representatives.places import signers_by_place, signers_by_state
from campaigns.signons.models import SignatureStatus
from tests.signons.factories import PetitionPageFactory, SignatureFactory
from tests.signons.staff import staff_user

# ZIP → how many confirmed signers gave it.
SIGNED = {
    "05401": 3,  # Burlington, Vermont (at large)
    "94110": 2,  # San Francisco, one district
    "35005": 4,  # Alabama, split between districts 6 and 7
    "35005-1234": 1,  # the same ZIP with four more digits
    "20001": 1,  # Washington, DC
    "00000": 2,  # no such ZIP
    "": 1,  # no ZIP given
}


@pytest.fixture
def petition(take_action):
    petition = PetitionPageFactory(parent=take_action, title="Welcome the stranger")
    for postal_code, signers in SIGNED.items():
        SignatureFactory.create_batch(signers, page=petition, postal_code=postal_code)
    SignatureFactory(page=petition, postal_code="05401", status=SignatureStatus.PENDING)
    SignatureFactory(page=petition, postal_code="05401", status=SignatureStatus.INVALIDATED)
    return petition


def expected_by_state() -> Counter:
    """Counted the long way: each confirmed signature's ZIP code's state."""
    states = Counter()
    for postal_code, signers in SIGNED.items():
        zip_code = ZipCode.objects.filter(zip_code=postal_code[:5]).first()
        if zip_code:
            states[zip_code.state] += signers
    return states


def test_the_figures_by_state_are_the_confirmed_signatures_zip_codes(petition):
    places = signers_by_state(petition.translation_key)

    assert places.by_state == expected_by_state() == Counter({"AL": 5, "VT": 3, "CA": 2, "DC": 1})
    assert places.total == 14
    assert places.unplaced == 3  # 00000 twice, and one without a ZIP


def test_signers_in_a_zip_split_between_districts_count_as_perhaps_in_each(petition):
    places = signers_by_place(petition.translation_key)
    by_key = {district.key: district for district in places.districts}

    assert (by_key["VT-0"].whole, by_key["VT-0"].partial) == (3, 0)
    assert (by_key["AL-6"].whole, by_key["AL-6"].partial) == (0, 5)
    assert (by_key["AL-7"].whole, by_key["AL-7"].partial) == (0, 5)
    san_francisco = ZipSeat.objects.get(zip_code="94110", chamber="house")
    assert by_key[f"CA-{san_francisco.district}"].whole == 2


def test_the_report_links_to_signers_by_place_and_it_shows_the_tables(client, petition):
    client.force_login(staff_user("editor", "Editors"))

    report = client.get(f"/admin/petition-reports/{petition.translation_key}/").content.decode()
    html = client.get(
        f"/admin/petition-reports/{petition.translation_key}/places/"
    ).content.decode()

    assert f'href="/admin/petition-reports/{petition.translation_key}/places/"' in report
    assert "14 confirmed signatures; 3 without a ZIP code we can place." in html
    assert re.search(r"<td>Alabama</td><td>5</td>", html)
    assert re.search(r"<td>Vermont, at large</td>\s*<td>3</td><td>0</td>", html)
    assert re.search(r"<td>Alabama, district 6</td>\s*<td>0</td><td>5</td>", html)
    assert "@example.org" not in html and not re.search(r"Signer\d", html)
    assert "delivery packet" not in html  # editors may not export signers


def test_the_petition_page_shows_the_map_and_table_only_when_editors_turn_it_on(client, petition):
    without = client.get(petition.url).content.decode()
    petition.show_signers_map = True
    petition.save_revision().publish()

    html = client.get(petition.url).content.decode()

    assert "signers-map" not in without
    assert '<h2 id="signers-map-heading">Where signers live</h2>' in html
    table = dict(
        re.findall(r'<tr><th scope="row">([^<]+)</th><td class="number">(\d+)</td></tr>', html)
    )
    assert table == {"Alabama": "5", "Vermont": "3", "California": "2", "District of Columbia": "1"}
    tiles = dict(re.findall(r"<title>([^<:]+): (\d+)</title>", html))
    assert len(tiles) == 56 and tiles["Texas"] == "0" and tiles["Alabama"] == "5"
    assert 'class="signers-map__tile signers-map__tile--5"><title>Alabama: 5' in html
    assert "3 more signers gave no ZIP code we could place." in html
    assert "05401" not in html and "94110" not in html  # counts only, never a postal code


def test_the_map_speaks_spanish(client, petition):
    from home.translating import translate

    petition.show_signers_map = True
    petition.save_revision().publish()
    spanish = translate(petition, "es", {})

    html = client.get(spanish.url).content.decode()

    assert "Dónde viven los firmantes" in html
    assert '<th scope="row">Alabama</th><td class="number">5</td>' in html
    assert "<title>Carolina del Norte: 0</title>" in html
