"""Streamed CSV export of a petition's confirmed signatures, in constant memory at any size.

The columns are the signature fields declared exported (fields.py). On PostgreSQL the database
writes the CSV itself (COPY … TO STDOUT, formula cells neutralized in SQL) and we pass it on in
blocks; elsewhere Python writes the same bytes in keyset-paginated chunks. Times are in the
newsroom's TIME_ZONE as ISO 8601 with their offset, and each time column's header names the zone
(`created_at (America/New_York)`), as the signature admin shows them; yes/no for the booleans, and
categories by their label in the petition's source page.
"""

import csv
import io
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from .fields import EXPORTED_FIELDS
from .models import Signature, SignatureStatus

CHUNK = 5000
BLOCK_BYTES = 256 * 1024
BOM = "\ufeff"  # lets spreadsheet programs detect UTF-8
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = list(EXPORTED_FIELDS)
# What a partner gets of the signers who agreed to share "my name and email" with it.
PARTNER_COLUMNS = ["first_name", "last_name", "email", "locale", "created_at"]
_KINDS = {
    name: (
        "time"
        if isinstance(field, models.DateTimeField)
        else "yes/no"
        if isinstance(field, models.BooleanField)
        else "category"
        if name == "category"
        else "partners"  # {code: wording} → "code: wording; …"
        if isinstance(field, models.JSONField)
        else "text"
    )
    for name in COLUMNS
    for field in [Signature._meta.get_field(name)]
}


def neutralize(value) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote stops that."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


@dataclass(frozen=True)
class Selection:
    """Which of a petition's confirmed signatures an export holds, up to the last one there was
    when it started (so rows arriving meanwhile neither appear nor shift the count logged)."""

    petition_key: object
    # For mailing: only signers who agreed to updates and have not unsubscribed since.
    mailing: bool = False
    up_to_pk: int = 0
    # For a partner (its code): only signers who agreed to share their details with it, and
    # only what they agreed to share (PARTNER_COLUMNS).
    partner: str = ""

    @property
    def columns(self) -> list[str]:
        return PARTNER_COLUMNS if self.partner else COLUMNS

    def rows(self):
        rows = Signature.objects.for_petition(self.petition_key).confirmed()
        if self.mailing:
            rows = rows.filter(updates_agreed=True, unsubscribed_at__isnull=True)
        if self.partner:
            rows = rows.filter(partner_optins__has_key=self.partner)
        return rows.filter(pk__lte=self.up_to_pk) if self.up_to_pk else rows

    def where(self) -> tuple[str, list]:
        """The same selection as SQL, for COPY."""
        sql = "petition_key = %s AND status = %s AND id <= %s"
        params = [self.petition_key, SignatureStatus.CONFIRMED.value, self.up_to_pk]
        if self.mailing:
            sql += " AND updates_agreed AND unsubscribed_at IS NULL"
        if self.partner:
            sql += " AND partner_optins ? %s"
            params.append(self.partner)
        return sql, params


def export_snapshot(selection: Selection) -> tuple[Selection, int]:
    """The selection fixed at its newest row now, and the number of rows it holds."""
    rows = selection.rows()
    up_to_pk = rows.order_by("-pk").values_list("pk", flat=True).first() or 0
    return replace(selection, up_to_pk=up_to_pk), rows.count()


def header(columns: list[str]) -> list[str]:
    """The column names, each time column's followed by the zone its times are in."""
    zone = settings.TIME_ZONE
    return [f"{name} ({zone})" if _KINDS[name] == "time" else name for name in columns]


def csv_chunks(selection: Selection, category_labels: dict):
    """The CSV file in pieces of a few hundred kilobytes: a header, then one line per signature."""
    if connection.vendor == "postgresql":
        return _copy_chunks(selection, category_labels)
    return python_chunks(selection, category_labels)


def _cell(kind: str, value, category_labels: dict, zone=None) -> str:
    if kind == "time":
        return value.astimezone(zone).isoformat(timespec="seconds") if value else ""
    if kind == "yes/no":
        return "yes" if value else "no"
    if kind == "category":
        value = category_labels.get(value, value)
    if kind == "partners":
        value = "; ".join(f"{code}: {wording}" for code, wording in sorted((value or {}).items()))
    return neutralize(value)


def python_chunks(selection: Selection, category_labels: dict):
    rows = selection.rows().order_by("pk")
    columns = selection.columns
    kinds = [_KINDS[name] for name in columns]
    zone = timezone.get_default_timezone()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BOM)
    writer.writerow(header(columns))
    last_pk = 0
    while True:
        chunk = list(rows.filter(pk__gt=last_pk).values_list("pk", *columns)[:CHUNK])
        if not chunk:
            break
        last_pk = chunk[-1][0]
        writer.writerows(
            [
                _cell(kind, value, category_labels, zone)
                for kind, value in zip(kinds, row[1:], strict=True)
            ]
            for row in chunk
        )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _copy_sql(selection: Selection, category_labels: dict) -> tuple[str, list]:
    """COPY of the export's columns, and the parameters of the category labels in it."""
    # ascii() is the code of a text's first character (0 for ''): a cheap test, where a regex
    # per cell made the export take twice as long as a plain COPY of the same columns.
    formula_codes = ", ".join(str(ord(start)) for start in _FORMULA_STARTS)

    def column(name: str) -> str:
        kind = _KINDS[name]
        if kind == "time":
            # In the session's time zone, set to TIME_ZONE for this transaction (_copy_chunks).
            return f"""to_char({name}, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM')"""
        if kind == "yes/no":
            return f"CASE WHEN {name} THEN 'yes' ELSE 'no' END"
        value = {"category": "category_label", "partners": "partners_text"}.get(kind, name)
        # NULLIF: COPY writes '' as "" but NULL as nothing, which is what Python's csv writes.
        return (
            f"CASE WHEN ascii({value}) IN ({formula_codes}) THEN '''' || {value}"
            f" ELSE NULLIF({value}, '') END"
        )

    labels = " ".join("WHEN %s THEN %s" for _ in category_labels)
    label = f"CASE category {labels} ELSE category END" if category_labels else "category"
    # Most signers share with no partner: the CASE spares them a subquery per row (which made
    # the export take twice as long).
    partners = (
        "CASE WHEN partner_optins = '{}'::jsonb THEN '' ELSE "
        "(SELECT string_agg(key || ': ' || value, '; ' ORDER BY key) "
        "FROM jsonb_each_text(partner_optins)) END"
    )
    columns = ", ".join(f"{column(name)} AS {name}" for name in selection.columns)
    where, where_params = selection.where()
    sql = (
        f"COPY (SELECT {columns} FROM (SELECT *, {label} AS category_label, "
        f"{partners} AS partners_text FROM {Signature._meta.db_table} WHERE {where})"
        " AS signature ORDER BY id) TO STDOUT WITH (FORMAT csv)"
    )
    return sql, [value for pair in category_labels.items() for value in pair] + where_params


def _copy_chunks(selection: Selection, category_labels: dict):
    # The header as Python's csv writes it, ending in "\n" like COPY's lines.
    first = io.StringIO()
    csv.writer(first, lineterminator="\n").writerow(header(selection.columns))
    block = bytearray((BOM + first.getvalue()).encode())
    sql, params = _copy_sql(selection, category_labels)
    with transaction.atomic(), connection.cursor() as cursor:
        # JIT-compiling the per-cell expressions cost more than it saved on a million rows
        # (measured); LOCAL ends with this transaction, as does the time zone times are written in.
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(
            "SELECT current_setting('TimeZone'), set_config('TimeZone', %s, true)",
            [settings.TIME_ZONE],
        )
        connection_zone = cursor.fetchone()[0]
        with cursor.cursor.copy(sql, params) as copy:
            for data in copy:
                block += data
                if len(block) >= BLOCK_BYTES:
                    yield bytes(block)
                    block.clear()
        # Inside an outer transaction (tests, ATOMIC_REQUESTS) LOCAL would outlast this one, and
        # Django reads times assuming the connection's zone: put it back. (On an error or an
        # abandoned download, rolling back the savepoint puts it back.)
        cursor.execute("SELECT set_config('TimeZone', %s, true)", [connection_zone])
    yield bytes(block)
