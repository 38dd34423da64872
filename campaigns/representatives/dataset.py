"""The members of Congress and the ZIP codes they represent, as plain records.

Read from the upstream download (unitedstates/congress-legislators YAML files and the
ZCTA → congressional district CSV) or from the compact copy committed in `data/`, and written
back as that compact copy. Nothing here touches the database (see loading.py).
"""

import csv
import gzip
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .states import STATE_NAMES

DATA_DIR = Path(__file__).resolve().parent / "data"
MEMBERS_FILE = "members.jsonl"
ZIPS_FILE = "zips.csv.gz"
ZIP_COLUMNS = ["zip", "state", "latitude", "longitude", "districts"]

UPSTREAM_MEMBERS = "legislators-current.yaml"
UPSTREAM_SOCIAL = "legislators-social-media.yaml"
UPSTREAM_OFFICES = "legislators-district-offices.yaml"
UPSTREAM_DISTRICTS = "zccd.csv"
SOCIAL_NETWORKS = ("twitter", "facebook", "instagram", "mastodon", "youtube")


class DataError(Exception):
    """The input is missing a file or a required value; nothing was loaded."""


@dataclass(frozen=True)
class OfficeRecord:
    key: str
    address: str
    city: str
    state: str
    zip_code: str
    phone: str
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class MemberRecord:
    bioguide_id: str
    first_name: str
    last_name: str
    full_name: str
    gender: str
    chamber: str  # "senate" or "house"
    state: str
    district: int | None  # House only; 0 is an at-large seat
    party: str
    phone: str = ""
    contact_form_url: str = ""
    website_url: str = ""
    twitter: str = ""
    facebook: str = ""
    instagram: str = ""
    mastodon: str = ""
    youtube: str = ""
    offices: tuple[OfficeRecord, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> "MemberRecord":
        offices = tuple(OfficeRecord(**office) for office in data.pop("offices", []))
        return cls(**data, offices=offices)


@dataclass(frozen=True)
class ZipRecord:
    """A ZIP code: the state that owns it, where it lies, and the districts it overlaps.

    `districts` is empty when the ZIP has no ZIP Code Tabulation Area (PO boxes, single
    organisations): its state is known, its district is not.
    """

    zip_code: str
    state: str
    latitude: float | None
    longitude: float | None
    districts: tuple[tuple[str, int], ...] = ()


@dataclass
class Dataset:
    members: list[MemberRecord] = field(default_factory=list)
    zips: list[ZipRecord] = field(default_factory=list)


# The project's compact copy -------------------------------------------------------------------


def read_compact(directory: Path | None = None) -> Dataset:
    directory = Path(directory or DATA_DIR)
    with open(directory / MEMBERS_FILE, encoding="utf-8") as lines:
        members = [MemberRecord.from_dict(json.loads(line)) for line in lines if line.strip()]
    return Dataset(members=members, zips=read_compact_zips(directory))


def read_compact_zips(directory: Path | None = None) -> list[ZipRecord]:
    with gzip.open(
        Path(directory or DATA_DIR) / ZIPS_FILE, "rt", encoding="utf-8", newline=""
    ) as text:
        return [
            ZipRecord(
                zip_code=row["zip"],
                state=row["state"],
                latitude=float(row["latitude"]) if row["latitude"] else None,
                longitude=float(row["longitude"]) if row["longitude"] else None,
                districts=tuple((place[:2], int(place[3:])) for place in row["districts"].split()),
            )
            for row in csv.DictReader(text)
        ]


def write_compact(dataset: Dataset, directory: Path | None = None) -> None:
    """Members as JSON lines (one per member, so a refresh reads as a diff); ZIPs as gzipped CSV."""
    directory = Path(directory or DATA_DIR)
    with open(directory / MEMBERS_FILE, "w", encoding="utf-8") as out:
        for member in sorted(dataset.members, key=lambda m: m.bioguide_id):
            out.write(json.dumps(asdict(member), ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ZIP_COLUMNS)
    for record in sorted(dataset.zips, key=lambda z: z.zip_code):
        districts = " ".join(f"{state}-{number}" for state, number in record.districts)
        writer.writerow(
            [
                record.zip_code,
                record.state,
                "" if record.latitude is None else f"{record.latitude:.3f}",
                "" if record.longitude is None else f"{record.longitude:.3f}",
                districts,
            ]
        )
    # mtime=0: the same data gives the same bytes, so an unchanged refresh leaves git clean.
    with (
        open(directory / ZIPS_FILE, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out,
    ):
        out.write(buffer.getvalue().encode("utf-8"))


# The upstream download ------------------------------------------------------------------------


def read_upstream(directory: Path, locations: list[ZipRecord] | None = None) -> Dataset:
    """Read a download of the upstream files (see data/README.md).

    ZIP locations and the states of ZIPs without a tabulation area come from `locations`
    (by default the project's compact copy): the upstream files do not carry them.
    """
    directory = Path(directory)
    for name in (UPSTREAM_MEMBERS, UPSTREAM_DISTRICTS):
        if not (directory / name).is_file():
            raise DataError(f"{directory / name} is missing.")
    socials = {
        entry["id"]["bioguide"]: entry.get("social", {})
        for entry in load_yaml(directory / UPSTREAM_SOCIAL, default=[])
    }
    offices = {
        entry["id"]["bioguide"]: entry.get("offices", [])
        for entry in load_yaml(directory / UPSTREAM_OFFICES, default=[])
    }
    members = [
        member_record(entry, socials, offices) for entry in load_yaml(directory / UPSTREAM_MEMBERS)
    ]
    if locations is None:
        locations = read_compact_zips()
    return Dataset(members=members, zips=zip_records(directory / UPSTREAM_DISTRICTS, locations))


def load_yaml(path: Path, default=None):
    import yaml

    if not path.is_file():
        if default is None:
            raise DataError(f"{path} is missing.")
        return default
    with open(path, encoding="utf-8") as stream:
        try:
            return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
        except yaml.YAMLError as error:
            raise DataError(f"{path} is not valid YAML: {error}") from error


def member_record(entry: dict, socials: dict, offices: dict) -> MemberRecord:
    try:
        bioguide = entry["id"]["bioguide"]
        name = entry["name"]
        term = entry["terms"][-1]
        chamber = {"sen": "senate", "rep": "house"}[term["type"]]
        state = term["state"]
    except (KeyError, IndexError, TypeError) as error:
        raise DataError(f"A member lacks {error} in {UPSTREAM_MEMBERS}.") from error
    if state not in STATE_NAMES:
        raise DataError(f"{bioguide}: unknown state {state!r}.")
    social = socials.get(bioguide, {})
    full_name = name.get("official_full") or " ".join(
        part for part in (name.get("first"), name.get("last")) if part
    )
    return MemberRecord(
        bioguide_id=bioguide,
        first_name=name.get("first", ""),
        last_name=name.get("last", ""),
        full_name=full_name,
        gender=entry.get("bio", {}).get("gender", ""),
        chamber=chamber,
        state=state,
        district=int(term.get("district", 0)) if chamber == "house" else None,
        party=term.get("party", ""),
        phone=term.get("phone", ""),
        contact_form_url=term.get("contact_form", ""),
        website_url=term.get("url", ""),
        **{network: str(social.get(network, "")) for network in SOCIAL_NETWORKS},
        offices=tuple(office_record(office) for office in offices.get(bioguide, [])),
    )


def office_record(office: dict) -> OfficeRecord:
    street = ", ".join(
        str(office[part]) for part in ("building", "address", "suite") if office.get(part)
    )
    return OfficeRecord(
        key=str(office["id"]),
        address=street,
        city=office.get("city", ""),
        state=office.get("state", ""),
        zip_code=str(office.get("zip", "")),
        phone=office.get("phone", ""),
        latitude=office.get("latitude"),
        longitude=office.get("longitude"),
    )


def zip_records(districts_csv: Path, locations: list[ZipRecord]) -> list[ZipRecord]:
    """One record per ZIP: the tabulation areas' districts, with the ZIP's own state and location.

    A ZIP's state is its postal state when that is one of the states its area lies in (a handful
    of ZIPs cross a state line); otherwise the area's state. ZIPs without an area keep the state
    `locations` gives them, with no districts.
    """
    by_zip = {record.zip_code: record for record in locations}
    places: dict[str, list[tuple[str, int]]] = {}
    with open(districts_csv, encoding="utf-8", newline="") as text:
        for row in csv.DictReader(text):
            try:
                zip_code, state, district = row["zcta"].zfill(5), row["state_abbr"], int(row["cd"])
            except (KeyError, ValueError) as error:
                raise DataError(f"{districts_csv}: bad row {row}.") from error
            if state not in STATE_NAMES:
                raise DataError(f"{districts_csv}: unknown state {state!r}.")
            places.setdefault(zip_code, []).append((state, district))
    records = []
    for zip_code, seats in places.items():
        known = by_zip.get(zip_code)
        states = sorted({state for state, _ in seats})
        state = known.state if known and known.state in states else states[0]
        records.append(
            ZipRecord(
                zip_code=zip_code,
                state=state,
                latitude=known.latitude if known else None,
                longitude=known.longitude if known else None,
                districts=tuple(sorted(set(seats))),
            )
        )
    records += [
        ZipRecord(record.zip_code, record.state, record.latitude, record.longitude)
        for record in locations
        if record.zip_code not in places and record.state in STATE_NAMES
    ]
    return records
