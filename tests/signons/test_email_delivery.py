"""Every acknowledged sign-on gets its email once mail works, exactly once, through the outbox."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from campaigns.models import Signature
from campaigns.signons.delivery import (
    attempts_before_giving_up,
    deliver_due,
    retry_delay,
)
from campaigns.signons.models import Email
from tests.databases import only_on_postgresql
from tests.signons.outbox import deliver
from tests.signons.posting import sign


def make_due_now():
    """The clock moved on to the next retry."""
    Signature.objects.exclude(email_due_at=None).update(email_due_at=timezone.now())


def test_a_sign_on_owes_its_email_in_the_same_row_until_the_worker_sends_it(client, petition):
    response = sign(client, petition, email="ruth@example.org", json=True)

    signature = Signature.objects.get()
    assert response.json()["status"] == "signed"
    assert (signature.email_owed, mail.outbox) == (Email.THANKS, [])
    assert signature.email_due_at is not None

    deliver()

    signature.refresh_from_db()
    assert [message.to for message in mail.outbox] == [["ruth@example.org"]]
    assert (signature.email_owed, signature.email_due_at) == ("", None)
    assert signature.email_sent_at is not None


def test_an_email_refused_by_a_down_mail_server_is_delivered_once_it_is_back(
    client, petition, mail_server
):
    mail_server.stop()
    sign(client, petition, email="ruth@example.org")

    deliver()

    signature = Signature.objects.get()
    assert mail_server.inbox.messages == []
    assert signature.email_owed == Email.THANKS
    assert signature.email_attempts == 1
    assert "Connection" in signature.email_error
    assert timedelta(seconds=50) < signature.email_due_at - timezone.now() <= timedelta(minutes=1)

    mail_server.start()
    deliver()  # not due yet: the retry waits its minute
    assert mail_server.inbox.messages == []
    make_due_now()
    deliver()
    deliver()

    assert mail_server.inbox.recipients == ["ruth@example.org"]
    signature.refresh_from_db()
    assert (signature.email_owed, signature.email_attempts, signature.email_error) == ("", 0, "")


def test_a_mail_outage_loses_no_double_opt_in_link(client, petition, mail_server):
    petition.double_opt_in = True
    petition.save_revision().publish()
    mail_server.stop()
    for number in range(5):
        sign(client, petition, email=f"signer{number}@example.org")
    deliver()

    mail_server.start()
    make_due_now()
    deliver()

    assert sorted(mail_server.inbox.recipients) == [f"signer{n}@example.org" for n in range(5)]
    assert not Signature.objects.exclude(email_owed="").exists()
    assert Signature.objects.filter(confirmation_sent_at__isnull=False).count() == 5


def test_retries_wait_one_two_four_eight_sixteen_minutes_then_every_half_hour():
    delays = [retry_delay(attempt) for attempt in range(1, 9)]

    assert [delay.total_seconds() / 60 for delay in delays] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_retrying_stops_after_forty_eight_hours_of_attempts(settings):
    attempts = attempts_before_giving_up()

    waited = sum((retry_delay(n) for n in range(1, attempts + 1)), timedelta())
    assert timedelta(hours=48) <= waited < timedelta(hours=48, minutes=30)


def test_an_email_still_failing_after_its_last_retry_is_given_up_and_shown_to_staff(
    client, admin_client, petition, mail_server
):
    mail_server.stop()
    sign(client, petition, email="ruth@example.org")
    Signature.objects.update(email_attempts=attempts_before_giving_up() - 1)

    deliver()

    signature = Signature.objects.get()
    assert signature.email_failed_at is not None
    assert signature.email_due_at is None
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Emails that could not be sent" in dashboard
    assert "1 email could not be sent" in dashboard

    mail_server.start()
    answer = admin_client.post("/admin/signature-emails/send-again/", follow=True)
    deliver()

    assert "1 email will be sent again" in answer.content.decode()
    assert mail_server.inbox.recipients == ["ruth@example.org"]
    assert "could not be sent" not in admin_client.get("/admin/").content.decode()


def test_an_address_the_server_refuses_for_good_is_given_up_at_once(client, petition, mail_server):
    sign(client, petition, email="nobody@example.org")
    handler = mail_server.inbox

    async def refuse_recipient(server, session, envelope, address, rcpt_options):
        return "550 No such mailbox here"

    handler.handle_RCPT = refuse_recipient
    deliver()

    signature = Signature.objects.get()
    assert signature.email_failed_at is not None
    assert "550" in signature.email_error


def test_a_batch_of_emails_goes_over_one_connection_to_the_mail_server(
    client, petition, mail_server
):
    for number in range(5):
        sign(client, petition, email=f"signer{number}@example.org")

    deliver()

    assert len(mail_server.inbox.messages) == 5
    assert mail_server.inbox.sessions == 1


def test_a_refused_address_does_not_hold_up_the_rest_of_the_batch(client, petition, mail_server):
    sign(client, petition, email="nobody@example.org")
    sign(client, petition, email="ruth@example.org")

    async def refuse_nobody(server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    mail_server.inbox.handle_RCPT = refuse_nobody
    deliver()

    assert mail_server.inbox.recipients == ["ruth@example.org"]


def test_only_staff_who_may_change_signatures_can_send_failed_emails_again(client, petition):
    from tests.factories import UserFactory

    user = UserFactory()
    client.force_login(user)

    response = client.post("/admin/signature-emails/send-again/")

    assert response.status_code in (302, 403)


@only_on_postgresql("SKIP LOCKED is PostgreSQL's; SQLite serialises writers (one worker in dev)")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_never_send_the_same_email(client, petition):
    Signature.objects.bulk_create(
        Signature(
            petition_key=petition.translation_key,
            page=petition,
            email=f"signer{number}@example.org",
            email_normalized=f"signer{number}@example.org",
            status="confirmed",
            email_owed=Email.THANKS,
            email_due_at=timezone.now(),
        )
        for number in range(400)
    )

    def worker():
        try:
            while deliver_due(batch_size=25).handled:
                pass
        finally:
            connection.close()

    workers = [threading.Thread(target=worker) for _ in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()

    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == len(set(recipients)) == 400
    assert not Signature.objects.exclude(email_owed="").exists()
