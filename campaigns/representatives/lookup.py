"""Who represents a reader: from a ZIP code (one indexed query, remembered per ZIP) or a state.

A ZIP gives its senators and representative; a ZIP that overlaps several districts gives each
candidate district's seat and lets the reader pick (`seat=CA-12`); a ZIP we do not know asks for
the state, which gives the senators (and the representative of a state with one seat).
"""

import re
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings

from newsroom.platform.page_cache import remember

from .models import Chamber, DistrictOffice, Member, ZipSeat
from .states import STATE_NAMES, WITHOUT_SENATORS, state_name

ZIP_PATTERN = re.compile(r"(\d{5})(?:[-\s]?\d{4})?")


class Outcome(StrEnum):
    EMPTY = "empty"  # nothing asked yet
    INVALID = "invalid"  # not a ZIP code
    UNKNOWN = "unknown"  # a ZIP we have no data for: choose your state
    FOUND = "found"  # the reader's members
    SEVERAL = "several"  # the ZIP overlaps several districts: pick one
    NO_DISTRICT = "no_district"  # the state is known, the district is not


@dataclass(frozen=True)
class Seat:
    """A seat that represents the reader, its holder (None when vacant) and their nearest office."""

    state: str
    chamber: str
    district: int | None
    member: Member | None
    office: DistrictOffice | None

    @property
    def key(self) -> str:
        return f"{self.state}-{self.district}"

    @property
    def is_senate(self) -> bool:
        return self.chamber == Chamber.SENATE

    @property
    def state_name(self) -> str:
        return state_name(self.state)


@dataclass
class Lookup:
    outcome: Outcome
    zip_code: str = ""  # as normalized (five digits), or as typed when invalid
    state: str = ""  # the reader's state, once known
    senators: list[Seat] = field(default_factory=list)
    representative: Seat | None = None
    candidates: list[Seat] = field(default_factory=list)  # House seats to pick from

    @property
    def state_name(self) -> str:
        return state_name(self.state) if self.state else ""

    @property
    def has_senators(self) -> bool:
        return bool(self.state) and self.state not in WITHOUT_SENATORS

    @property
    def answered(self) -> bool:
        return self.outcome in (Outcome.FOUND, Outcome.SEVERAL, Outcome.NO_DISTRICT)


def normalize_zip(text: str) -> str | None:
    """The five-digit ZIP in "12345", "12345-6789" or "12345 6789"; None for anything else."""
    match = ZIP_PATTERN.fullmatch((text or "").strip())
    return match.group(1) if match else None


def seats_for_zip(zip_code: str) -> list[Seat]:
    """Every seat that speaks for the ZIP: one indexed query, remembered until the next publish
    or data load clears the page cache (whose generation it shares)."""

    def query() -> list[Seat]:
        rows = ZipSeat.objects.filter(zip_code=zip_code).select_related("member", "nearest_office")
        seats = [
            Seat(row.state, row.chamber, row.district, row.member, row.nearest_office)
            for row in rows
        ]
        # Sorted here: a handful of rows, and an ORDER BY across the join cost more than the query.
        return sorted(
            seats,
            key=lambda s: (
                s.chamber,
                s.state,
                s.district or 0,
                s.member and s.member.last_name or "",
            ),
        )

    return remember(
        f"representatives:zip:{zip_code}", query, settings.REPRESENTATIVES_LOOKUP_CACHE_SECONDS
    )


def seats_for_state(state: str) -> list[Seat]:
    """The state's senators, and its representative when it has a single (at-large) seat."""
    members = Member.objects.in_office().filter(state=state).prefetch_related("offices")
    seats = []
    for member in members:
        if member.chamber == Chamber.HOUSE and member.district != 0:
            continue
        office = next((o for o in member.offices.all() if o.phone and o.state == state), None)
        seats.append(Seat(state, member.chamber, member.district, member, office))
    return seats


def find(zip_text: str = "", seat: str = "", state: str = "") -> Lookup:
    """Who represents the reader with this ZIP (and chosen district), or in this state."""
    state = state.upper() if state and state.upper() in STATE_NAMES else ""
    if zip_text and zip_text.strip():
        zip_code = normalize_zip(zip_text)
        if zip_code is None:
            return Lookup(Outcome.INVALID, zip_code=zip_text.strip()[:20])
        seats = seats_for_zip(zip_code)
        if seats:
            return from_zip_seats(zip_code, seats, seat)
        if not state:
            return Lookup(Outcome.UNKNOWN, zip_code=zip_code)
        return from_state_seats(state, seats_for_state(state))
    if state:
        return from_state_seats(state, seats_for_state(state))
    return Lookup(Outcome.EMPTY)


def from_zip_seats(zip_code: str, seats: list[Seat], chosen_key: str) -> Lookup:
    house = [seat for seat in seats if not seat.is_senate]
    states = sorted({seat.state for seat in seats})
    chosen = house[0] if len(house) == 1 else next((s for s in house if s.key == chosen_key), None)
    if chosen is not None:
        outcome, state = Outcome.FOUND, chosen.state
    elif house:
        outcome, state = Outcome.SEVERAL, states[0] if len(states) == 1 else ""
    else:
        outcome, state = Outcome.NO_DISTRICT, states[0]
    return Lookup(
        outcome,
        zip_code=zip_code,
        state=state,
        senators=[seat for seat in seats if seat.is_senate and seat.state == state],
        representative=chosen,
        candidates=house if outcome == Outcome.SEVERAL else [],
    )


def from_state_seats(state: str, seats: list[Seat]) -> Lookup:
    house = next((seat for seat in seats if not seat.is_senate), None)
    return Lookup(
        Outcome.FOUND if house else Outcome.NO_DISTRICT,
        state=state,
        senators=[seat for seat in seats if seat.is_senate],
        representative=house,
    )
