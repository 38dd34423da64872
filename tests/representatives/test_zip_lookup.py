"""A ZIP code (or a state) gives the reader's own senators and representative, offline."""

import pytest
from django.db import connection
from django.db.models import Count

from campaigns.representatives.lookup import Outcome, find, normalize_zip
from campaigns.representatives.models import ZipSeat
from tests.representatives.conftest import member, senators

pytestmark = pytest.mark.django_db


def names(seats) -> set[str]:
    return {seat.member.full_name for seat in seats}


def test_a_zip_in_one_district_gives_two_senators_and_one_representative():
    lookup = find("94110")

    assert lookup.outcome == Outcome.FOUND
    assert lookup.state == "CA"
    assert names(lookup.senators) == {m.full_name for m in senators("CA")}
    assert len(lookup.senators) == 2
    assert lookup.representative.member == member("CA", district=lookup.representative.district)
    assert lookup.candidates == []


def test_a_zip_in_several_districts_offers_each_districts_representative_to_pick_from():
    lookup = find("35005")

    assert lookup.outcome == Outcome.SEVERAL
    assert [seat.key for seat in lookup.candidates] == ["AL-6", "AL-7"]
    assert [seat.member for seat in lookup.candidates] == [
        member("AL", district=6),
        member("AL", district=7),
    ]
    assert lookup.representative is None
    assert len(lookup.senators) == 2  # one state: the senators are known all the same


def test_picking_a_district_gives_its_representative():
    lookup = find("35005", seat="AL-7")

    assert lookup.outcome == Outcome.FOUND
    assert lookup.representative.member == member("AL", district=7)


def test_a_pick_outside_the_zips_districts_is_ignored():
    assert find("35005", seat="CA-12").outcome == Outcome.SEVERAL


def test_a_zip_in_another_states_district_gives_that_states_members():
    # 57638 is a South Dakota postal ZIP whose tabulation area lies in North Dakota.
    lookup = find("57638")

    assert lookup.outcome == Outcome.FOUND
    assert lookup.representative.member == member("ND", district=0)
    assert names(lookup.senators) == {m.full_name for m in senators("ND")}


def test_a_zip_across_a_state_line_asks_which_district_and_then_gives_its_states_senators():
    zip_code = (
        ZipSeat.objects.filter(chamber="house")
        .values("zip_code")
        .annotate(states=Count("state", distinct=True))
        .filter(states__gt=1)
        .order_by("zip_code")
        .values_list("zip_code", flat=True)
        .first()
    )
    lookup = find(zip_code)
    picked = lookup.candidates[-1]

    assert lookup.outcome == Outcome.SEVERAL
    assert len({seat.state for seat in lookup.candidates}) == 2
    assert lookup.senators == []  # which state's senators depends on the pick
    after = find(zip_code, seat=picked.key)
    assert {seat.state for seat in after.senators} == {picked.state}


def test_an_unknown_zip_asks_for_the_state_and_never_fails():
    lookup = find("00000")

    assert lookup.outcome == Outcome.UNKNOWN
    assert lookup.zip_code == "00000"


def test_choosing_a_state_gives_its_senators_but_no_representative_when_it_has_districts():
    lookup = find("00000", state="oh")

    assert lookup.outcome == Outcome.NO_DISTRICT
    assert names(lookup.senators) == {m.full_name for m in senators("OH")}
    assert lookup.representative is None


def test_a_zip_plus_four_uses_its_first_five_digits():
    assert normalize_zip("94110-1234") == normalize_zip("94110 1234") == "94110"
    assert find("94110-1234").representative == find("94110").representative


@pytest.mark.parametrize("text", ["abc", "1234", "123456", "94110-12"])
def test_anything_else_is_not_a_zip(text):
    assert find(text).outcome == Outcome.INVALID


def test_washington_dc_has_a_delegate_and_no_senators():
    lookup = find("20001")

    assert lookup.outcome == Outcome.FOUND
    assert lookup.senators == [] and not lookup.has_senators
    assert lookup.representative.member == member("DC", district=0)
    assert lookup.representative.member.title == "Delegate"


def test_puerto_rico_has_a_resident_commissioner():
    lookup = find("00901")

    assert lookup.senators == []
    assert lookup.representative.member.title == "Resident Commissioner"


def test_a_territory_without_tabulation_areas_is_found_by_its_postal_zip():
    lookup = find("96910")  # Hagåtña, Guam

    assert lookup.outcome == Outcome.FOUND
    assert lookup.representative.member == member("GU", district=0)


@pytest.mark.parametrize("zip_code, state", [("05401", "VT"), ("82001", "WY"), ("99501", "AK")])
def test_an_at_large_state_has_one_representative_for_every_zip(zip_code, state):
    lookup = find(zip_code)

    assert lookup.outcome == Outcome.FOUND
    assert lookup.representative.member == member(state, district=0)
    assert lookup.representative.key == f"{state}-0"


def test_a_po_box_zip_of_an_at_large_state_still_has_its_representative():
    # 05402 is a Burlington, Vermont PO box ZIP: no tabulation area, but Vermont has one seat.
    assert (
        not ZipSeat.objects.filter(zip_code="05402", chamber="house").exclude(district=0).exists()
    )
    assert find("05402").representative.member == member("VT", district=0)


def test_the_lookup_is_one_query_and_then_comes_from_the_cache(django_assert_num_queries):
    with django_assert_num_queries(1):
        first = find("94110")
    with django_assert_num_queries(0):
        again = find("94110")

    assert again.representative == first.representative


def test_the_lookup_query_uses_the_zip_code_index():
    plan = ZipSeat.objects.filter(zip_code="94110").select_related("member").explain()

    assert "zipseat_zip_code" in plan, plan
    if connection.vendor == "postgresql":
        assert "Seq Scan on representatives_zipseat" not in plan


def test_each_member_comes_with_their_nearest_district_office():
    # San Francisco (94110) is nearer the senators' San Francisco offices than to Los Angeles.
    lookup = find("94110")

    assert {seat.office.city for seat in lookup.senators} == {"San Francisco"}
    assert lookup.representative.office.city == "San Francisco"
