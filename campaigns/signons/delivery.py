"""The delivery worker's work: send what signatures are owed, in batches, until it is sent.

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
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from .emails import PageLinks, signer_email
from .models import Email, Signature

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


def attempts_before_giving_up() -> int:
    """The number of failed attempts whose delays add up to SIGNON_EMAIL_RETRY_HOURS."""
    budget, waited, attempts = timedelta(hours=settings.SIGNON_EMAIL_RETRY_HOURS), timedelta(), 0
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


def deliver_due(batch_size: int = BATCH_SIZE) -> Outcome:
    """Claim up to `batch_size` due rows, send their emails and record how it went."""
    now = timezone.now()
    outcome = Outcome()
    with transaction.atomic():
        due = list(
            Signature.objects.email_due(now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("page")[:batch_size]
        )
        if not due:
            return outcome
        errors = send_emails(due)
        sent = [signature.pk for signature in due if signature.pk not in errors]
        Signature.objects.filter(pk__in=sent).update(
            confirmation_sent_at=Case(
                When(email_owed=Email.CONFIRM, then=Value(now)),
                default=F("confirmation_sent_at"),
            ),
            email_owed="",
            email_due_at=None,
            email_attempts=0,
            email_error="",
            email_sent_at=now,
            email_failed_at=None,
        )
        outcome.sent = len(sent)
        give_up_at = attempts_before_giving_up()
        for signature in due:
            if signature.pk not in errors:
                continue
            error, permanent = errors[signature.pk]
            attempts = signature.email_attempts + 1
            failed = permanent or attempts >= give_up_at
            Signature.objects.filter(pk=signature.pk).update(
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
            "Email delivery: %d sent, %d to retry, %d failed; last error: %s",
            outcome.sent,
            outcome.retrying,
            outcome.failed,
            next(reversed(errors.values()))[0],
        )
    return outcome


def send_emails(signatures) -> dict[int, tuple[str, bool]]:
    """Send each signature's email over one connection: {pk: (error, permanent)} of failures.

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
        for signature in signatures:
            if server_error:
                errors[signature.pk] = (server_error, False)
                continue
            try:
                connection.send_messages([signer_email(signature, links)])
            except MESSAGE_ERRORS as error:  # the session goes on with the next message
                errors[signature.pk] = (f"{type(error).__name__}: {error}", _permanent(error))
            except Exception as error:  # the server or the network: retry later
                server_error = f"{type(error).__name__}: {error}"
                errors[signature.pk] = (server_error, False)
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
