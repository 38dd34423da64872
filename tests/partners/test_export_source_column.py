"""The CSV says where each sign-on came from (the petition page, an embed, a partner's embed) and
which consent wording its signer saw."""

import csv
import io

from tests.signons.posting import sign
from tests.signons.staff import staff_user


def export(client, petition) -> dict[str, dict]:
    client.force_login(staff_user("officer", "Data officers"))
    response = client.get(f"/admin/petition-reports/{petition.translation_key}/export/")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return {row["email"]: row for row in csv.DictReader(io.StringIO(text))}


def test_the_export_tells_page_embed_and_partner_sign_ons_apart(client, petition, ras):
    in_frame = f"/sign/{petition.pk}/in-frame/"
    sign(client, petition, email="page@example.org")
    sign(client, petition, email="embed@example.org", endpoint=in_frame)
    sign(client, petition, email="ras@example.org", endpoint=in_frame, partner="ras")
    sign(client, petition, email="tagged@example.org", endpoint=in_frame, partner="july-mail")

    rows = export(client, petition)

    where = {email: (row["source"], row["partner"]) for email, row in rows.items()}
    assert where == {
        "page@example.org": ("", ""),
        "embed@example.org": ("embed", ""),
        "ras@example.org": ("", "ras"),
        "tagged@example.org": ("july-mail", ""),
    }


def test_the_export_keeps_the_consent_wording_each_signer_saw(client, petition, ras):
    sign(client, petition, email="before@example.org")
    petition.consent_text = "<p>New wording: we will email you about this letter.</p>"
    petition.save_revision().publish()
    sign(client, petition, email="after@example.org")

    rows = export(client, petition)

    assert "occasional email updates" in rows["before@example.org"]["consent_text"]
    assert "New wording" in rows["after@example.org"]["consent_text"]
    assert "New wording" not in rows["before@example.org"]["consent_text"]
