"""The petition editor's form: it refuses settings that would break the public sign-on form,
with a message beside the field an editor has to change."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from campaigns.signons.fields import OPTIONAL_FIELDS, PUBLIC_FIELDS


class PetitionEditorForm(WagtailAdminPageForm):
    """The admin's add and edit form of a petition, pledge or sign-on letter."""

    def clean(self):
        cleaned = super().clean()
        self.check_questions(cleaned.get("signer_fields"))
        self.check_signer_list(cleaned)
        self.check_categories(cleaned.get("categories"))
        self.check_dates(cleaned.get("opens_at"), cleaned.get("closes_at"))
        goal = cleaned.get("goal")
        if goal is not None and goal <= 0:
            self.add_error(
                "goal", gettext("Set a goal above zero: readers see the count measured against it.")
            )
        return cleaned

    def check_questions(self, questions) -> None:
        """Each question is chosen, and asked once (a required one must be a real question)."""
        if questions is None:
            return
        errors, asked = {}, set()
        for index, block in enumerate(questions):
            name, required = block.value.get("name"), block.value.get("required")
            if not name and required:
                message = gettext(
                    "Choose the question signers must answer, or untick Signers must answer."
                )
            elif not name:
                message = gettext("Choose a question, or delete this one.")
            elif name in asked:
                message = gettext("This question is already asked above: ask each question once.")
            else:
                asked.add(name)
                continue
            errors[index] = StructBlockValidationError({"name": ValidationError(message)})
        if errors:
            self.add_error("signer_fields", StreamBlockValidationError(block_errors=errors))

    def check_signer_list(self, cleaned) -> None:
        """The public list shows only what the form asks (the name is always asked); the map
        places signers by the postal code they give."""
        if cleaned.get("signer_fields") is None:
            return
        asked = {block.value.get("name") for block in cleaned["signer_fields"]}
        if cleaned.get("show_signers_map") and "postal_code" not in asked:
            self.add_error(
                "show_signers_map",
                gettext(
                    "The map places signers by their postal code, which the form does not ask: "
                    "add the Postal code question on the Sign-on form tab, or untick this box."
                ),
            )
        if not cleaned.get("list_signers"):
            return
        for name in PUBLIC_FIELDS:
            shown = f"list_shows_{name}"
            if cleaned.get(shown) and name in OPTIONAL_FIELDS and name not in asked:
                self.add_error(
                    shown,
                    gettext(
                        "The sign-on form does not ask for this (%(question)s), so the list "
                        "would show nothing here: add the question on the Sign-on form tab, "
                        "or untick this box."
                    )
                    % {"question": OPTIONAL_FIELDS[name]},
                )

    def check_categories(self, categories) -> None:
        """Signers choose a category by its name, so no two may be called the same."""
        if categories is None:
            return
        errors, seen = {}, set()
        for index, block in enumerate(categories):
            name = " ".join(str(block.value).split()).casefold()
            if name in seen:
                errors[index] = ValidationError(
                    gettext(
                        "Another category above has this name: signers could not tell them "
                        "apart. Give each category its own name."
                    )
                )
            seen.add(name)
        if errors:
            self.add_error("categories", StreamBlockValidationError(block_errors=errors))

    def check_dates(self, opens_at, closes_at) -> None:
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error(
                "closes_at",
                gettext(
                    "The petition would close before it opens: choose a closing time after the "
                    "opening time."
                ),
            )
