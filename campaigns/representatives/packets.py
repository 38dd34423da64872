"""Delivery packets: for one member of Congress, the petition's signers among their constituents.

Only signers who agreed to be listed publicly (and whom moderators have not hidden) are named,
with name, city and ZIP code: never an email or a phone. The totals count every confirmed
signer, named or not.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _

from campaigns.signons.export import BOM, neutralize

from .lookup import normalize_zip
from .models import Chamber, Member
from .places import confirmed, zip_counts, zip_districts, zip_states

COLUMNS = ["first_name", "last_name", "city", "postal_code"]


@dataclass
class Packet:
    member: Member
    total: int  # confirmed signers of the petition
    constituents: int  # of them, in the member's state or district
    shared: int  # of those, with a ZIP the district shares with another (House only)
    rows: list[tuple[str, str, str, str, bool]]  # listed signers: the columns, shared ZIP?


def constituent_zips(member: Member, zip_codes) -> dict[str, bool]:
    """The member's constituents' ZIP codes among these → whether the ZIP lies partly elsewhere."""
    if member.chamber == Chamber.SENATE:
        states = zip_states(zip_codes)
        return {zip_code: False for zip_code, state in states.items() if state == member.state}
    found = {}
    for zip_code, seats in zip_districts(zip_codes).items():
        if any(s.state == member.state and s.district == member.district for s in seats):
            found[zip_code] = len(seats) > 1
    return found


def packet(petition_key, member: Member) -> Packet:
    by_zip, total = zip_counts(petition_key)
    zips = constituent_zips(member, by_zip)
    listed = (
        confirmed(petition_key)
        .filter(list_publicly=True, hidden=False)
        .exclude(postal_code="")
        .order_by("last_name", "first_name", "pk")
        .values_list("first_name", "last_name", "city", "postal_code")
    )
    rows = []
    for first_name, last_name, city, postal_code in listed.iterator():
        zip_code = normalize_zip(postal_code)
        if zip_code in zips:
            rows.append((first_name, last_name, city, postal_code, zips[zip_code]))
    return Packet(
        member=member,
        total=total,
        constituents=sum(by_zip[zip_code] for zip_code in zips),
        shared=sum(by_zip[zip_code] for zip_code, shared in zips.items() if shared),
        rows=rows,
    )


def packet_csv(petition_title: str, packet: Packet) -> str:
    """The packet as CSV: a few lines of totals, a blank line, then one line per listed signer."""
    member = packet.member
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Petition"), neutralize(petition_title)])
    writer.writerow([_("To"), f"{member.title} {member.full_name} ({member.seat})"])
    place = member.state_name if member.chamber == Chamber.SENATE else member.seat
    writer.writerow([_("Signers in all"), packet.total])
    writer.writerow([_("Signers in %(place)s") % {"place": place}, packet.constituents])
    if packet.shared:
        writer.writerow([_("Of them, with a ZIP code shared with another district"), packet.shared])
    writer.writerow([_("Named below (they agreed to be listed publicly)"), len(packet.rows)])
    writer.writerow([])
    shared_column = [_("ZIP code shared with another district")] if packet.shared else []
    writer.writerow(COLUMNS + shared_column)
    for *values, shared in packet.rows:
        extra = [_("yes") if shared else ""] if packet.shared else []
        writer.writerow([neutralize(value) for value in values] + extra)
    return BOM + out.getvalue()
