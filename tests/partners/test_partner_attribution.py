"""Sign-ons through a partner's embed are counted under the partner: stored, reported, exported."""

import csv
import io

from campaigns.models import Signature
from tests.signons.posting import sign
from tests.signons.staff import staff_user


def sign_in_frame(client, petition, **fields):
    return sign(client, petition, endpoint=f"/sign/{petition.pk}/in-frame/", **fields)


def test_a_sign_on_through_a_partners_embed_is_stored_with_its_code(client, petition, ras):
    sign_in_frame(client, petition, partner="ras")

    signature = Signature.objects.get()
    assert (signature.partner, signature.source) == ("ras", "")


def test_an_unknown_code_is_kept_as_the_source_and_never_refused(client, petition, ras):
    response = sign_in_frame(client, petition, partner="newsletter-july")

    assert response.status_code == 200
    signature = Signature.objects.get()
    assert (signature.partner, signature.source) == ("", "newsletter-july")


def test_the_report_breaks_totals_down_by_partner_and_exports_have_the_column(
    client, petition, ras, rabbis
):
    for number, partner in enumerate(["ras", "ras", "rabbis", ""]):
        sign_in_frame(client, petition, partner=partner, email=f"s{number}@example.org")
    client.force_login(staff_user("officer", "Data officers"))

    report = client.get(f"/admin/petition-reports/{petition.translation_key}/").content.decode()
    export = client.get(f"/admin/petition-reports/{petition.translation_key}/export/")

    by_partner = report.split("By partner (their embeds)")[1].split("</table>")[0]
    assert "<td>Refugee Aid Society</td><td>2</td>" in by_partner
    assert "<td>Rabbinic Human Rights Network</td><td>1</td>" in by_partner
    assert "<td>—</td><td>1</td>" in by_partner
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert sorted(row["partner"] for row in rows) == ["", "rabbis", "ras", "ras"]
