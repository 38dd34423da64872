"""The optional questions a petition's form may ask, and the block editors pick them with."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Field name on Signature → label shown to signers. Name and email are always asked.
OPTIONAL_FIELDS = {
    "title": _("Title (e.g. Rabbi, Cantor, Rev.)"),
    "organisation": _("Organisation or congregation"),
    "city": _("City"),
    "region": _("State or region"),
    "postal_code": _("Postal code"),
    "country": _("Country"),
    "phone": _("Phone"),
    "comment": _("Comment"),
}

# Fields that identify a person privately: never on public pages, feeds, search or the API.
PRIVATE_FIELDS = ("email", "email_normalized", "phone", "postal_code")


class SignerFieldBlock(blocks.StructBlock):
    """One optional question on the sign-on form."""

    name = blocks.ChoiceBlock(
        choices=[(key, str(label)) for key, label in OPTIONAL_FIELDS.items()], label="Question"
    )
    required = blocks.BooleanBlock(required=False, help_text="Signers must answer it.")

    class Meta:
        icon = "form"
        label = "Question"
