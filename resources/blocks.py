"""Blocks of a partner's page: its own partners as a wall of logos, and a footnote for a term."""

from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from home.blocks import BodyBlock, SynchronizedCharBlock
from home.listings import attach_card_images, live_pages_in_order


class PartnersValue(blocks.StructValue):
    def live_partners(self) -> list:
        """The chosen partners in the reader's language where translated, live and public ones
        only, with their logos (a few queries, however many partners; as the partner index)."""
        chosen = [page.pk for page in self["partners"] if page]
        partners = live_pages_in_order(chosen, Locale.get_active())
        attach_card_images(partners)
        return partners


class PartnersBlock(blocks.StructBlock):
    partners = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="resources.PartnerPage", label=_("Partner")),
        label=_("Partners"),
        help_text=_("Each is shown with its logo, linked to its page, in this order."),
    )

    class Meta:
        icon = "group"
        label = _("Partners (logos)")
        template = "components/blocks/partners.html"
        value_class = PartnersValue


class FootnoteBlock(blocks.StructBlock):
    """A note readers reach from a link in the text (the link chooser's “Anchor link”, #anchor)."""

    anchor = SynchronizedCharBlock(
        max_length=50,
        validators=[validate_slug],
        label=_("anchor"),
        help_text=_(
            "A short name, e.g. “note-ger”. Link a word in the text to it with an anchor link: "
            "#note-ger. The same in every language."
        ),
    )
    term = blocks.CharBlock(
        required=False,
        max_length=100,
        label=_("term"),
        help_text=_("The word the note explains, shown in bold (a glossary note)."),
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("note"))

    class Meta:
        icon = "help"
        label = _("Footnote or glossary note")
        template = "components/blocks/footnote.html"


class PartnerBodyBlock(BodyBlock):
    """A partner page's body: the shared blocks, its partners and footnotes."""

    partners = PartnersBlock(label=_("Partners"))
    footnote = FootnoteBlock(label=_("Footnote"))
