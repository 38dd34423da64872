"""A partner's data officer who uses the admin in Spanish finds the sign-on screens in Spanish."""

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from campaigns.models import Signature
from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def spanish_officer(client, db):
    officer = staff_user("oficial", "Data officers")
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(officer)
    return client


def test_the_petition_reports_and_a_report_are_in_spanish(spanish_officer, petition):
    SignatureFactory.create_batch(2, page=petition)

    index = spanish_officer.get("/admin/petition-reports/").content.decode()
    report = spanish_officer.get(
        f"/admin/petition-reports/{petition.translation_key}/"
    ).content.decode()

    assert "Informes de peticiones" in index and "Abierta" in index
    assert "<strong>2</strong> firmas confirmadas de 1000." in report
    assert "Exportar las firmas confirmadas (CSV)" in report
    assert "Firmas confirmadas por día" in report


def test_the_export_is_logged_in_spanish_and_the_listing_speaks_spanish(
    spanish_officer, client, petition
):
    from tests.factories import SuperuserFactory

    SignatureFactory(page=petition)
    response = spanish_officer.get(f"/admin/petition-reports/{petition.translation_key}/export/")
    b"".join(response.streaming_content)
    listing = spanish_officer.get("/admin/signatures/").content.decode()

    editor_in_chief = SuperuserFactory(username="directora")
    profile = UserProfile.get_for_user(editor_in_chief)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(editor_in_chief)
    history = client.get(f"/admin/pages/{petition.pk}/history/").content.decode()

    assert "Se exportó 1 firma" in history and "Exportar firmas" in history
    assert "Firmadas entre" in listing and "Firmas" in listing


def test_the_failed_emails_panel_is_in_spanish(spanish_officer, petition):
    SignatureFactory(page=petition, email_owed="thanks", email_failed_at="2026-12-01T10:00Z")

    dashboard = spanish_officer.get("/admin/").content.decode()

    assert "Correos que no se pudieron enviar" in dashboard
    assert Signature.objects.count() == 1 and mail.outbox == []
