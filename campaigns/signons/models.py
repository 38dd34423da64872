"""The Signature a signer leaves, and the sharded counter that keeps a petition's count exact."""

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignatureStatus(models.TextChoices):
    PENDING = "pending", _("Pending confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    INVALIDATED = "invalidated", _("Invalidated")


class Signature(models.Model):
    """One person's sign-on to a petition, across all its translations."""

    petition_key = models.UUIDField(
        help_text="The petition's translation key, shared by its translations."
    )
    # Deleting a page keeps its signatures: they still belong to the petition key.
    page = models.ForeignKey(
        "campaigns.PetitionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
    )
    locale = models.CharField(max_length=20, blank=True)

    title = models.CharField(max_length=60, blank=True)
    first_name = models.CharField(max_length=100, blank=True)
    last_name = models.CharField(max_length=100, blank=True)
    email = models.CharField(max_length=254, blank=True)
    email_normalized = models.CharField(max_length=254, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    region = models.CharField(max_length=100, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=100, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    category = models.CharField(max_length=64, blank=True)
    comment = models.TextField(max_length=2000, blank=True)

    consent_text = models.TextField(blank=True)
    consented_at = models.DateTimeField(null=True, blank=True)
    list_publicly = models.BooleanField(default=False)
    hidden = models.BooleanField(
        default=False, help_text="Leave this signer off the public list of signers."
    )

    status = models.CharField(
        max_length=20, choices=SignatureStatus.choices, default=SignatureStatus.PENDING
    )
    confirmation_token_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # When the latest confirmation link was emailed: the link's lifetime runs from here.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    anonymized_at = models.DateTimeField(null=True, blank=True)

    ip_hash = models.CharField(max_length=64, blank=True)
    referrer = models.CharField(max_length=500, blank=True)
    source = models.CharField(max_length=100, blank=True)
    utm_source = models.CharField(max_length=100, blank=True)
    utm_medium = models.CharField(max_length=100, blank=True)
    utm_campaign = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = "signature"
        constraints = [
            # Anonymized signatures have no email left, so they are exempt.
            models.UniqueConstraint(
                fields=["petition_key", "email_normalized"],
                condition=~Q(email_normalized=""),
                name="one_signature_per_email_per_petition",
            )
        ]
        # Every index is written on every sign-on, so there are only the ones reads need. The
        # petition key leads this one and the unique constraint's; the hashes are only ever
        # looked up whole (no LIKE, so none of the pattern indexes db_index would add on
        # PostgreSQL); signatures confirmed at once have no token to index.
        indexes = [
            models.Index(fields=["petition_key", "status", "id"]),
            models.Index(fields=["ip_hash"], name="signature_ip_hash"),
            models.Index(
                fields=["confirmation_token_hash"],
                condition=~Q(confirmation_token_hash=""),
                name="signature_pending_token",
            ),
        ]
        permissions = [
            ("export_signature", "Can export signatures"),
            ("erase_signature", "Can erase signatures"),
            ("hide_signature", "Can hide signers from the public list"),
        ]

    def __str__(self) -> str:
        # Not the signer's name: this label is stored in audit log entries, which editors can see.
        return f"Signature {self.pk}"

    def delete(self, *args, **kwargs):
        """Deleting a confirmed signature takes it off the petition's count in the same transaction."""
        from .counting import adjust_count

        with transaction.atomic():
            # Locked, so a confirmation arriving meanwhile cannot slip between check and delete.
            counted = (
                Signature.objects.select_for_update()
                .filter(pk=self.pk, status=SignatureStatus.CONFIRMED)
                .exists()
            )
            result = super().delete(*args, **kwargs)
            if counted:
                adjust_count(self.petition_key, -1)
        return result

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class PetitionCounter(models.Model):
    """One shard of a petition's count; the count is the sum of a petition's shards."""

    petition_key = models.UUIDField()
    shard = models.PositiveSmallIntegerField()
    count = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["petition_key", "shard"], name="one_row_per_shard")
        ]

    def __str__(self) -> str:
        return f"{self.petition_key} shard {self.shard}: {self.count}"
