"""Record, confirm and invalidate sign-ons, keeping the petition's count in step."""

import enum
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from newsroom.platform.inserting import insert

from .config import SignOnConfig
from .counting import adjust_count, increment_statement
from .fields import OPTIONAL_FIELDS
from .models import Signature, SignatureStatus


class SignOnResult(enum.Enum):
    SIGNED = "signed"
    PENDING = "pending"
    ALREADY_SIGNED = "already_signed"


class ConfirmResult(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already_confirmed"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


@dataclass
class SignOnContext:
    """What we keep about where a sign-on came from (never the raw IP)."""

    ip_hash: str = ""
    referrer: str = ""
    source: str = ""
    utm: dict = field(default_factory=dict)


def normalize_email(email: str) -> str:
    return email.strip().lower()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def record_sign_on(
    config: SignOnConfig, data: dict, context: SignOnContext
) -> tuple[SignOnResult, Signature | None]:
    """Store one sign-on; a repeat of the same email changes nothing."""
    from .tasks import send_sign_on_email

    now = timezone.now()
    confirmed = not config.double_opt_in
    signature = Signature(
        petition_key=config.petition_key,
        page_id=config.page_id,
        locale=config.language,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"].strip(),
        email_normalized=normalize_email(data["email"]),
        category=data.get("category", ""),
        list_publicly=bool(data.get("list_publicly")),
        consent_text=config.consent_snapshot,
        consented_at=now,
        status=SignatureStatus.CONFIRMED if confirmed else SignatureStatus.PENDING,
        confirmed_at=now if confirmed else None,
        ip_hash=context.ip_hash,
        referrer=context.referrer[:500],
        source=context.source[:100],
        utm_source=context.utm.get("utm_source", "")[:100],
        utm_medium=context.utm.get("utm_medium", "")[:100],
        utm_campaign=context.utm.get("utm_campaign", "")[:100],
        **{name: data[name] for name in OPTIONAL_FIELDS if data.get(name)},
    )
    if not _store(signature, counted=confirmed):
        send_the_link_again(signature.petition_key, signature.email_normalized)
        return SignOnResult.ALREADY_SIGNED, None
    # After the commit (at once here unless the caller holds a transaction open); robust: a
    # queue or mail failure is logged and the committed signature stands.
    transaction.on_commit(lambda: send_sign_on_email.enqueue(signature.pk), robust=True)
    return (SignOnResult.SIGNED if confirmed else SignOnResult.PENDING), signature


def _store(signature: Signature, *, counted: bool) -> bool:
    """Insert the signature, and count it if `counted`: both or neither. False if it was a repeat.

    The unique constraint decides what is a repeat (ON CONFLICT DO NOTHING), so concurrent
    repeats store one row and a repeat changes nothing. On PostgreSQL the insert and the count
    are one statement, which commits on its own: a sign-on is one round trip to the database.
    Elsewhere a transaction holds the two.

    The cached count is left to expire (SIGNON_COUNT_CACHE_SECONDS) rather than dropped: under
    a flood of sign-ons, dropping it each time would send every reader's count to the database.
    The signer's own thank-you page reads the count fresh.
    """
    if counted and connection.vendor == "postgresql":
        increment = increment_statement(signature.petition_key, +1, rows_from="inserted")
        return insert(signature, skip_duplicates=True, and_then=increment)
    with transaction.atomic():
        stored = insert(signature, skip_duplicates=True)
        if stored and counted:
            adjust_count(signature.petition_key, +1, drop_cached=False)
    return stored


def send_the_link_again(petition_key, email_normalized: str) -> None:
    """A repeat sign-on whose signature still awaits confirmation gets a fresh link by email.

    So an expired or lost link, or someone else signing with this address first, never locks the
    owner of the address out. At most once per SIGNON_RESEND_SECONDS; the answer to the repeat is
    the same either way, so it tells nobody whether the address had signed.
    """
    from .tasks import send_sign_on_email

    pending = (
        Signature.objects.filter(
            petition_key=petition_key,
            email_normalized=email_normalized,
            status=SignatureStatus.PENDING,
        )
        .values_list("pk", flat=True)
        .first()
    )
    if pending and cache.add(f"signons:resend:{pending}", 1, settings.SIGNON_RESEND_SECONDS):
        transaction.on_commit(lambda: send_sign_on_email.enqueue(pending), robust=True)


def confirm_sign_on(token: str) -> tuple[ConfirmResult, Signature | None]:
    """Confirm the pending signature this emailed token belongs to; a second click is harmless."""
    signature = Signature.objects.filter(confirmation_token_hash=hash_token(token)).first()
    if signature is None:
        return ConfirmResult.UNKNOWN, None
    if signature.status == SignatureStatus.CONFIRMED:
        return ConfirmResult.ALREADY_CONFIRMED, signature
    if signature.status != SignatureStatus.PENDING:
        return ConfirmResult.UNKNOWN, None
    sent_at = signature.confirmation_sent_at or signature.created_at
    if timezone.now() - sent_at > timedelta(days=settings.SIGNON_CONFIRMATION_DAYS):
        return ConfirmResult.EXPIRED, signature
    with transaction.atomic():
        confirmed = Signature.objects.filter(
            pk=signature.pk, status=SignatureStatus.PENDING
        ).update(status=SignatureStatus.CONFIRMED, confirmed_at=timezone.now())
        if not confirmed:  # a simultaneous click got there first
            return ConfirmResult.ALREADY_CONFIRMED, signature
        adjust_count(signature.petition_key, +1)
    signature.refresh_from_db()
    return ConfirmResult.CONFIRMED, signature


def invalidate(signatures) -> int:
    """Mark these signatures invalid and take the confirmed ones off their petitions' counts."""
    with transaction.atomic():
        rows = list(
            signatures.exclude(status=SignatureStatus.INVALIDATED)
            .select_for_update()
            .values_list("pk", "petition_key", "status")
        )
        pks = [pk for pk, _, _ in rows]
        for start in range(0, len(pks), 500):  # stay under every database's parameter limit
            Signature.objects.filter(pk__in=pks[start : start + 500]).update(
                status=SignatureStatus.INVALIDATED
            )
        confirmed = Counter(key for _, key, status in rows if status == SignatureStatus.CONFIRMED)
        for petition_key, number in confirmed.items():
            adjust_count(petition_key, -number)
    return len(rows)
