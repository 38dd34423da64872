"""Editors offer signers a box per partner; ticking it shares the signer's name and email with
that partner, recorded with the wording shown, and a data officer exports those signers only."""

import csv
import io

from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.models import Signature
from tests.partners.conftest import translate
from tests.signons.posting import sign
from tests.signons.staff import staff_user

SHARE_WITH_RAS = "Share my name and email with Refugee Aid Society"


def petition_form(petition, **overrides):
    """The petition's edit form as the admin posts it, with `overrides`."""
    data = {
        "title": petition.title,
        "slug": petition.slug,
        "kind": "petition",
        "goal": "1000",
        "letter": rich_text(petition.letter),
        "demands": streamfield([]),
        "closing": rich_text(""),
        "signer_fields": streamfield([]),
        "categories": streamfield([]),
        "consent_text": rich_text(petition.consent_text),
        "updates_consent": "off",
        "optin_partners": streamfield([]),
        "after_signing": streamfield([]),
        "thank_you": rich_text(petition.thank_you),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def offer(admin_client, petition, *partners):
    return admin_client.post(
        f"/admin/pages/{petition.pk}/edit/",
        petition_form(
            petition,
            optin_partners=streamfield([("partner", partner.pk) for partner in partners]),
        ),
    )


def test_an_editor_offers_a_partners_box_and_signers_see_it_unticked(
    admin_client, client, petition, ras
):
    response = offer(admin_client, petition, ras)

    assert response.status_code == 302, response.content.decode()[:3000]
    html = client.get(petition.url).content.decode()
    assert SHARE_WITH_RAS in html
    assert 'name="share_with_ras"' in html
    assert 'name="share_with_ras" checked' not in html


def test_a_partner_without_a_code_cannot_be_offered(admin_client, petition, ras):
    ras.partner_code = ""
    ras.save_revision().publish()

    response = offer(admin_client, petition, ras)

    assert "Refugee Aid Society has no partner code yet" in response.content.decode()


def test_a_signer_who_ticks_the_box_agrees_with_the_wording_shown(
    admin_client, client, petition, ras, rabbis
):
    offer(admin_client, petition, ras, rabbis)

    sign(client, petition, email="shares@example.org", share_with_ras="on")
    sign(client, petition, email="keeps@example.org")

    shares, keeps = (
        Signature.objects.get(email=email) for email in ("shares@example.org", "keeps@example.org")
    )
    assert shares.partner_optins == {"ras": SHARE_WITH_RAS}
    assert keeps.partner_optins == {}


def test_spanish_signers_see_the_box_in_spanish(admin_client, client, petition, ras):
    offer(admin_client, petition, ras)
    translate(ras, "es", title="Sociedad de Ayuda a Refugiados")
    petition.refresh_from_db()  # as the admin saved it
    spanish = translate(petition, "es", title="Asilo justo ya")

    html = client.get(spanish.url).content.decode()
    sign(client, spanish, share_with_ras="on")

    wording = "Compartir mi nombre y correo electrónico con Sociedad de Ayuda a Refugiados"
    assert wording in html
    assert Signature.objects.get().partner_optins == {"ras": wording}


def test_a_data_officer_exports_one_partners_signers_and_only_what_they_shared(
    admin_client, client, petition, ras, rabbis
):
    offer(admin_client, petition, ras, rabbis)
    sign(client, petition, email="ras@example.org", share_with_ras="on", first_name="Ana")
    sign(client, petition, email="rabbis@example.org", share_with_rabbis="on")
    sign(client, petition, email="nobody@example.org")
    client.force_login(staff_user("officer", "Data officers"))

    report = client.get(f"/admin/petition-reports/{petition.translation_key}/").content.decode()
    response = client.get(f"/admin/petition-reports/{petition.translation_key}/export/?partner=ras")

    assert "Export the signers who agreed to share with Refugee Aid Society" in report
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    assert rows == [
        {
            "first_name": "Ana",
            "last_name": "Cohen",
            "email": "ras@example.org",
            "locale": "en",
            "created_at (America/New_York)": rows[0]["created_at (America/New_York)"],
        }
    ]
    assert 'filename="shared-with-ras-' in response["Content-Disposition"]
    entry = PageLogEntry.objects.filter(action="campaigns.export_signatures").get()
    assert entry.data["for"] == "partner ras"


def test_an_export_for_an_unknown_partner_is_refused(client, petition, ras):
    client.force_login(staff_user("officer", "Data officers"))

    response = client.get(f"/admin/petition-reports/{petition.translation_key}/export/?partner=x")

    assert response.status_code == 404
