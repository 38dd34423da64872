"""Streamed CSV export of a petition's confirmed signatures, in constant memory at any size."""

import csv
import io

from .models import Signature, SignatureStatus

COLUMNS = [
    "created_at",
    "confirmed_at",
    "locale",
    "title",
    "first_name",
    "last_name",
    "email",
    "organisation",
    "city",
    "region",
    "postal_code",
    "country",
    "phone",
    "category",
    "comment",
    "list_publicly",
    "utm_source",
    "utm_medium",
    "utm_campaign",
]
CHUNK = 5000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote stops that."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_chunks(petition_key, up_to_pk: int):
    """Confirmed signatures with pk ≤ up_to_pk, in keyset-paginated chunks of rows."""
    rows = Signature.objects.filter(
        petition_key=petition_key, status=SignatureStatus.CONFIRMED, pk__lte=up_to_pk
    ).order_by("pk")
    last_pk = 0
    while True:
        chunk = list(rows.filter(pk__gt=last_pk).values_list("pk", *COLUMNS)[:CHUNK])
        if not chunk:
            return
        last_pk = chunk[-1][0]
        yield [row[1:] for row in chunk]


def export_snapshot(petition_key) -> tuple[int, int]:
    """(highest pk, number of rows) the export will contain, fixed when it starts."""
    rows = Signature.objects.filter(petition_key=petition_key, status=SignatureStatus.CONFIRMED)
    up_to_pk = rows.order_by("-pk").values_list("pk", flat=True).first() or 0
    return up_to_pk, rows.count()


def csv_chunks(petition_key, up_to_pk: int):
    """The CSV file, a few thousand lines at a time, with formula cells neutralized."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # the BOM lets spreadsheet programs detect UTF-8
    writer.writerow(COLUMNS)
    for chunk in export_chunks(petition_key, up_to_pk):
        writer.writerows([neutralize(value) for value in row] for row in chunk)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
