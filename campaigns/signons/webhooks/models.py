"""Webhooks staff configure, and the log of every delivery, which is also its outbox."""

import base64
import secrets
import uuid
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..models import Signature

# Addresses a webhook may use without TLS: a receiver on the same machine.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class Event(models.TextChoices):
    SIGNATURE_CONFIRMED = "signature.confirmed", _("Signature confirmed")
    SIGNATURE_INVALIDATED = "signature.invalidated", _("Signature invalidated")
    SIGNER_UNSUBSCRIBED = "signer.unsubscribed", _("Signer unsubscribed")
    SIGNER_ERASED = "signer.erased", _("Signer erased")


# The webhook's switch for each event.
EVENT_FIELDS = {
    Event.SIGNATURE_CONFIRMED: "sends_confirmed",
    Event.SIGNATURE_INVALIDATED: "sends_invalidated",
    Event.SIGNER_UNSUBSCRIBED: "sends_unsubscribed",
    Event.SIGNER_ERASED: "sends_erased",
}


def new_secret() -> str:
    """A signing secret in the Standard Webhooks format: whsec_ and 24 random bytes, base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


class Webhook(ClusterableModel):
    """An address (a CRM's) that receives sign-on events, signed with its own secret."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For staff, e.g. “Coalition Action Network”.")
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        help_text=_(
            "Where each event is sent (an HTTPS address), e.g. the webhook address your CRM gives."
        ),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=100,
        default=new_secret,
        help_text=_(
            "Shared with the receiver only: it checks each delivery's signature with it. Replace "
            "it to rotate; deliveries are signed with the secret at the time they are sent."
        ),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to stop sending; nothing is queued.")
    )
    partner = models.ForeignKey(
        "resources.PartnerPage",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A partner's CRM gets only the signers who agreed to share their name and email "
            "with that partner. Empty: the coalition's own CRM, which gets every signer who "
            "agreed to updates."
        ),
    )
    petitions = ParentalManyToManyField(
        "campaigns.PetitionPage",
        verbose_name=_("petitions"),
        blank=True,
        related_name="+",
        help_text=_("Only these petitions' sign-ons. None ticked: every petition."),
    )
    sends_confirmed = models.BooleanField(_("a signature is confirmed"), default=True)
    sends_invalidated = models.BooleanField(_("a signature is invalidated"), default=True)
    sends_unsubscribed = models.BooleanField(_("a signer unsubscribes"), default=True)
    sends_erased = models.BooleanField(_("a signer is erased"), default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        FieldPanel("active"),
        FieldPanel("partner"),
        FieldPanel("petitions"),
        MultiFieldPanel(
            [
                FieldPanel("sends_confirmed"),
                FieldPanel("sends_invalidated"),
                FieldPanel("sends_unsubscribed"),
                FieldPanel("sends_erased"),
            ],
            heading=_("Events sent"),
        ),
    ]

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        parts = urlsplit(self.url or "")
        if parts.scheme != "https" and parts.hostname not in LOCAL_HOSTS:
            raise ValidationError(
                {"url": _("Use an https:// address: deliveries carry signers' names and emails.")}
            )

    def sends(self, event: Event) -> bool:
        return self.active and getattr(self, EVENT_FIELDS[event])


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed after every retry")


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now=None):
        """Deliveries whose (next) attempt is due, the longest-waiting first."""
        return self.filter(due_at__lte=now or timezone.now()).order_by("due_at")

    def failed(self):
        return self.filter(status=DeliveryStatus.FAILED)

    def send_again(self) -> int:
        """Give these deliveries a fresh set of retries, starting now (same idempotency key)."""
        return self.update(
            status=DeliveryStatus.PENDING,
            due_at=timezone.now(),
            attempts=0,
            failed_at=None,
            last_error="",
        )


class WebhookDelivery(models.Model):
    """One event sent to one webhook: the log staff read, and the outbox the worker sends from.

    The event id is the idempotency key, the same on every retry and for every webhook the event
    goes to. The body is built from the signature when sent; only an erasure, whose signature is
    gone, keeps the little it needs (the address) until it is delivered.
    """

    webhook = models.ForeignKey(
        Webhook, verbose_name=_("webhook"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=30, choices=Event.choices)
    event_id = models.UUIDField(_("idempotency key"), default=uuid.uuid4)
    # Erasing a signature takes its deliveries with it: nothing of that person is left to send.
    signature = models.ForeignKey(
        Signature,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("signature"),
    )
    petition_key = models.UUIDField(null=True, blank=True, verbose_name=_("petition key"))
    body = models.JSONField(null=True, blank=True, verbose_name=_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    due_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    response_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    failed_at = models.DateTimeField(_("given up at"), null=True, blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["event_id", "webhook"], name="one_delivery_per_event")
        ]
        indexes = [
            models.Index(
                fields=["due_at"], condition=Q(due_at__isnull=False), name="webhook_delivery_due"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()} → {self.webhook}"
