"""Every time in the signature admin (listing, inspect view, CSV) is in the newsroom's TIME_ZONE
and says so, whatever time zone a staff member picked for their own admin."""

import csv
import io
from datetime import UTC, datetime

import pytest
from wagtail.users.models import UserProfile

from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user

SIGNED = datetime(2026, 12, 2, 14, 15, tzinfo=UTC)  # 09:15 in New York (EST, -05:00)
CONFIRMED = datetime(2026, 7, 1, 16, 0, tzinfo=UTC)  # 12:00 in New York (EDT, -04:00)


@pytest.fixture
def officer_in_tokyo(client, db, settings):
    settings.TIME_ZONE = "America/New_York"
    officer = staff_user("officer", "Data officers")
    profile = UserProfile.get_for_user(officer)
    profile.current_time_zone = "Asia/Tokyo"
    profile.save()
    client.force_login(officer)
    return client


@pytest.fixture
def signature(petition):
    return SignatureFactory(
        page=petition, first_name="Ruth", created_at=SIGNED, confirmed_at=CONFIRMED
    )


def test_the_listing_shows_when_each_signer_signed_in_the_newsrooms_zone(
    officer_in_tokyo, signature
):
    html = officer_in_tokyo.get("/admin/signatures/").content.decode()

    assert "Dec. 2, 2026, 9:15 a.m. (America/New_York)" in html
    assert "23:15" not in html and "11:15 p.m." not in html  # Tokyo's time
    assert "14:15" not in html and "2:15 p.m." not in html  # UTC


def test_the_inspect_view_shows_every_time_in_the_newsrooms_zone(officer_in_tokyo, signature):
    html = officer_in_tokyo.get(f"/admin/signatures/inspect/{signature.pk}/").content.decode()

    assert "Dec. 2, 2026, 9:15 a.m. (America/New_York)" in html  # signed at
    assert "July 1, 2026, noon (America/New_York)" in html  # confirmed at, in summer time
    assert "14:15" not in html and "2:15 p.m." not in html


def test_the_csv_gives_times_in_the_newsrooms_zone_with_their_offset_and_names_the_zone(
    officer_in_tokyo, petition, signature
):
    response = officer_in_tokyo.get(f"/admin/petition-reports/{petition.translation_key}/export/")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(text)))

    assert row["created_at (America/New_York)"] == "2026-12-02T09:15:00-05:00"
    assert row["confirmed_at (America/New_York)"] == "2026-07-01T12:00:00-04:00"
    assert row["consented_at (America/New_York)"] == ""  # never consented: an empty cell
    assert "created_at" not in row  # no time column without its zone


def test_the_reports_sign_ons_per_day_count_days_in_the_newsrooms_zone(officer_in_tokyo, petition):
    # 03:00 UTC on 2 December: still 1 December in New York (and already 2 December in Tokyo).
    SignatureFactory(page=petition, created_at=datetime(2026, 12, 2, 3, 0, tzinfo=UTC))

    html = officer_in_tokyo.get(f"/admin/petition-reports/{petition.translation_key}/").content

    assert "<title>1 Dec 2026: 1</title>" in html.decode()
    assert "2 Dec 2026: 1" not in html.decode()


def test_filtering_by_days_means_days_in_the_newsrooms_zone_and_the_filter_says_so(
    officer_in_tokyo, petition
):
    # 03:00 UTC on 2 December: 1 December in New York, 2 December in Tokyo.
    SignatureFactory(
        page=petition, first_name="Late", created_at=datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    )

    first = officer_in_tokyo.get(
        "/admin/signatures/?created_at_from=2026-12-01&created_at_to=2026-12-01"
    ).content.decode()
    second = officer_in_tokyo.get(
        "/admin/signatures/?created_at_from=2026-12-02&created_at_to=2026-12-02"
    ).content.decode()

    assert "<bdi>Late Levi</bdi>" in first
    assert "<bdi>Late Levi</bdi>" not in second
    assert "Signed between (America/New_York)" in first
