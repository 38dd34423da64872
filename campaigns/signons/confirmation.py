"""Double opt-in: the link a pending signer is emailed, and what opening it does.

A link is the signature's number, signed with the time it was made: nothing about it is stored,
so each link emailed stays valid until its own expiry (SIGNON_CONFIRMATION_DAYS), a resend does
not spoil an earlier one, and opening a link twice is harmless.
"""

import enum
import time

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import PetitionCounter, Signature, SignatureStatus

_SALT = "campaigns.signons.confirmation-link"
clock = time.time


class ConfirmResult(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already_confirmed"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


def link_token(signature_pk: int) -> str:
    """A link token naming the signature and when it was made."""
    value = f"{signing.b62_encode(signature_pk)}.{signing.b62_encode(int(clock()))}"
    return signing.Signer(salt=_SALT).sign(value)


def confirm_sign_on(token: str) -> tuple[ConfirmResult, Signature | None]:
    """Confirm the pending signature this link was made for, and count it."""
    try:
        pk, made = (
            signing.b62_decode(part) for part in signing.Signer(salt=_SALT).unsign(token).split(".")
        )
    except (signing.BadSignature, ValueError):
        return ConfirmResult.UNKNOWN, None
    expired = clock() - made > settings.SIGNON_CONFIRMATION_DAYS * 24 * 3600
    signature = Signature.objects.select_related("page").filter(pk=pk).first()
    if signature is None or signature.status == SignatureStatus.INVALIDATED:
        return ConfirmResult.UNKNOWN, None
    if signature.status == SignatureStatus.CONFIRMED:
        return ConfirmResult.ALREADY_CONFIRMED, signature
    if expired:
        return ConfirmResult.EXPIRED, signature
    now = timezone.now()
    with transaction.atomic():
        confirmed = Signature.objects.filter(pk=pk, status=SignatureStatus.PENDING).update(
            status=SignatureStatus.CONFIRMED,
            confirmed_at=now,
            webhooks_due_at=now if signature.owes_webhooks else None,
        )
        if not confirmed:  # a simultaneous click got there first
            return ConfirmResult.ALREADY_CONFIRMED, signature
        PetitionCounter.objects.add(signature.petition_key, +1)
    signature.status = SignatureStatus.CONFIRMED
    return ConfirmResult.CONFIRMED, signature
