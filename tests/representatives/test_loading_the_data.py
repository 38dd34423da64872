"""Staff refresh the members and ZIP codes with load_representatives; it says what changed."""

import io
import shutil
import textwrap

import pytest
from django.core.management import CommandError, call_command

from campaigns.representatives import dataset
from campaigns.representatives.dataset import read_compact
from campaigns.representatives.lookup import find
from campaigns.representatives.models import DistrictOffice, Member, ZipSeat

pytestmark = pytest.mark.django_db

MEMBERS = """
- id: {bioguide: S000033}
  name: {first: Bernard, last: Sanders, official_full: Bernard Sanders}
  bio: {gender: M}
  terms:
  - {type: sen, start: '2025-01-03', end: '2031-01-03', state: VT, class: 1, party: Independent,
     phone: 202-224-5141, url: 'https://www.sanders.senate.gov'}
- id: {bioguide: W000800}
  name: {first: Peter, last: Welch, official_full: Peter Welch}
  bio: {gender: M}
  terms:
  - {type: sen, start: '2023-01-03', end: '2029-01-03', state: VT, class: 1, party: Democrat,
     phone: 202-224-4242}
- id: {bioguide: B001318}
  name: {first: Becca, last: Balint, official_full: Becca Balint}
  bio: {gender: F}
  terms:
  - {type: rep, start: '2025-01-03', end: '2027-01-03', state: VT, district: 0, party: Democrat,
     phone: 202-225-4115, contact_form: 'https://balint.house.gov/contact'}
"""
OFFICES = """
- id: {bioguide: B001318}
  offices:
  - {id: B001318-burlington, address: 2 S. Union St., city: Burlington, state: VT, zip: '05401',
     phone: 802-652-2450, latitude: 44.48, longitude: -73.21}
  - {id: B001318-rutland, address: 1 Main St., city: Rutland, state: VT, zip: '05701',
     phone: 802-555-0100, latitude: 43.61, longitude: -72.97}
"""
SOCIAL = """
- id: {bioguide: B001318}
  social: {twitter: RepBeccaB}
"""
DISTRICTS = "state_fips,state_abbr,zcta,cd\n50,VT,05401,0\n50,VT,05701,0\n"


def download(folder, members=MEMBERS, districts=DISTRICTS):
    (folder / "legislators-current.yaml").write_text(textwrap.dedent(members))
    (folder / "legislators-district-offices.yaml").write_text(textwrap.dedent(OFFICES))
    (folder / "legislators-social-media.yaml").write_text(textwrap.dedent(SOCIAL))
    (folder / "zccd.csv").write_text(districts)
    return folder


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_representatives", *args, stdout=out)
    return out.getvalue()


def test_a_fresh_database_has_the_committed_members_and_zip_codes():
    data = read_compact()

    assert Member.objects.in_office().count() == len(data.members)
    assert ZipSeat.objects.values("zip_code").distinct().count() == len(data.zips)


def test_loading_the_committed_data_again_changes_nothing():
    assert load() == "No changes.\n"


def test_a_download_loads_and_a_second_load_of_it_changes_nothing(tmp_path):
    folder = download(tmp_path)

    first = load("--from", str(folder))
    second = load("--from", str(folder))

    assert "Member left: Eleanor Holmes Norton (House, DC-0)" in first
    assert Member.objects.in_office().count() == 3
    assert second == "No changes.\n"
    lookup = find("05701")
    assert lookup.representative.member.full_name == "Becca Balint"
    assert lookup.representative.office.city == "Rutland"  # nearer than Burlington
    assert find("05401").representative.office.city == "Burlington"


def test_a_changed_phone_and_a_member_who_left_are_reported(tmp_path):
    load("--from", str(download(tmp_path)))
    changed = MEMBERS.replace("202-224-4242", "202-224-9999")
    changed = (
        changed[: changed.index("- id: {bioguide: S000033}")]
        + changed[changed.index("- id: {bioguide: W000800}") :]
    )

    output = load("--from", str(download(tmp_path, members=changed)))

    assert "Member changed: Peter Welch: phone 202-224-4242 → 202-224-9999" in output
    assert "Member left: Bernard Sanders (Senate, VT)" in output
    assert "0 added, 1 left, 1 changed" in output
    assert [s.member.full_name for s in find("05401").senators] == ["Peter Welch"]
    assert not Member.objects.get(bioguide_id="S000033").in_office


def test_a_member_who_returns_is_reported_as_added_and_keeps_their_history(tmp_path):
    load("--from", str(download(tmp_path)))
    without = MEMBERS[MEMBERS.index("- id: {bioguide: W000800}") :]
    load("--from", str(download(tmp_path, members=without)))

    output = load("--from", str(download(tmp_path)))

    assert "Member added: Bernard Sanders (Senate, VT)" in output
    assert Member.objects.filter(bioguide_id="S000033").count() == 1


def test_a_seat_without_a_member_is_vacant(tmp_path):
    without_rep = MEMBERS[: MEMBERS.index("- id: {bioguide: B001318}")]
    load("--from", str(download(tmp_path, members=without_rep)))

    lookup = find("05401")

    assert lookup.representative is not None and lookup.representative.member is None
    assert not DistrictOffice.objects.filter(member__bioguide_id="B001318").exists()


def test_a_download_missing_a_file_is_refused_and_changes_nothing(tmp_path):
    (tmp_path / "zccd.csv").write_text(DISTRICTS)
    before = Member.objects.in_office().count()

    with pytest.raises(CommandError, match="legislators-current.yaml is missing"):
        load("--from", str(tmp_path))

    assert Member.objects.in_office().count() == before


def test_save_writes_the_projects_copy_that_loads_the_same(tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(dataset.DATA_DIR / dataset.ZIPS_FILE, copy)  # ZIP locations are kept from it
    monkeypatch.setattr(dataset, "DATA_DIR", copy)

    output = load("--from", str(download(tmp_path)), "--save")

    saved = dataset.read_compact(copy)
    assert f"Wrote the project's copy in {copy}." in output
    assert sorted(m.full_name for m in saved.members) == [
        "Becca Balint",
        "Bernard Sanders",
        "Peter Welch",
    ]
    by_zip = {z.zip_code: z for z in saved.zips}
    assert by_zip["05401"].districts == (("VT", 0),)
    assert by_zip["05402"].districts == () and by_zip["05402"].state == "VT"  # a PO box ZIP
