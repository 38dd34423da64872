"""The petition report: totals and a server-drawn chart; bulk invalidation updates the count."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageLogEntry

from campaigns.models import Signature, SignatureStatus
from tests.signons.counts import fresh_count
from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


def test_the_report_shows_totals_and_an_inline_svg_chart(client, petition):
    client.force_login(staff_user("officer", "Data officers"))
    for days_ago, number in ((2, 3), (0, 5)):
        for signature in SignatureFactory.create_batch(
            number, page=petition, utm_source="newsletter"
        ):
            Signature.objects.filter(pk=signature.pk).update(
                created_at=timezone.now() - timedelta(days=days_ago)
            )
    SignatureFactory(page=petition, locale="es", status=SignatureStatus.PENDING)

    html = client.get(f"/admin/petition-reports/{petition.translation_key}/").content.decode()

    assert "<strong>8</strong> confirmed signatures of 1000" in html
    assert '<svg role="img"' in html and 'class="signon-chart"' in html
    assert html.count("<rect ") == 3  # two days with sign-ons and the empty day between
    assert "busiest day 5" in html
    assert "<td>newsletter</td><td>8</td>" in html
    assert "<td>Pending confirmation</td><td>1</td>" in html
    assert "<td>es</td><td>1</td>" in html
    assert '<script src="http' not in html.split("signon-report")[1]


def test_the_reports_index_lists_petitions_with_counts(client, petition):
    client.force_login(staff_user("writer", "Writers"))
    SignatureFactory.create_batch(2, page=petition)

    html = client.get("/admin/petition-reports/").content.decode()

    assert petition.title in html
    assert "<td>2</td>" in html


def test_bulk_invalidation_by_email_domain_previews_then_updates_the_count(client, petition):
    client.force_login(staff_user("officer", "Data officers"))
    for number in range(3):
        SignatureFactory(page=petition, email=f"bot{number}@spam.example")
    SignatureFactory(page=petition, email="ruth@example.org")
    url = f"/admin/petition-reports/{petition.translation_key}/invalidate/"

    preview = client.post(url, {"email_domain": "@Spam.Example"})

    assert "<strong>3</strong> signatures match." in preview.content.decode()
    assert fresh_count(petition) == 4

    client.post(url, {"email_domain": "spam.example", "confirm": "on"})

    assert fresh_count(petition) == 1
    assert Signature.objects.filter(status=SignatureStatus.INVALIDATED).count() == 3
    entry = PageLogEntry.objects.get(action="campaigns.invalidate_signatures")
    assert entry.data["rows"] == 3


def test_bulk_invalidation_by_ip_hash_and_time_range(client, petition):
    client.force_login(staff_user("officer", "Data officers"))
    flood = SignatureFactory.create_batch(2, page=petition, ip_hash="f" * 64)
    SignatureFactory(page=petition, ip_hash="a" * 64)
    url = f"/admin/petition-reports/{petition.translation_key}/invalidate/"

    client.post(
        url,
        {
            "ip_hash": "f" * 64,
            "signed_from": timezone.localtime(flood[0].created_at - timedelta(minutes=1)).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "confirm": "on",
        },
    )

    assert fresh_count(petition) == 1


def test_bulk_invalidation_needs_a_criterion(client, petition):
    client.force_login(staff_user("officer", "Data officers"))
    SignatureFactory(page=petition)

    response = client.post(
        f"/admin/petition-reports/{petition.translation_key}/invalidate/", {"confirm": "on"}
    )

    assert "Choose at least one of" in response.content.decode()
    assert fresh_count(petition) == 1


def test_a_data_officer_hides_a_signer_from_the_public_list(client, petition):
    petition.list_signers = True
    petition.save_revision().publish()
    signature = SignatureFactory(page=petition, first_name="Troll", list_publicly=True)
    client.force_login(staff_user("officer", "Data officers"))

    client.post(f"/admin/signatures/edit/{signature.pk}/", {"hidden": "on"})

    assert Signature.objects.get().hidden
    assert "Troll" not in client.get(f"{petition.url}signers/").content.decode()


def test_the_signatures_listing_searches_and_filters(client, petition):
    client.force_login(staff_user("officer", "Data officers"))
    SignatureFactory(page=petition, first_name="Ruth", email="ruth@example.org")
    SignatureFactory(
        page=petition, first_name="Ana", email="ana@example.org", status=SignatureStatus.PENDING
    )

    searched = client.get("/admin/signatures/?q=ruth").content.decode()
    filtered = client.get("/admin/signatures/?status=pending").content.decode()

    assert "ruth@example.org" in searched and "ana@example.org" not in searched
    assert "ana@example.org" in filtered and "ruth@example.org" not in filtered
