"""Self-service erasure: a person asks, by email address, to erase every signature of theirs.

The request is stored only to email that mailbox a link (the delivery worker sends it); opening
the link erases the mailbox's signatures on every petition (privacy.forget_signer: counts fixed,
the erasure logged without the address). The answer to the request is the same whether or not
the address had signed, so the form tells a stranger nothing.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import ErasureRequest
from .privacy import forget_signer

ERASURE_LINK_HOURS = 24
_SALT = "campaigns.signons.erasure-link"
clock = time.time


def request_erasure(email: str, language: str) -> None:
    """Owe this mailbox an erasure link, unless one was asked for within SIGNON_RESEND_SECONDS."""
    now = timezone.now()
    recent = now - timedelta(seconds=settings.SIGNON_RESEND_SECONDS)
    if ErasureRequest.objects.filter(email=email.strip(), created_at__gte=recent).exists():
        return
    ErasureRequest.objects.create(
        email=email.strip(), locale=language, created_at=now, email_due_at=now
    )


def erasure_token(request: ErasureRequest) -> str:
    value = f"{signing.b62_encode(request.pk)}.{signing.b62_encode(int(clock()))}"
    return signing.Signer(salt=_SALT).sign(value)


def open_request(token: str) -> ErasureRequest | None:
    """The unexpired request this link was made for, or None."""
    try:
        number, made = (
            signing.b62_decode(part) for part in signing.Signer(salt=_SALT).unsign(token).split(".")
        )
    except (signing.BadSignature, ValueError):
        return None
    if clock() - made > ERASURE_LINK_HOURS * 3600:
        return None
    return ErasureRequest.objects.filter(pk=number).first()


def erase(request: ErasureRequest) -> int:
    """Erase every signature of the request's mailbox, and the request with it."""
    with transaction.atomic():
        number = forget_signer(request.email)
        ErasureRequest.objects.filter(email=request.email).delete()
    return number
