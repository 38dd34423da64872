"""The sign-on form, built from each petition's own configuration."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .config import SignOnConfig
from .fields import OPTIONAL_FIELDS
from .models import Signature


class SignOnForm(forms.Form):
    """Name and email always; the petition adds its optional questions and categories."""

    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    email = forms.EmailField(label=_("Email"), max_length=254)

    def __init__(self, *args, config: SignOnConfig, **kwargs):
        super().__init__(*args, **kwargs)
        self.config = config
        for name, required in config.signer_fields:
            if name not in OPTIONAL_FIELDS or name in self.fields:
                continue
            model_field = Signature._meta.get_field(name)
            field_class = forms.CharField
            widget = forms.Textarea(attrs={"rows": 3}) if name == "comment" else None
            self.fields[name] = field_class(
                label=OPTIONAL_FIELDS[name],
                max_length=model_field.max_length,
                required=required,
                widget=widget,
            )
        if config.category_labels:
            self.fields["category"] = forms.ChoiceField(
                label=_("I sign as"),
                choices=[("", "—"), *config.category_labels],
                required=False,
            )
        if config.list_signers:
            self.fields["list_publicly"] = forms.BooleanField(
                label=_("List my name publicly as a signer"), required=False
            )

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = value.strip()
        return cleaned


def form_for_petition(config: SignOnConfig, data=None) -> SignOnForm:
    return SignOnForm(data, config=config, prefix=None)
