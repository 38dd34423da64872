"""Every field a signature holds, declared once with its privacy class.

The declaration drives the sign-on form's optional questions, the public signer list, the CSV
export, anonymization and the admin: a field added to Signature must be declared here (a test
checks), so deciding who may see it is part of adding it.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class Privacy(models.TextChoices):
    # Shown on the public signer list when the signer agreed to be listed and the petition shows it.
    PUBLIC = "public", _("public if the signer agrees")
    # Identifies or reaches one person: never on a public page, feed, search result or the API.
    PERSONAL = "personal", _("personal")
    # Bookkeeping about the sign-on, kept when the signature is anonymized.
    INTERNAL = "internal", _("internal")


@dataclass(frozen=True)
class SignatureField:
    name: str
    privacy: Privacy
    # An optional question editors may add to the form, with the label signers see.
    question: str = ""
    # Coarse enough to keep for reports after anonymization (region, country).
    kept_when_anonymized: bool = False
    # In the data officers' CSV export (hashes and derived values are not).
    exported: bool = True

    @property
    def anonymized(self) -> bool:
        """Blanked when the signature is anonymized."""
        return self.privacy != Privacy.INTERNAL and not self.kept_when_anonymized


PUBLIC, PERSONAL, INTERNAL = Privacy.PUBLIC, Privacy.PERSONAL, Privacy.INTERNAL

SIGNATURE_FIELDS = (
    SignatureField("title", PUBLIC, _("Title (e.g. Rabbi, Cantor, Rev.)")),
    SignatureField("first_name", PUBLIC),
    SignatureField("last_name", PUBLIC),
    SignatureField("email", PERSONAL),
    SignatureField("email_normalized", PERSONAL, exported=False),
    SignatureField("organisation", PUBLIC, _("Organisation or congregation")),
    SignatureField("city", PUBLIC, _("City")),
    SignatureField("region", PUBLIC, _("State or region"), kept_when_anonymized=True),
    SignatureField("postal_code", PERSONAL, _("Postal code")),
    SignatureField("country", PUBLIC, _("Country"), kept_when_anonymized=True),
    SignatureField("phone", PERSONAL, _("Phone")),
    SignatureField("comment", PERSONAL, _("Comment")),
    SignatureField("ip_hash", PERSONAL, exported=False),
    SignatureField("referrer", PERSONAL, exported=False),
    SignatureField("category", INTERNAL),
    SignatureField("list_publicly", INTERNAL),
    SignatureField("hidden", INTERNAL, exported=False),
    SignatureField("consent_text", INTERNAL),
    SignatureField("consented_at", INTERNAL),
    SignatureField("updates_agreed", INTERNAL),
    SignatureField("updates_wording", INTERNAL),
    SignatureField("updates_agreed_at", INTERNAL),
    SignatureField("unsubscribed_at", INTERNAL),
    SignatureField("partner_optins", INTERNAL),
    SignatureField("status", INTERNAL, exported=False),
    SignatureField("created_at", INTERNAL),
    SignatureField("confirmed_at", INTERNAL),
    SignatureField("anonymized_at", INTERNAL, exported=False),
    SignatureField("locale", INTERNAL),
    SignatureField("source", INTERNAL),
    SignatureField("utm_source", INTERNAL),
    SignatureField("utm_medium", INTERNAL),
    SignatureField("utm_campaign", INTERNAL),
    SignatureField("partner", INTERNAL),
    SignatureField("petition_key", INTERNAL, exported=False),
    SignatureField("confirmation_sent_at", INTERNAL, exported=False),
    # The outbox (delivery.py).
    SignatureField("email_owed", INTERNAL, exported=False),
    SignatureField("email_due_at", INTERNAL, exported=False),
    SignatureField("email_attempts", INTERNAL, exported=False),
    SignatureField("email_error", INTERNAL, exported=False),
    SignatureField("email_sent_at", INTERNAL, exported=False),
    SignatureField("email_failed_at", INTERNAL, exported=False),
    SignatureField("webhooks_due_at", INTERNAL, exported=False),
)
FIELDS = {field.name: field for field in SIGNATURE_FIELDS}

# Optional question → label shown to signers. Name and email are always asked.
OPTIONAL_FIELDS = {field.name: field.question for field in SIGNATURE_FIELDS if field.question}
# What the public list may show of a listed signer (each petition picks among them).
PUBLIC_FIELDS = tuple(field.name for field in SIGNATURE_FIELDS if field.privacy == PUBLIC)
PERSONAL_FIELDS = tuple(field.name for field in SIGNATURE_FIELDS if field.privacy == PERSONAL)
ANONYMIZED_FIELDS = tuple(field.name for field in SIGNATURE_FIELDS if field.anonymized)
EXPORTED_FIELDS = tuple(field.name for field in SIGNATURE_FIELDS if field.exported)


class SignerFieldBlock(blocks.StructBlock):
    """One optional question on the sign-on form."""

    # Not required here, so the petition editor can say what is missing (petition_editor.py).
    name = blocks.ChoiceBlock(
        choices=list(OPTIONAL_FIELDS.items()), required=False, label=_("Question")
    )
    required = blocks.BooleanBlock(
        required=False,
        label=_("Signers must answer"),
        help_text=_("Ticked: the form refuses a sign-on without it. Unticked: marked optional."),
    )

    class Meta:
        icon = "form"
        label = _("Question")
