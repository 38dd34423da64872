"""Personal data leaves on schedule: unconfirmed sign-ons as the email promises, closed petitions'
signers after their retention period; counts stay exact and the log holds numbers only."""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import Signature, SignatureStatus
from tests.signons.counts import fresh_count
from tests.signons.factories import SignatureFactory


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def apply_retention() -> str:
    out = StringIO()
    call_command("apply_retention", stdout=out)
    return out.getvalue()


def test_a_pending_sign_on_goes_seven_days_after_its_last_link_was_sent(petition):
    old_link = SignatureFactory(
        page=petition, status=SignatureStatus.PENDING, confirmation_sent_at=days_ago(7.01)
    )
    fresh_link = SignatureFactory(
        page=petition,
        status=SignatureStatus.PENDING,
        created_at=days_ago(30),
        confirmation_sent_at=days_ago(6.9),  # signed long ago, but a new link went out
    )

    output = apply_retention()

    assert "1 unconfirmed signatures deleted" in output
    assert list(Signature.objects.values_list("pk", flat=True)) == [fresh_link.pk]
    assert old_link.pk not in Signature.objects.values_list("pk", flat=True)


def test_a_pending_sign_on_whose_link_never_went_out_waits_for_the_retries_too(petition):
    SignatureFactory(page=petition, status=SignatureStatus.PENDING, created_at=days_ago(8))
    gone = SignatureFactory(page=petition, status=SignatureStatus.PENDING, created_at=days_ago(9.1))

    apply_retention()

    assert not Signature.objects.filter(pk=gone.pk).exists()
    assert Signature.objects.count() == 1


def test_a_petition_closed_longer_than_its_retention_is_anonymized_and_keeps_its_count(petition):
    petition.closes_at = days_ago(181)
    petition.save_revision().publish()
    SignatureFactory.create_batch(3, page=petition, city="Austin", region="TX")

    apply_retention()

    assert fresh_count(petition) == 3
    assert set(Signature.objects.values_list("email", "city", "region")) == {("", "", "TX")}
    assert not Signature.objects.filter(anonymized_at__isnull=True).exists()


def test_a_petitions_own_retention_period_overrides_the_default(petition, take_action):
    from tests.signons.factories import PetitionPageFactory

    petition.closes_at = days_ago(40)
    petition.retention_days = 30
    petition.save_revision().publish()
    recent = PetitionPageFactory(parent=take_action, closes_at=days_ago(40))
    SignatureFactory(page=petition, email="short@example.org")
    SignatureFactory(page=recent, email="default@example.org")

    apply_retention()

    assert set(Signature.objects.values_list("email", flat=True)) == {"", "default@example.org"}


def test_retention_logs_how_many_and_nothing_personal(petition, caplog):
    SignatureFactory(
        page=petition,
        email="ruth@example.org",
        status=SignatureStatus.PENDING,
        confirmation_sent_at=days_ago(8),
    )

    with caplog.at_level(logging.INFO, logger="campaigns.signons.retention"):
        apply_retention()

    assert "1 unconfirmed signatures deleted" in caplog.text
    assert "ruth" not in caplog.text


@pytest.mark.parametrize("status", [SignatureStatus.CONFIRMED, SignatureStatus.PENDING])
def test_an_open_petitions_signatures_are_kept(petition, status):
    SignatureFactory(page=petition, status=status, confirmation_sent_at=timezone.now())

    apply_retention()

    assert Signature.objects.get().email
