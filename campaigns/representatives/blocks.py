"""The "Contact your members of Congress" action: a reader's ZIP gives their own members."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .contact import PLACEHOLDERS, Chambers, contact_result, unknown_placeholders

PLACEHOLDER_HELP = _(
    "Placeholders: {member} the member's name, {title} Senator, Representative…, {state} the "
    "reader's state."
)


class ContactCongressBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=200,
        label=_("Heading"),
        default=_("Call your members of Congress"),
        help_text=_("e.g. 'Call your senators and representative'."),
    )
    intro = blocks.TextBlock(
        required=False,
        label=_("Introduction"),
        help_text=_("Why calling matters now, shown above the ZIP code box."),
    )
    chambers = blocks.ChoiceBlock(
        choices=[
            (Chambers.BOTH, _("Senators and representative")),
            (Chambers.SENATE, _("Senators only")),
            (Chambers.HOUSE, _("Representative only")),
        ],
        default=Chambers.BOTH,
        label=_("Who to contact"),
        help_text=_("DC and the territories have no senators: their readers get their delegate."),
    )
    script = blocks.TextBlock(
        label=_("Phone script"),
        help_text=format_lazy(
            "{} {}", _("What to say on the phone, as the caller speaks."), PLACEHOLDER_HELP
        ),
    )
    social_post = blocks.TextBlock(
        required=False,
        label=_("Social media post"),
        max_length=240,
        help_text=format_lazy(
            "{} {}",
            _("A post to each member; their accounts are put in front of it."),
            PLACEHOLDER_HELP,
        ),
    )
    count_calls = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Count calls"),
        help_text=_("Show an 'I called' button after each member and how many calls were made."),
    )

    class Meta:
        icon = "group"
        label = _("Contact your members of Congress")
        template = "components/blocks/contact_congress.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for name in ("script", "social_post"):
            unknown = unknown_placeholders(value.get(name) or "")
            if unknown:
                errors[name] = ValidationError(
                    _("Unknown placeholder %(unknown)s: use %(known)s."),
                    params={
                        "unknown": ", ".join(unknown),
                        "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                    },
                )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        from .calls import total_calls

        context = super().get_context(value, parent_context=parent_context)
        request, page = context.get("request"), context.get("page")
        block_id = own_block_id(page, value)
        read = request is not None and request.method == "GET"
        context["result"] = contact_result(
            request.GET if read else {},
            value=value,
            page=page,
            block_id=block_id,
            calls=total_calls(page.translation_key) if page and value["count_calls"] else 0,
            # A page answering a POST (a sign-on's thank-you) cannot take the ZIP form back.
            path=request.path if read else "",
        )
        return context


def contact_blocks(page):
    """(block id, value) of every contact block in the page's StreamFields."""
    from wagtail.fields import StreamField

    for model_field in type(page)._meta.get_fields():
        if isinstance(model_field, StreamField):
            for child in getattr(page, model_field.name):
                if isinstance(child.block, ContactCongressBlock):
                    yield child.id, child.value


def own_block_id(page, value) -> str:
    """The id of the block being rendered, so the in-place lookup can ask for its settings."""
    if page is None:
        return ""
    return next((block_id for block_id, child in contact_blocks(page) if child is value), "")
