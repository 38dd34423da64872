"""A data officer exports a petition's confirmed signatures as CSV; every export is logged."""

import csv
import io

import pytest
from django.http import StreamingHttpResponse
from wagtail.models import PageLogEntry

from campaigns.models import SignatureStatus
from campaigns.signons import export
from tests.factories import SuperuserFactory
from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


def download(client, petition):
    response = client.get(f"/admin/petition-reports/{petition.translation_key}/export/")
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return response, list(csv.DictReader(io.StringIO(text)))


def test_the_export_holds_confirmed_signatures_only(officer_client, petition):
    SignatureFactory(page=petition, first_name="Ruth", email="ruth@example.org", phone="555-0100")
    SignatureFactory(page=petition, first_name="Pending", status=SignatureStatus.PENDING)
    SignatureFactory(page=petition, first_name="Invalid", status=SignatureStatus.INVALIDATED)

    response, rows = download(officer_client, petition)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    assert [row["first_name"] for row in rows] == ["Ruth"]
    assert rows[0]["email"] == "ruth@example.org"
    assert rows[0]["phone"] == "555-0100"


def test_formula_cells_are_neutralized(officer_client, petition):
    SignatureFactory(
        page=petition,
        first_name='=HYPERLINK("http://evil.example")',
        last_name="+1+1",
        organisation="@SUM(A1)",
        comment="-2",
    )

    _, rows = download(officer_client, petition)

    assert rows[0]["first_name"] == '\'=HYPERLINK("http://evil.example")'
    assert rows[0]["last_name"] == "'+1+1"
    assert rows[0]["organisation"] == "'@SUM(A1)"
    assert rows[0]["comment"] == "'-2"


def test_the_export_streams_in_chunks_and_keeps_every_row(officer_client, petition, monkeypatch):
    monkeypatch.setattr(export, "CHUNK", 7)  # rows per query (Python)
    monkeypatch.setattr(export, "BLOCK_BYTES", 500)  # bytes per piece (PostgreSQL COPY)
    SignatureFactory.create_batch(30, page=petition)

    response = officer_client.get(f"/admin/petition-reports/{petition.translation_key}/export/")
    chunks = list(response.streaming_content)

    assert len(chunks) >= 5  # header + 30 rows arrive in pieces, never built whole
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"))))
    assert len(rows) == 30


def test_every_export_is_logged_with_who_which_petition_and_how_many_rows(officer_client, petition):
    SignatureFactory.create_batch(3, page=petition)

    download(officer_client, petition)

    entry = PageLogEntry.objects.get(action="campaigns.export_signatures")
    assert entry.page_id == petition.pk
    assert entry.user.username == "officer"
    assert entry.data == {"petition": petition.title, "rows": 3}
    assert entry.timestamp is not None
    officer_client.force_login(SuperuserFactory(username="editor-in-chief"))
    history = officer_client.get(f"/admin/pages/{petition.pk}/history/")
    assert "Exported 3 signatures" in history.content.decode()


def test_the_export_includes_every_translation(officer_client, petition):
    from wagtail.models import Locale

    spanish = petition.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    SignatureFactory(page=petition, first_name="Ruth")
    SignatureFactory(page=spanish, locale="es", first_name="Ana")

    _, rows = download(officer_client, petition)

    assert {(row["first_name"], row["locale"]) for row in rows} == {("Ruth", "en"), ("Ana", "es")}


def test_postgresql_copy_and_python_write_the_same_file(petition, db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the COPY path exists only on PostgreSQL")
    SignatureFactory(page=petition, first_name='=cmd|" /C calc"!A0', comment="line\nbreak, comma")
    SignatureFactory(page=petition, first_name="Ana", list_publicly=True, phone="+1 555")
    SignatureFactory(page=petition, first_name="\tTab", last_name="@at", city="\rCR", title="-")
    labels = {"clergy-id": "Clergy", "org-id": "=Organisation"}
    SignatureFactory(page=petition, first_name="Rabbi", category="clergy-id")
    SignatureFactory(page=petition, first_name="Org", category="org-id")
    selection, _ = export.export_snapshot(export.Selection(petition.translation_key))

    copied = b"".join(export.csv_chunks(selection, labels)).decode()
    written = "".join(export.python_chunks(selection, labels))

    assert copied.replace("\r\n", "\n") == written.replace("\r\n", "\n")


def test_the_export_names_categories_and_carries_the_consent_wording_and_the_source(
    officer_client, petition
):
    petition.categories = [("category", "Clergy"), ("category", "Individual")]
    petition.save_revision().publish()
    clergy = next(iter(petition.category_labels))
    SignatureFactory(
        page=petition,
        category=clergy,
        consent_text="By signing you agree to receive updates.",
        source="partner-newsletter",
        utm_source="hias",
    )

    _, rows = download(officer_client, petition)

    assert rows[0]["category"] == "Clergy"
    assert rows[0]["consent_text"] == "By signing you agree to receive updates."
    assert (rows[0]["source"], rows[0]["utm_source"]) == ("partner-newsletter", "hias")
    assert "ip_hash" not in rows[0] and "email_normalized" not in rows[0]
