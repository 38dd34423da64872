"""The endpoint works from cached petition settings, and an editor's change reaches it at once."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import Signature
from campaigns.signons.fields import SignerFieldBlock
from tests.signons.posting import sign


def test_a_sign_on_after_the_first_reads_no_page_from_the_database(client, petition):
    sign(client, petition, email="first@example.org")

    with CaptureQueriesContext(connection) as queries:
        response = sign(client, petition, email="second@example.org", json=True)

    assert response.json()["status"] == "signed"
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]


def test_publishing_a_closing_time_closes_the_petition_for_the_next_sign_on(client, petition):
    assert sign(client, petition, email="before@example.org").status_code == 200

    petition.closes_at = timezone.now() - timedelta(minutes=1)
    petition.save_revision().publish()
    response = sign(client, petition, email="after@example.org")

    assert response.status_code == 403
    assert "This petition is closed" in response.content.decode()
    assert list(Signature.objects.values_list("email", flat=True)) == ["before@example.org"]


def test_unpublishing_a_petition_stops_its_sign_ons(client, petition):
    assert sign(client, petition, email="before@example.org").status_code == 200

    petition.unpublish()

    assert sign(client, petition, email="after@example.org").status_code == 404
    assert Signature.objects.count() == 1


def test_a_newly_required_question_is_asked_on_the_next_sign_on(client, petition):
    assert sign(client, petition, email="before@example.org").status_code == 200

    petition.signer_fields = [
        ("field", SignerFieldBlock().to_python({"name": "city", "required": True}))
    ]
    petition.save_revision().publish()
    response = sign(client, petition, email="after@example.org", json=True)

    assert response.status_code == 400
    assert "city" in response.json()["fields"]
    assert Signature.objects.count() == 1


def test_double_opt_in_switched_on_makes_the_next_sign_on_pending(client, petition):
    sign(client, petition, email="before@example.org")

    petition.double_opt_in = True
    petition.save_revision().publish()
    response = sign(client, petition, email="after@example.org", json=True)

    assert response.json()["status"] == "pending"
    assert Signature.objects.get(email="after@example.org").status == "pending"
