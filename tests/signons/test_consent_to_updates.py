"""Consent to updates is asked apart from signing, recorded with its wording, and drives mailing."""

import csv
import io

import pytest

from campaigns.models import Signature
from tests.signons.posting import sign
from tests.signons.staff import staff_user

WORDING = "Send me occasional email updates from the coalition. I can unsubscribe at any time."


def ask_for_updates(petition, mode):
    petition.updates_consent = mode
    petition.updates_wording = WORDING
    petition.save_revision().publish()
    return petition


def test_a_petition_that_does_not_ask_records_no_consent_to_updates(client, petition):
    html = client.get(petition.url).content.decode()
    sign(client, petition)

    signature = Signature.objects.get()
    assert 'name="updates"' not in html
    assert (signature.updates_agreed, signature.updates_wording) == (False, "")


def test_an_optional_box_is_unticked_and_records_consent_only_when_ticked(client, petition):
    ask_for_updates(petition, "optional")

    html = client.get(petition.url).content.decode()
    sign(client, petition, email="without@example.org")
    sign(client, petition, email="with@example.org", updates="on")

    box = html[html.index('name="updates"') - 200 : html.index('name="updates"') + 200]
    assert "checked" not in box
    assert WORDING in html
    without, with_ = (
        Signature.objects.get(email=e) for e in ("without@example.org", "with@example.org")
    )
    assert (without.updates_agreed, without.updates_agreed_at) == (False, None)
    assert with_.updates_agreed and with_.updates_agreed_at is not None
    assert with_.updates_wording == without.updates_wording == WORDING


def test_implied_consent_shows_the_wording_above_the_button_and_records_it(client, petition):
    ask_for_updates(petition, "implied")

    html = client.get(petition.url).content.decode()
    sign(client, petition)

    signature = Signature.objects.get()
    assert 'name="updates"' not in html
    assert html.index(WORDING) < html.index('type="submit"')
    assert (signature.updates_agreed, signature.updates_wording) == (True, WORDING)


def test_the_wording_is_required_when_a_petition_asks(petition):
    from django.core.exceptions import ValidationError

    petition.updates_consent = "optional"
    petition.updates_wording = ""

    with pytest.raises(ValidationError, match="Say what signers agree to"):
        petition.full_clean()


@pytest.fixture
def officer_client(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


def export(client, petition, query=""):
    response = client.get(f"/admin/petition-reports/{petition.translation_key}/export/{query}")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_export_carries_consent_to_updates_and_the_mailing_export_keeps_only_consent(
    client, officer_client, petition
):
    ask_for_updates(petition, "optional")
    sign(client, petition, email="agreed@example.org", updates="on")
    sign(client, petition, email="declined@example.org")
    sign(client, petition, email="left@example.org", updates="on")
    Signature.objects.filter(email="left@example.org").update(unsubscribed_at="2026-12-01T10:00Z")

    everyone = export(officer_client, petition)
    mailing = export(officer_client, petition, "?for=mailing")

    by_email = {row["email"]: row for row in everyone}
    assert by_email["agreed@example.org"]["updates_agreed"] == "yes"
    assert by_email["agreed@example.org"]["updates_wording"] == WORDING
    assert by_email["declined@example.org"]["updates_agreed"] == "no"
    # 10:00 UTC, in the newsroom's time zone (New York), which the column's header names.
    left = by_email["left@example.org"]["unsubscribed_at (America/New_York)"]
    assert left == "2026-12-01T05:00:00-05:00"
    assert [row["email"] for row in mailing] == ["agreed@example.org"]
