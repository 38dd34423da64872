"""Anonymize keeps counts; forget_signer erases a person everywhere; private fields stay private."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from campaigns.models import Signature
from tests.signons.counts import fresh_count
from tests.signons.factories import PetitionPageFactory, SignatureFactory
from tests.signons.posting import sign


def age(signature, days):
    Signature.objects.filter(pk=signature.pk).update(
        created_at=timezone.now() - timedelta(days=days)
    )


def test_anonymize_blanks_personal_fields_of_old_signatures_and_keeps_the_count(petition):
    old = SignatureFactory(
        page=petition, email="old@example.org", phone="555", city="Austin", region="TX"
    )
    recent = SignatureFactory(page=petition, email="new@example.org")
    age(old, 181)
    out = StringIO()

    call_command(
        "anonymize_signatures", "--petition", petition.slug, "--older-than", "180d", stdout=out
    )

    old.refresh_from_db()
    recent.refresh_from_db()
    assert "Anonymized 1 signatures." in out.getvalue()
    assert (old.email, old.first_name, old.phone, old.city, old.ip_hash) == ("", "", "", "", "")
    assert old.region == "TX" and old.anonymized_at
    assert recent.email == "new@example.org"
    assert fresh_count(petition) == 2


def test_anonymize_refuses_an_age_it_cannot_read(petition):
    with pytest.raises(CommandError, match="not an age"):
        call_command("anonymize_signatures", "--older-than", "half a year")


def test_forget_signer_removes_that_person_everywhere_and_logs_without_the_email(
    client, petition, take_action
):
    other = PetitionPageFactory(parent=take_action)
    SignatureFactory(page=petition, email="ruth@example.org")
    SignatureFactory(page=other, email="ruth@example.org")
    SignatureFactory(page=petition, email="ana@example.org")
    out = StringIO()

    call_command("forget_signer", "  RUTH@example.org", stdout=out)

    assert "Erased 2 signatures." in out.getvalue()
    assert list(Signature.objects.values_list("email", flat=True)) == ["ana@example.org"]
    assert fresh_count(petition) == 1
    assert fresh_count(other) == 0
    entries = PageLogEntry.objects.filter(action="campaigns.erase_signer")
    assert entries.count() == 2
    assert all("ruth" not in str(entry.data).lower() for entry in entries)


def test_a_forgotten_signer_may_sign_again(client, petition):
    sign(client, petition)
    call_command("forget_signer", "ruth@example.org", stdout=StringIO())

    response = sign(client, petition)

    assert "Thank you for signing." in response.content.decode()


def test_private_fields_never_reach_public_pages_or_the_count_api(client, petition):
    petition.list_signers = True
    petition.list_shows_country = True
    petition.save_revision().publish()
    sign(client, petition, email="ruth@example.org", list_publicly="on")
    Signature.objects.update(phone="555-0100", postal_code="87101")

    pages = [
        client.get(petition.url),
        client.get(f"{petition.url}signers/"),
        client.get(f"/api/petitions/{petition.translation_key}/count/"),
        client.get("/search/?query=Ruth"),
    ]

    for response in pages:
        text = response.content.decode()
        assert "ruth@example.org" not in text
        assert "555-0100" not in text
        assert "87101" not in text
