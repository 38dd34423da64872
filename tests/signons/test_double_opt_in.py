"""With double opt-in a signature counts only once the emailed link is opened."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from campaigns.models import Signature, SignatureStatus
from campaigns.signons import confirmation
from tests.signons.counts import fresh_count
from tests.signons.outbox import deliver
from tests.signons.posting import sign


@pytest.fixture
def opt_in_petition(petition):
    petition.double_opt_in = True
    petition.save_revision().publish()
    return petition


def confirmation_link(number=1):
    assert len(mail.outbox) == number
    return re.search(r"https?://[^/\s]+(/sign/confirm/\S+/)", mail.outbox[-1].body).group(1)


def days_later(monkeypatch, days):
    """Open links `days` from now (on the clock links are checked by)."""
    now = confirmation.clock()
    monkeypatch.setattr(confirmation, "clock", lambda: now + days * 24 * 3600)


def last_email_sent_minutes_ago(minutes):
    Signature.objects.update(email_sent_at=timezone.now() - timedelta(minutes=minutes))


def test_a_sign_on_stays_pending_until_the_emailed_link_is_opened(client, opt_in_petition):
    response = sign(client, opt_in_petition)
    deliver()

    assert "Please check your email" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING
    assert fresh_count(opt_in_petition) == 0
    assert mail.outbox[0].to == ["ruth@example.org"]
    assert "Please confirm your signature" in mail.outbox[0].subject

    confirmed = client.get(confirmation_link())

    assert "your signature is confirmed" in confirmed.content.decode()
    assert Signature.objects.get().status == SignatureStatus.CONFIRMED
    assert fresh_count(opt_in_petition) == 1


def test_opening_the_link_twice_is_harmless(client, opt_in_petition):
    sign(client, opt_in_petition)
    deliver()
    link = confirmation_link()
    client.get(link)

    again = client.get(link)

    assert again.status_code == 200
    assert "already confirmed" in again.content.decode()
    assert fresh_count(opt_in_petition) == 1


def test_a_link_older_than_seven_days_has_expired(client, opt_in_petition, monkeypatch):
    sign(client, opt_in_petition)
    deliver()
    days_later(monkeypatch, 7.001)

    response = client.get(confirmation_link())

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING
    assert fresh_count(opt_in_petition) == 0


def test_a_link_just_under_seven_days_old_still_confirms(client, opt_in_petition, monkeypatch):
    sign(client, opt_in_petition)
    deliver()
    days_later(monkeypatch, 6.99)

    assert "your signature is confirmed" in client.get(confirmation_link()).content.decode()


def test_an_unknown_link_confirms_nothing(client, opt_in_petition):
    response = client.get("/sign/confirm/not-a-real-token/")

    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_a_signer_without_double_opt_in_gets_a_thank_you_email(client, petition):
    sign(client, petition)
    deliver()

    assert "Thank you for signing" in mail.outbox[0].subject
    assert "Your signature has been counted." in mail.outbox[0].body


def test_signing_again_after_the_link_expired_emails_a_fresh_link_that_works(
    client, opt_in_petition, monkeypatch
):
    sign(client, opt_in_petition)
    deliver()
    days_later(monkeypatch, 8)
    assert client.get(confirmation_link()).status_code == 410
    last_email_sent_minutes_ago(8 * 24 * 60)

    again = sign(client, opt_in_petition, first_name="Someone else")
    deliver()
    confirmed = client.get(confirmation_link(number=2))

    assert "Please check your email" in again.content.decode()
    assert "your signature is confirmed" in confirmed.content.decode()
    assert Signature.objects.get().first_name == "Ruth"
    assert fresh_count(opt_in_petition) == 1


def test_a_resent_link_leaves_the_first_one_working(client, opt_in_petition, monkeypatch):
    sign(client, opt_in_petition)
    deliver()
    first = confirmation_link()
    last_email_sent_minutes_ago(11)
    days_later(monkeypatch, 0.01)
    sign(client, opt_in_petition)
    deliver()

    assert confirmation_link(number=2) != first
    assert "your signature is confirmed" in client.get(first).content.decode()
    assert fresh_count(opt_in_petition) == 1


def test_a_repeat_re_sends_the_link_at_most_once_in_ten_minutes(client, opt_in_petition):
    sign(client, opt_in_petition)
    deliver()
    for _ in range(3):
        sign(client, opt_in_petition)
        deliver()
    assert len(mail.outbox) == 1

    last_email_sent_minutes_ago(11)
    sign(client, opt_in_petition)
    sign(client, opt_in_petition)
    deliver()

    assert len(mail.outbox) == 2
    assert "Please confirm your signature" in mail.outbox[1].subject
