"""The Signature a signer leaves (also the outbox of what it is owed), and the count's shards."""

import random
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignatureStatus(models.TextChoices):
    PENDING = "pending", _("Pending confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    INVALIDATED = "invalidated", _("Invalidated")


class Email(models.TextChoices):
    """The email a signature is owed, sent by the delivery worker (delivery.py)."""

    CONFIRM = "confirm", _("confirmation link")
    THANKS = "thanks", _("thank-you")
    NOTICE = "notice", _("already-signed notice")


class SignatureQuerySet(models.QuerySet):
    def for_petition(self, petition_key):
        return self.filter(petition_key=petition_key)

    def confirmed(self):
        return self.filter(status=SignatureStatus.CONFIRMED)

    def email_due(self, now=None):
        """Signatures owed an email whose (next) attempt is due, the longest-waiting first."""
        return self.filter(email_due_at__lte=now or timezone.now()).order_by("email_due_at")

    def webhooks_due(self, now=None):
        """Signatures owed to webhooks (webhooks/sending.py), the longest-waiting first."""
        return self.filter(webhooks_due_at__lte=now or timezone.now()).order_by("webhooks_due_at")

    def email_failed(self):
        """Signatures whose email could not be sent after every retry."""
        return self.filter(email_failed_at__isnull=False).exclude(email_owed="")

    def invalidate(self) -> int:
        """Mark these signatures invalid; confirmed ones leave their petitions' counts."""
        return self._leave(
            lambda rows: rows.update(status=SignatureStatus.INVALIDATED),
            self.exclude(status=SignatureStatus.INVALIDATED),
        )

    def remove(self) -> int:
        """Delete these signatures; confirmed ones leave their petitions' counts."""
        return self._leave(lambda rows: rows.delete(), self)

    def _leave(self, change, signatures) -> int:
        """Apply `change` to the locked rows of `signatures` and lower the counts of the
        petitions whose confirmed signatures it took, all in one transaction.

        Locked, so a confirmation arriving meanwhile cannot slip between counting and changing.
        """
        with transaction.atomic():
            rows = list(signatures.select_for_update().values_list("pk", "petition_key", "status"))
            pks = [pk for pk, _key, _status in rows]
            for start in range(0, len(pks), 500):  # under every database's parameter limit
                change(Signature.objects.filter(pk__in=pks[start : start + 500]))
            confirmed = Counter(
                key for _pk, key, status in rows if status == SignatureStatus.CONFIRMED
            )
            for petition_key, number in confirmed.items():
                PetitionCounter.objects.add(petition_key, -number)
        return len(rows)


class Signature(models.Model):
    """One person's sign-on to a petition, across all its translations.

    The row is also its own outbox: `email_owed` says which email it still needs and
    `email_due_at` when to try, set in the same statement that stores the sign-on, so an
    acknowledged sign-on can never lose its email. Privacy classes: fields.py.
    """

    petition_key = models.UUIDField(
        help_text=_("The petition's translation key, shared by its translations."),
        verbose_name=_("petition key"),
    )
    # Deleting a page keeps its signatures: they still belong to the petition key.
    page = models.ForeignKey(
        "campaigns.PetitionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
        verbose_name=_("page"),
    )
    locale = models.CharField(_("language"), max_length=20, blank=True)

    title = models.CharField(_("title"), max_length=60, blank=True)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    email = models.CharField(_("email"), max_length=254, blank=True)
    email_normalized = models.CharField(
        max_length=254, blank=True, verbose_name=_("email normalized")
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("state or region"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    category = models.CharField(_("category"), max_length=64, blank=True)
    comment = models.TextField(_("comment"), max_length=2000, blank=True)

    consent_text = models.TextField(_("consent wording shown"), blank=True)
    consented_at = models.DateTimeField(_("consented at"), null=True, blank=True)
    # Consent to hear from the coalition, apart from signing (the petition's updates_consent).
    updates_agreed = models.BooleanField(_("agreed to updates"), default=False)
    updates_wording = models.TextField(_("updates wording shown"), blank=True)
    updates_agreed_at = models.DateTimeField(_("agreed to updates at"), null=True, blank=True)
    # When this mailbox unsubscribed (suppression.py): never in a mailing export again.
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    # The partners the signer agreed to share their name and email with: {code: wording shown}.
    partner_optins = models.JSONField(_("shared with partners"), default=dict, blank=True)
    list_publicly = models.BooleanField(_("agreed to be listed"), default=False)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Leave this signer off the public list of signers.")
    )

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SignatureStatus.choices,
        default=SignatureStatus.PENDING,
    )
    created_at = models.DateTimeField(_("signed at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # When the latest confirmation link was emailed (retention counts from here).
    confirmation_sent_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("confirmation sent at")
    )
    anonymized_at = models.DateTimeField(_("anonymized at"), null=True, blank=True)

    ip_hash = models.CharField(_("IP hash"), max_length=64, blank=True)
    referrer = models.CharField(_("referrer"), max_length=500, blank=True)
    source = models.CharField(_("source"), max_length=100, blank=True)
    utm_source = models.CharField(max_length=100, blank=True, verbose_name=_("utm source"))
    utm_medium = models.CharField(max_length=100, blank=True, verbose_name=_("utm medium"))
    utm_campaign = models.CharField(max_length=100, blank=True, verbose_name=_("utm campaign"))
    # The coalition partner whose embed the sign-on came through (its code; others: source).
    partner = models.CharField(_("partner"), max_length=40, blank=True)

    # The outbox (delivery.py): what email is owed, when to try, how the tries went.
    email_owed = models.CharField(_("email owed"), max_length=10, choices=Email.choices, blank=True)
    email_due_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email due at"))
    email_attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("email attempts"))
    email_error = models.CharField(_("last email error"), max_length=300, blank=True)
    email_sent_at = models.DateTimeField(_("last email sent at"), null=True, blank=True)
    email_failed_at = models.DateTimeField(_("email given up at"), null=True, blank=True)
    # Owed to webhooks (webhooks/sending.py): set as the signature is confirmed, when its signer
    # agreed to updates or to share with a partner (nobody else is ever sent), until fanned out.
    webhooks_due_at = models.DateTimeField(null=True, blank=True, verbose_name=_("webhooks due at"))

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            # Anonymized signatures have no email left, so they are exempt.
            models.UniqueConstraint(
                fields=["petition_key", "email_normalized"],
                condition=~Q(email_normalized=""),
                name="one_signature_per_email_per_petition",
            )
        ]
        # Every index is written on every sign-on, so there are only the ones reads need. The
        # petition key leads this one and the unique constraint's; the IP hash is only ever
        # looked up whole (no LIKE, so none of the pattern indexes db_index would add on
        # PostgreSQL); only rows owed an email are in the delivery worker's index, so claiming
        # the next batch costs the same with ten or a hundred thousand waiting.
        indexes = [
            models.Index(fields=["petition_key", "status", "id"]),
            models.Index(fields=["ip_hash"], name="signature_ip_hash"),
            models.Index(
                fields=["email_due_at"],
                condition=Q(email_due_at__isnull=False),
                name="signature_email_due",
            ),
            models.Index(
                fields=["webhooks_due_at"],
                condition=Q(webhooks_due_at__isnull=False),
                name="signature_webhooks_due",
            ),
        ]
        permissions = [
            ("export_signature", "Can export signatures"),
            ("erase_signature", "Can erase signatures"),
            ("hide_signature", "Can hide signers from the public list"),
        ]

    def __str__(self) -> str:
        # Not the signer's name: this label is stored in audit log entries, which editors can see.
        return _("Signature %(number)s") % {"number": self.pk}

    def delete(self, *args, **kwargs):
        """Deleting a confirmed signature takes it off the petition's count in the same transaction."""
        number = Signature.objects.filter(pk=self.pk).remove()
        return number, {self._meta.label: number}

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def owes_webhooks(self) -> bool:
        """Whether a webhook may ever be sent this signer (webhooks/events.py says which): they
        agreed to updates or to share their details with a partner."""
        return self.updates_agreed or bool(self.partner_optins)


def count_cache_key(petition_key) -> str:
    """Where a petition's count is cached for a few seconds (counting.py reads it)."""
    return f"signons:count:{petition_key}"


class Suppression(models.Model):
    """A mailbox that unsubscribed, by a keyed hash of its normalized address: it applies to
    every petition, now and later, and outlives the signatures (anonymization and erasure)."""

    email_hash = models.CharField(max_length=64, unique=True, verbose_name=_("email hash"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("unsubscribed mailbox")

    def __str__(self) -> str:
        return f"Unsubscribed mailbox {self.pk}"


class ErasureRequest(models.Model):
    """Someone asked to erase every signature of a mailbox. Kept only until the link emailed to
    that mailbox is used or expires (retention.py); an outbox like Signature's."""

    email = models.CharField(max_length=254, verbose_name=_("email"))
    locale = models.CharField(max_length=20, blank=True, verbose_name=_("locale"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("created at"))
    email_due_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email due at"))
    email_attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("email attempts"))
    email_error = models.CharField(max_length=300, blank=True, verbose_name=_("email error"))
    email_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email sent at"))
    email_failed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email failed at"))

    class Meta:
        indexes = [
            models.Index(
                fields=["email_due_at"],
                condition=Q(email_due_at__isnull=False),
                name="erasure_request_email_due",
            )
        ]

    def __str__(self) -> str:
        return f"Erasure request {self.pk}"


class PetitionCounterQuerySet(models.QuerySet):
    def add(self, petition_key, delta: int, *, drop_cached: bool = True) -> None:
        """Add `delta` to the petition's count; call inside the transaction that changed
        signatures. The cached count is dropped when the change commits, unless `drop_cached`
        is False."""
        if not delta:
            return
        with connection.cursor() as cursor:
            cursor.execute(*PetitionCounter.increment_statement(petition_key, delta))
        if drop_cached:
            transaction.on_commit(lambda: cache.delete(count_cache_key(petition_key)))


class PetitionCounter(models.Model):
    """One shard of a petition's count; the count is the sum of a petition's shards.

    Every confirmed sign-on adds one to a randomly chosen shard in the same statement or
    transaction that stores it, so concurrent sign-ons rarely wait on the same row.
    """

    petition_key = models.UUIDField(verbose_name=_("petition key"))
    shard = models.PositiveSmallIntegerField(verbose_name=_("shard"))
    count = models.BigIntegerField(default=0, verbose_name=_("count"))

    objects = PetitionCounterQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["petition_key", "shard"], name="one_row_per_shard")
        ]

    def __str__(self) -> str:
        return f"{self.petition_key} shard {self.shard}: {self.count}"

    @classmethod
    def increment_statement(
        cls, petition_key, delta: int, *, rows_from: str = ""
    ) -> tuple[str, list]:
        """An upsert adding `delta` to one randomly chosen shard of the petition's count.

        One statement whether or not the shard has a row yet (PostgreSQL and SQLite both know
        ON CONFLICT): no savepoint or retry. With `rows_from` (a table, e.g. a WITH query's name
        and condition) it adds `delta` once for each row there, which for a one-row
        INSERT … RETURNING means "only if the row went in".
        """
        meta = cls._meta
        table, count = (connection.ops.quote_name(name) for name in (meta.db_table, "count"))
        key = meta.get_field("petition_key").get_db_prep_value(petition_key, connection)
        source = f"SELECT %s, %s, %s FROM {rows_from}" if rows_from else "VALUES (%s, %s, %s)"
        sql = (
            f"INSERT INTO {table} (petition_key, shard, {count}) {source} "
            f"ON CONFLICT (petition_key, shard) DO UPDATE SET {count} = {table}.{count} + %s"
        )
        return sql, [key, random.randrange(settings.SIGNON_COUNTER_SHARDS), delta, delta]
