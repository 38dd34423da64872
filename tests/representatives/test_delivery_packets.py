"""A data officer downloads, per member of Congress, the public signers among their
constituents: names, cities and ZIP codes, never emails, with totals; every download is logged."""

import csv
import io

import pytest
from wagtail.models import PageLogEntry

from campaigns.signons.models import SignatureStatus
from tests.representatives.conftest import member, senators
from tests.signons.factories import PetitionPageFactory, SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def petition(take_action):
    petition = PetitionPageFactory(parent=take_action, title="Welcome the stranger")
    signer = SignatureFactory
    signer(
        page=petition,
        first_name="Ruth",
        last_name="Adler",
        city="Burlington",
        postal_code="05401",
        list_publicly=True,
        email="ruth@example.org",
        phone="555-0100",
    )
    signer(
        page=petition,
        first_name="Private",
        last_name="Person",
        postal_code="05401",
        list_publicly=False,
    )
    signer(
        page=petition,
        first_name="Hidden",
        last_name="Spam",
        postal_code="05401",
        list_publicly=True,
        hidden=True,
    )
    signer(
        page=petition,
        first_name="Pending",
        postal_code="05401",
        list_publicly=True,
        status=SignatureStatus.PENDING,
    )
    signer(
        page=petition,
        first_name="=HYPERLINK(1)",
        last_name="Levi",
        city="Montpelier",
        postal_code="05602",
        list_publicly=True,
    )
    signer(
        page=petition,
        first_name="Ana",
        last_name="Diaz",
        city="Bessemer",
        postal_code="35005",
        list_publicly=True,
    )
    signer(
        page=petition, first_name="Far", last_name="Away", postal_code="94110", list_publicly=True
    )
    return petition


@pytest.fixture
def officer(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


def download(client, petition, who):
    url = f"/admin/petition-reports/{petition.translation_key}/places/packet/{who.bioguide_id}/"
    response = client.get(url)
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    blank = lines.index([])
    return response, dict(lines[:blank]), lines[blank + 1], lines[blank + 2 :]


def test_a_senators_packet_names_the_states_public_signers_with_totals_and_no_email(
    officer, petition
):
    senator = senators("VT")[0]

    response, totals, header, rows = download(officer, petition, senator)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    assert totals["Signers in all"] == "6"
    assert totals["Signers in Vermont"] == "4"  # every confirmed one, named or not
    assert header == ["first_name", "last_name", "city", "postal_code"]
    assert rows == [
        ["Ruth", "Adler", "Burlington", "05401"],
        ["'=HYPERLINK(1)", "Levi", "Montpelier", "05602"],
    ]
    content = response.content.decode()
    assert "@" not in content and "555-0100" not in content
    assert "Private" not in content and "Hidden" not in content and "Pending" not in content


def test_a_representatives_packet_marks_signers_whose_zip_is_shared_with_another_district(
    officer, petition
):
    response, totals, header, rows = download(officer, petition, member("AL", district=7))

    assert totals["Signers in AL-7"] == "1"
    assert totals["Of them, with a ZIP code shared with another district"] == "1"
    assert header[-1] == "ZIP code shared with another district"
    assert rows == [["Ana", "Diaz", "Bessemer", "35005", "yes"]]


def test_every_packet_download_is_logged_in_the_pages_history(officer, petition):
    senator = senators("VT")[0]

    download(officer, petition, senator)

    entry = PageLogEntry.objects.get(action="representatives.export_delivery_packet")
    assert entry.page_id == petition.pk
    assert entry.data == {"petition": petition.title, "member": str(senator), "rows": 2}
    assert entry.message == f"Exported a delivery packet for {senator}: 2 named signers"


def test_staff_without_the_export_permission_get_no_packet(client, petition):
    client.force_login(staff_user("editor", "Editors"))
    senator = senators("VT")[0]

    response = client.get(
        f"/admin/petition-reports/{petition.translation_key}/places/packet/{senator.bioguide_id}/"
    )

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's refusal
    assert not PageLogEntry.objects.filter(action="representatives.export_delivery_packet").exists()


def test_data_officers_see_packet_links_beside_each_member(officer, petition):
    html = officer.get(
        f"/admin/petition-reports/{petition.translation_key}/places/"
    ).content.decode()

    senator = senators("VT")[0]
    assert f"/places/packet/{senator.bioguide_id}/" in html
    assert f"/places/packet/{member('AL', district=7).bioguide_id}/" in html
