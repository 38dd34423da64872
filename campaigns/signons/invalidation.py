"""Bulk invalidation: pick a petition's signatures by IP hash, email domain or time range."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import Signature, SignatureStatus
from .webhooks import events as webhook_events


class InvalidationForm(forms.Form):
    ip_hash = forms.CharField(
        required=False,
        max_length=64,
        label=_("IP hash"),
        help_text=_("Every signature sent from one network (copy the hash from a signature)."),
    )
    email_domain = forms.CharField(
        required=False,
        max_length=253,
        label=_("Email domain"),
        help_text=_("Every signature whose email ends in this domain, e.g. spam.example."),
    )
    signed_from = forms.DateTimeField(
        label=_("Signed from"), required=False, help_text=_("Signed at or after this time.")
    )
    signed_until = forms.DateTimeField(
        label=_("Signed until"), required=False, help_text=_("Signed before this time.")
    )
    confirm = forms.BooleanField(
        required=False,
        widget=forms.HiddenInput,
        help_text=_("Set once the editor saw the preview."),
    )

    def clean(self):
        cleaned = super().clean()
        criteria = ("ip_hash", "email_domain", "signed_from", "signed_until")
        if not any(cleaned.get(name) for name in criteria):
            raise ValidationError(_("Choose at least one of IP hash, email domain or time range."))
        domain = (cleaned.get("email_domain") or "").strip().lower().lstrip("@")
        cleaned["email_domain"] = domain
        return cleaned


def matching_signatures(
    petition_key, *, ip_hash="", email_domain="", signed_from=None, signed_until=None
):
    """The petition's still-valid signatures that match every criterion given."""
    signatures = Signature.objects.filter(petition_key=petition_key).exclude(
        status=SignatureStatus.INVALIDATED
    )
    if ip_hash:
        signatures = signatures.filter(ip_hash=ip_hash.strip())
    if email_domain:
        signatures = signatures.filter(email_normalized__endswith="@" + email_domain)
    if signed_from:
        signatures = signatures.filter(created_at__gte=signed_from)
    if signed_until:
        signatures = signatures.filter(created_at__lt=signed_until)
    return signatures


def invalidate(signatures) -> int:
    """Invalidate these signatures (they leave the counts) and tell the CRMs that have them."""
    with transaction.atomic():
        webhook_events.invalidated(signatures)
        return signatures.invalidate()
