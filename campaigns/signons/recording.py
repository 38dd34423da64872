"""Recording a sign-on: one statement stores the signature, owes it its email, and counts it.

The unique constraint on (petition key, normalized email) decides what is a repeat. A repeat
stores nothing new; it only owes the signer a notice by email (or, while their signature awaits
confirmation, a fresh link), at most once per SIGNON_RESEND_SECONDS, in the same statement a first
sign-on takes, so the answer and the work on the request path are the same either way: nobody
learns from them whether an address had signed.

On PostgreSQL the insert and the count are one statement (a data-modifying WITH), which commits
on its own; elsewhere a transaction holds the two.
"""

from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .admission import SignOnContext
from .config import SignOnConfig
from .fields import OPTIONAL_FIELDS
from .forms import share_field
from .mailboxes import normalize_email
from .models import Email, PetitionCounter, Signature, SignatureStatus, Suppression
from .suppression import mailbox_hash


def record_sign_on(config: SignOnConfig, cleaned: dict, context: SignOnContext) -> bool:
    """Store one sign-on; True if it was new, False if this mailbox had signed already."""
    now = timezone.now()
    confirmed = not config.double_opt_in
    asked = config.updates_consent != "off"
    agreed = config.updates_consent == "implied" or bool(cleaned.get("updates"))
    # A partner's code counts the sign-on under that partner; any other code is kept as its source.
    partner = context.partner if context.partner in config.partner_codes else ""
    source = context.source or ("" if partner else context.partner)
    signature = Signature(
        petition_key=config.petition_key,
        page_id=config.page_id,
        locale=config.language,
        first_name=cleaned["first_name"],
        last_name=cleaned["last_name"],
        email=cleaned["email"],
        email_normalized=normalize_email(cleaned["email"]),
        category=cleaned.get("category", ""),
        list_publicly=bool(cleaned.get("list_publicly")),
        consent_text=config.consent_snapshot,
        consented_at=now,
        updates_agreed=agreed,
        updates_wording=config.updates_wording if asked else "",
        updates_agreed_at=now if agreed else None,
        partner_optins={
            code: wording
            for code, wording in config.partner_optins
            if cleaned.get(share_field(code))
        },
        status=SignatureStatus.CONFIRMED if confirmed else SignatureStatus.PENDING,
        confirmed_at=now if confirmed else None,
        created_at=now,
        ip_hash=context.ip_hash,
        referrer=context.referrer,
        source=source,
        partner=partner,
        utm_source=context.utm.get("utm_source", ""),
        utm_medium=context.utm.get("utm_medium", ""),
        utm_campaign=context.utm.get("utm_campaign", ""),
        email_owed=Email.THANKS if confirmed else Email.CONFIRM,
        email_due_at=now,
        **{name: cleaned[name] for name in OPTIONAL_FIELDS if cleaned.get(name)},
    )
    # Owed to webhooks in the same statement, once confirmed (else when the link is opened).
    signature.webhooks_due_at = now if confirmed and signature.owes_webhooks else None
    return store(signature, counted=confirmed)


def store(signature: Signature, *, counted: bool) -> bool:
    """Insert the signature (and count it if `counted`), or owe the existing one a notice.

    True if the row is new.
    """
    sql, params = _upsert(signature)
    if counted and connection.vendor == "postgresql":
        increment, increment_params = PetitionCounter.increment_statement(
            signature.petition_key, +1, rows_from="stored WHERE stored.new"
        )
        sql = f"WITH stored AS ({sql}), counted AS ({increment}) SELECT new FROM stored"
        params = [*params, *increment_params]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        return bool(row and row[0])
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
        new = bool(row and row[0])
        if counted:
            # Run for a repeat too (adding nothing), so a repeat does the same work as a first.
            increment, (key, shard, delta, _again) = PetitionCounter.increment_statement(
                signature.petition_key, +1, rows_from="(SELECT %s AS new) AS stored WHERE new"
            )
            cursor.execute(increment, [key, shard, delta, new, delta])
    return new


def _upsert(signature: Signature) -> tuple[str, list]:
    """INSERT … ON CONFLICT of the one-signature-per-mailbox constraint, returning whether the
    row is new (its created_at is this sign-on's).

    On a conflict the existing row is owed an email (a notice; a fresh link if still pending)
    unless it already owes one, was invalidated, or was emailed within SIGNON_RESEND_SECONDS.
    """
    meta = Signature._meta
    quote = connection.ops.quote_name
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    table = quote(meta.db_table)
    column = {name: quote(meta.get_field(name).column) for name in ("created_at", "status")}
    owed, due, sent = (quote(name) for name in ("email_owed", "email_due_at", "email_sent_at"))
    email_normalized = quote("email_normalized")

    def prep(name, value):
        return meta.get_field(name).get_db_prep_save(value, connection)

    now = signature.created_at
    # A mailbox on the suppression list is flagged unsubscribed as it signs (suppression.py).
    values = [
        f"CASE WHEN EXISTS (SELECT 1 FROM {quote(Suppression._meta.db_table)} "
        f"WHERE email_hash = %s) THEN %s END"
        if field.name == "unsubscribed_at"
        else "%s"
        for field in fields
    ]
    sql = (
        f"INSERT INTO {table} ({', '.join(quote(field.column) for field in fields)}) "
        f"VALUES ({', '.join(values)}) "
        f"ON CONFLICT ({quote('petition_key')}, {email_normalized}) WHERE NOT ({email_normalized} = '') "
        f"DO UPDATE SET {owed} = CASE WHEN {table}.{column['status']} = %s THEN %s ELSE %s END, "
        f"{due} = %s "
        f"WHERE {table}.{owed} = '' AND {table}.{column['status']} <> %s "
        f"AND ({table}.{sent} IS NULL OR {table}.{sent} < %s) "
        f"RETURNING {column['created_at']} = %s AS new"
    )
    params = []
    for field in fields:
        if field.name == "unsubscribed_at":
            params += [mailbox_hash(signature.email_normalized), prep("unsubscribed_at", now)]
        else:
            params.append(field.get_db_prep_save(field.pre_save(signature, True), connection))
    resend_before = now - timedelta(seconds=settings.SIGNON_RESEND_SECONDS)
    params += [
        SignatureStatus.PENDING.value,
        Email.CONFIRM.value,
        Email.NOTICE.value,
        prep("email_due_at", now),
        SignatureStatus.INVALIDATED.value,
        prep("email_sent_at", resend_before),
        prep("created_at", now),
    ]
    return sql, params
