"""The delivery worker's work: send what signatures (and erasure requests) are owed, in batches.

The signature row is the outbox (models.py): the statement that stores a sign-on also records
the email it is owed and when it is due. A worker claims a batch of due rows with
`SELECT … FOR UPDATE SKIP LOCKED` (so several workers never take the same row), sends the batch
over one SMTP connection, and in the same transaction marks each row sent, or due again after
a delay that doubles from a minute up to half an hour, or failed once SIGNON_EMAIL_RETRY_HOURS of
retries are used up (or the server refused the address for good). Failed emails are listed on
the staff dashboard, where a data officer can send them again.

If the worker stops between sending and committing, the batch is sent again when it restarts:
an email may then arrive twice, but a signer is never left without one.
"""

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from .emails import PageLinks, erasure_email, signer_email
from .models import Email, ErasureRequest, Signature

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(minutes=30)
# A refusal that concerns one message, not the server: the rest of the batch may still go.
MESSAGE_ERRORS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failure: 1, 2, 4, 8, 16 minutes, then 30."""
    doublings = min(attempts - 1, 10)  # past ten, the longest delay applies anyway
    return min(FIRST_RETRY * 2**doublings, LONGEST_RETRY)


def attempts_before_giving_up(hours: float | None = None) -> int:
    """The number of failed attempts whose delays add up to `hours` (SIGNON_EMAIL_RETRY_HOURS)."""
    hours = settings.SIGNON_EMAIL_RETRY_HOURS if hours is None else hours
    budget, waited, attempts = timedelta(hours=hours), timedelta(), 0
    while waited < budget:
        attempts += 1
        waited += retry_delay(attempts)
    return attempts


@dataclass
class Outcome:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        return self.sent + self.retrying + self.failed


@dataclass(frozen=True)
class Outbox:
    """Rows that owe an email: which are due, what to send, and what "sent" means for them.

    Every outbox model has the same delivery columns: email_due_at (indexed where set),
    email_attempts, email_error, email_sent_at, email_failed_at.
    """

    name: str
    due: Callable  # now → the due rows, longest-waiting first
    message: Callable  # (row, PageLinks) → EmailMessage
    sent_values: Callable  # now → what a sent row's columns become


def _signature_sent(now) -> dict:
    return {
        "confirmation_sent_at": Case(
            When(email_owed=Email.CONFIRM, then=Value(now)), default=F("confirmation_sent_at")
        ),
        "email_owed": "",
    }


SIGNER_EMAILS = Outbox(
    "signers' emails",
    lambda now: Signature.objects.email_due(now).select_related("page"),
    signer_email,
    _signature_sent,
)
ERASURE_LINKS = Outbox(
    "erasure links",
    lambda now: ErasureRequest.objects.filter(email_due_at__lte=now).order_by("email_due_at"),
    erasure_email,
    lambda now: {},
)
OUTBOXES = [SIGNER_EMAILS, ERASURE_LINKS]


def deliver_due(outbox: Outbox = SIGNER_EMAILS, batch_size: int = BATCH_SIZE) -> Outcome:
    """Claim up to `batch_size` due rows of `outbox`, send their emails, record how it went."""
    now = timezone.now()
    outcome = Outcome()
    with transaction.atomic():
        due = list(outbox.due(now).select_for_update(skip_locked=True, of=("self",))[:batch_size])
        if not due:
            return outcome
        errors = send_emails(outbox, due)
        model = type(due[0])
        sent = [row.pk for row in due if row.pk not in errors]
        model.objects.filter(pk__in=sent).update(
            email_due_at=None,
            email_attempts=0,
            email_error="",
            email_sent_at=now,
            email_failed_at=None,
            **outbox.sent_values(now),
        )
        outcome.sent = len(sent)
        give_up_at = attempts_before_giving_up()
        for row in due:
            if row.pk not in errors:
                continue
            error, permanent = errors[row.pk]
            attempts = row.email_attempts + 1
            failed = permanent or attempts >= give_up_at
            model.objects.filter(pk=row.pk).update(
                email_attempts=attempts,
                email_error=error[:300],
                email_due_at=None if failed else now + retry_delay(attempts),
                email_failed_at=now if failed else None,
            )
            if failed:
                outcome.failed += 1
            else:
                outcome.retrying += 1
    if errors:
        logger.warning(
            "Delivery of %s: %d sent, %d to retry, %d failed; last error: %s",
            outbox.name,
            outcome.sent,
            outcome.retrying,
            outcome.failed,
            next(reversed(errors.values()))[0],
        )
    return outcome


def send_emails(outbox: Outbox, rows) -> dict[int, tuple[str, bool]]:
    """Send each row's email over one connection: {pk: (error, permanent)} of failures.

    A failure of the server or connection fails the rest of the batch at once, rather than
    waiting on a dead server once per message.
    """
    errors: dict[int, tuple[str, bool]] = {}
    links = PageLinks()
    connection = get_connection()
    server_error = None
    try:
        try:
            connection.open()  # one connection for the batch (send_messages would open one each)
        except Exception as error:  # the server or the network: retry later
            server_error = f"{type(error).__name__}: {error}"
        for row in rows:
            if server_error:
                errors[row.pk] = (server_error, False)
                continue
            try:
                connection.send_messages([outbox.message(row, links)])
            except MESSAGE_ERRORS as error:  # the session goes on with the next message
                errors[row.pk] = (f"{type(error).__name__}: {error}", _permanent(error))
            except Exception as error:  # the server or the network: retry later
                server_error = f"{type(error).__name__}: {error}"
                errors[row.pk] = (server_error, False)
    finally:
        try:
            connection.close()
        except Exception:  # closing a broken connection may fail too; nothing is lost
            logger.debug("Closing the mail connection failed.", exc_info=True)
    return errors


def _permanent(error: smtplib.SMTPException) -> bool:
    """A 5xx refusal of the recipient: retrying would not help."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _message in error.recipients.values())
    return getattr(error, "smtp_code", 0) >= 500


def send_failed_again() -> int:
    """Give every email that failed for good a fresh set of retries, starting now."""
    return Signature.objects.email_failed().update(
        email_failed_at=None, email_due_at=timezone.now(), email_attempts=0, email_error=""
    )
