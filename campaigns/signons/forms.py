"""The sign-on form, built from each petition's own configuration."""

from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .config import SignOnConfig
from .fields import OPTIONAL_FIELDS
from .mailboxes import MAX_LENGTH, normalize_email
from .models import Signature


class SignerEmailField(forms.EmailField):
    """An email address whose normalized form (one mailbox, one signature) also fits."""

    def clean(self, value):
        email = super().clean(value)
        if email and len(normalize_email(email)) > MAX_LENGTH:
            raise ValidationError(_("This email address is too long."), code="max_length")
        return email


class SignOnForm(forms.Form):
    """Name and email always; form_class() adds the petition's optional questions and categories."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = SignerEmailField(
        label=_("Email"),
        max_length=MAX_LENGTH,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean(self):
        return strip_values(super().clean())


def strip_values(cleaned: dict) -> dict:
    for name, value in cleaned.items():
        if isinstance(value, str):
            cleaned[name] = value.strip()
    return cleaned


# What browsers may fill each optional question with (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {
    "title": "honorific-prefix",
    "organisation": "organization",
    "city": "address-level2",
    "region": "address-level1",
    "postal_code": "postal-code",
    "country": "country-name",
    "phone": "tel",
}


def _optional_field(name: str, required: bool) -> forms.Field:
    if name == "comment":
        widget = forms.Textarea(attrs={"rows": 3})
    elif name == "phone":
        widget = forms.TextInput(attrs={"type": "tel", "autocomplete": AUTOCOMPLETE[name]})
    else:
        widget = forms.TextInput(attrs={"autocomplete": AUTOCOMPLETE.get(name, "on")})
    return forms.CharField(
        label=OPTIONAL_FIELDS[name],
        max_length=Signature._meta.get_field(name).max_length,
        required=required,
        widget=widget,
    )


@lru_cache(maxsize=512)
def _form_class(
    signer_fields: tuple[tuple[str, bool], ...],
    category_labels: tuple[tuple[str, str], ...],
    list_signers: bool,
    updates_box: str,
    partner_optins: tuple[tuple[str, str], ...] = (),
) -> type[SignOnForm]:
    fields = {
        name: _optional_field(name, required)
        for name, required in signer_fields
        if name in OPTIONAL_FIELDS
    }
    if category_labels:
        fields["category"] = forms.ChoiceField(
            label=_("I sign as"), choices=[("", "—"), *category_labels], required=False
        )
    if list_signers:
        fields["list_publicly"] = forms.BooleanField(
            label=_("List my name publicly as a signer"), required=False
        )
    if updates_box:  # the editor's own words, unticked (consent must be given, not assumed)
        fields["updates"] = forms.BooleanField(label=updates_box, required=False)
    for code, wording in partner_optins:  # unticked too: sharing is each signer's choice
        fields[share_field(code)] = forms.BooleanField(label=wording, required=False)
    return type("SignOnForm", (SignOnForm,), fields)


def share_field(partner_code: str) -> str:
    """The form field of the box "Share my name and email with <partner>"."""
    return f"share_with_{partner_code}"


def form_class(config: SignOnConfig) -> type[SignOnForm]:
    """The form class for this configuration, built once and kept (labels translate lazily)."""
    updates_box = config.updates_wording if config.asks_for_updates else ""
    return _form_class(
        config.signer_fields,
        config.category_labels,
        config.list_signers,
        updates_box,
        config.partner_optins,
    )


def form_for_petition(config: SignOnConfig, data=None) -> SignOnForm:
    return form_class(config)(data, prefix=None)


def clean_sign_on(config: SignOnConfig, data) -> dict | None:
    """The cleaned values of a valid sign-on, or None (then build the form to show why).

    It runs the form class's own fields, so the rules are the form's, without building a form:
    a form deep-copies every field and widget, which was a large share of a sign-on's Python.
    Field.clean() keeps no state, so the class's fields can serve every request.
    """
    cleaned = {}
    for name, field in form_class(config).base_fields.items():
        try:
            cleaned[name] = field.clean(field.widget.value_from_datadict(data, None, name))
        except ValidationError:
            return None
    return strip_values(cleaned)
