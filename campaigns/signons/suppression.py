"""Unsubscribing: the link in every email to a signer, and the suppression list it adds to.

The link carries the signature's number and a keyed hash of its mailbox, signed, so it needs no
login and reveals no address. Opening it (or a mail client's one-click POST, RFC 8058) records the
mailbox's hash in the suppression list, which applies to every petition, now and later, and
outlives anonymization and erasure; the mailbox's signatures are flagged unsubscribed (they still
count) and no mailing export contains them again. A later sign-on from a suppressed mailbox is
flagged in the statement that stores it (recording.py).
"""

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import Signature, Suppression
from .webhooks import events as webhook_events

_SALT = "campaigns.signons.unsubscribe"


def mailbox_hash(email_normalized: str) -> str:
    """A keyed hash of a normalized address: the suppression list's key."""
    return salted_hmac(
        "campaigns.signons.mailbox", email_normalized, algorithm="sha256"
    ).hexdigest()


def unsubscribe_token(signature: Signature) -> str:
    value = f"{signing.b62_encode(signature.pk)}.{mailbox_hash(signature.email_normalized)}"
    return signing.Signer(salt=_SALT).sign(value)


def read_token(token: str) -> tuple[int, str] | None:
    """(signature number, mailbox hash) of a genuine link, or None."""
    try:
        number, email_hash = signing.Signer(salt=_SALT).unsign(token).split(".")
        return signing.b62_decode(number), email_hash
    except (signing.BadSignature, ValueError):
        return None


def unsubscribe(signature_pk: int, email_hash: str) -> None:
    """Suppress the mailbox and flag its signatures (harmless to repeat)."""
    now = timezone.now()
    with transaction.atomic():
        Suppression.objects.get_or_create(email_hash=email_hash, defaults={"created_at": now})
        signature = Signature.objects.filter(pk=signature_pk).exclude(email_normalized="").first()
        if signature and mailbox_hash(signature.email_normalized) == email_hash:
            flagged = Signature.objects.filter(
                email_normalized=signature.email_normalized, unsubscribed_at__isnull=True
            ).update(unsubscribed_at=now)
            if flagged:  # the first time only: CRMs that have this person are told once
                webhook_events.unsubscribed(
                    Signature.objects.filter(email_normalized=signature.email_normalized)
                )


def is_suppressed(email_normalized: str) -> bool:
    return Suppression.objects.filter(email_hash=mailbox_hash(email_normalized)).exists()
