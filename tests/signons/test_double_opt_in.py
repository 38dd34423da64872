"""With double opt-in a signature counts only once the emailed link is opened."""

import re
from datetime import timedelta

import pytest
from django.core import mail

from campaigns.models import Signature, SignatureStatus
from tests.signons.counts import fresh_count
from tests.signons.posting import sign


@pytest.fixture
def opt_in_petition(petition):
    petition.double_opt_in = True
    petition.save_revision().publish()
    return petition


def confirmation_link(number=1):
    assert len(mail.outbox) == number
    return re.search(r"https?://[^/\s]+(/sign/confirm/\S+/)", mail.outbox[-1].body).group(1)


def age_the_link(**age):
    signature = Signature.objects.get()
    Signature.objects.filter(pk=signature.pk).update(
        created_at=signature.created_at - timedelta(**age),
        confirmation_sent_at=signature.confirmation_sent_at - timedelta(**age),
    )


def test_a_sign_on_stays_pending_until_the_emailed_link_is_opened(
    client, opt_in_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, opt_in_petition)

    assert "Please check your email" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING
    assert fresh_count(opt_in_petition) == 0
    assert mail.outbox[0].to == ["ruth@example.org"]
    assert "Please confirm your signature" in mail.outbox[0].subject
    link = confirmation_link()
    assert link.split("/")[-2] not in Signature.objects.get().confirmation_token_hash

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.get(link)

    assert "your signature is confirmed" in confirmed.content.decode()
    assert Signature.objects.get().status == SignatureStatus.CONFIRMED
    assert fresh_count(opt_in_petition) == 1


def test_opening_the_link_twice_is_harmless(
    client, opt_in_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, opt_in_petition)
    link = confirmation_link()
    client.get(link)

    again = client.get(link)

    assert again.status_code == 200
    assert "already confirmed" in again.content.decode()
    assert fresh_count(opt_in_petition) == 1


def test_a_link_older_than_seven_days_has_expired(
    client, opt_in_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, opt_in_petition)
    age_the_link(days=7, minutes=1)

    response = client.get(confirmation_link())

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING
    assert fresh_count(opt_in_petition) == 0


def test_an_unknown_link_confirms_nothing(client, opt_in_petition):
    response = client.get("/sign/confirm/not-a-real-token/")

    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_a_signer_without_double_opt_in_gets_a_thank_you_email(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition)

    assert "Thank you for signing" in mail.outbox[0].subject
    assert "Your signature has been counted." in mail.outbox[0].body


def test_a_failing_mail_server_never_loses_the_signature(
    client, petition, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.signons.failing_mail.FailingEmailBackend"

    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, petition)

    assert response.status_code == 200
    assert "Thank you for signing." in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.CONFIRMED
    assert fresh_count(petition) == 1


def test_a_task_queue_that_refuses_work_never_loses_the_signature(
    client, petition, monkeypatch, django_capture_on_commit_callbacks
):
    from campaigns.signons import tasks

    class RefusingTask:
        def enqueue(self, *args, **kwargs):
            raise ConnectionError("The task queue is down.")

    monkeypatch.setattr(tasks, "send_sign_on_email", RefusingTask())

    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, petition)

    assert "Thank you for signing." in response.content.decode()
    assert fresh_count(petition) == 1


def test_signing_again_after_the_link_expired_emails_a_fresh_link_that_works(
    client, opt_in_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, opt_in_petition)
    age_the_link(days=8)
    client.get(confirmation_link())

    with django_capture_on_commit_callbacks(execute=True):
        again = sign(client, opt_in_petition, first_name="Someone else")
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.get(confirmation_link(number=2))

    assert "You have already signed — thank you." in again.content.decode()
    assert "your signature is confirmed" in confirmed.content.decode()
    assert Signature.objects.get().first_name == "Ruth"
    assert fresh_count(opt_in_petition) == 1


def test_a_repeat_re_sends_the_link_at_most_once_in_ten_minutes(
    client, opt_in_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, opt_in_petition)
        sign(client, opt_in_petition)
        sign(client, opt_in_petition)

    assert len(mail.outbox) == 2
