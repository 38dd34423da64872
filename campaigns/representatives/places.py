"""Where a petition's signers are: confirmed signatures counted by state and by congressional
district from the ZIP codes they gave. Counts only; no one's details leave this module except
in a delivery packet (packets.py).

A ZIP lies in one state (its postal state) but may overlap several districts: a signer there
counts "in" a district when their ZIP lies wholly in it, and "perhaps in" each district their
ZIP overlaps otherwise.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count

from campaigns.signons.models import Signature

from .lookup import normalize_zip
from .models import Chamber, Member, ZipCode, ZipSeat
from .states import state_name

CHUNK = 500  # ZIP codes per IN (…) query: SQLite allows at most 999 parameters


@dataclass
class DistrictCount:
    state: str
    district: int
    member: Member | None
    whole: int = 0  # signers whose ZIP lies wholly in the district
    partial: int = 0  # signers whose ZIP it shares with other districts

    @property
    def key(self) -> str:
        return f"{self.state}-{self.district}"

    @property
    def state_name(self) -> str:
        return state_name(self.state)


@dataclass
class Places:
    total: int = 0  # confirmed signatures
    by_zip: Counter = field(default_factory=Counter)  # ZIP → confirmed signatures
    by_state: Counter = field(default_factory=Counter)
    districts: list[DistrictCount] = field(default_factory=list)
    unplaced: int = 0  # no ZIP, or one we cannot place

    def states_by_count(self) -> list[tuple[str, str, int]]:
        """(code, name, signers), most signers first."""
        return sorted(
            ((code, state_name(code), n) for code, n in self.by_state.items()),
            key=lambda row: (-row[2], row[1]),
        )


def confirmed(petition_key):
    return Signature.objects.for_petition(petition_key).confirmed()


def zip_counts(petition_key) -> tuple[Counter, int]:
    """(ZIP → confirmed signatures, confirmed signatures in all)."""
    by_zip, total = Counter(), 0
    rows = confirmed(petition_key).values_list("postal_code").annotate(signers=Count("id"))
    for postal_code, signers in rows.order_by():
        total += signers
        zip_code = normalize_zip(postal_code)
        if zip_code:
            by_zip[zip_code] += signers
    return by_zip, total


def in_chunks(zip_codes):
    zip_codes = sorted(zip_codes)
    for start in range(0, len(zip_codes), CHUNK):
        yield zip_codes[start : start + CHUNK]


def zip_states(zip_codes) -> dict[str, str]:
    states = {}
    for chunk in in_chunks(zip_codes):
        states.update(ZipCode.objects.filter(zip_code__in=chunk).values_list("zip_code", "state"))
    return states


def zip_districts(zip_codes) -> dict[str, list[ZipSeat]]:
    """ZIP → the House seats it overlaps (with their members)."""
    seats: dict[str, list[ZipSeat]] = {}
    for chunk in in_chunks(zip_codes):
        rows = ZipSeat.objects.filter(zip_code__in=chunk, chamber=Chamber.HOUSE)
        for row in rows.select_related("member"):
            seats.setdefault(row.zip_code, []).append(row)
    return seats


def signers_by_state(petition_key) -> Places:
    """Counts by state only: what the public map shows."""
    by_zip, total = zip_counts(petition_key)
    states = zip_states(by_zip)
    places = Places(total=total, by_zip=by_zip)
    for zip_code, signers in by_zip.items():
        if zip_code in states:
            places.by_state[states[zip_code]] += signers
    places.unplaced = total - sum(places.by_state.values())
    return places


def signers_by_place(petition_key) -> Places:
    """Counts by state and by district, for the petition's report."""
    places = signers_by_state(petition_key)
    districts: dict[tuple[str, int], DistrictCount] = {}
    for zip_code, seats in zip_districts(places.by_zip).items():
        signers = places.by_zip[zip_code]
        for seat in seats:
            place = districts.setdefault(
                (seat.state, seat.district), DistrictCount(seat.state, seat.district, seat.member)
            )
            if len(seats) == 1:
                place.whole += signers
            else:
                place.partial += signers
    places.districts = sorted(
        districts.values(), key=lambda d: (-d.whole - d.partial, d.state, d.district)
    )
    return places


def cached_signers_by_state(petition_key) -> Places:
    """signers_by_state, kept for minutes: the public map need not move with every sign-on."""
    key = f"representatives:signers-by-state:{petition_key}"
    places = cache.get(key)
    if places is None:
        places = signers_by_state(petition_key)
        places.by_zip = Counter()  # only the states' figures are shown
        cache.set(key, places, settings.REPRESENTATIVES_SIGNERS_MAP_CACHE_SECONDS)
    return places
