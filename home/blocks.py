"""The shared StreamField blocks every page body is built from."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class PageOrURLMixin:
    """For StructBlocks with optional `page` and `url` children: one of the two is required."""

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class SynchronizedCharBlock(blocks.CharBlock):
    """Text that is the same in every language (a phone number, a social handle).

    wagtail-localize offers it to no translator; every translation keeps the source's value.
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        help_text=_("Use a section heading for each main part of the page."),
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_("Describe the image for people who cannot see it."), label=_("Image")
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Photographer and organisation, e.g. 'Ana Ruiz / HIAS'."),
        label=_("Credit"),
    )

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        help_text=_("The quoted words, without quotation marks."), label=_("Text")
    )
    name = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Who said it."), label=_("Name")
    )
    role = blocks.CharBlock(
        required=False, max_length=200, help_text=_("e.g. 'Senior Rabbi'."), label=_("Role")
    )
    place = blocks.CharBlock(
        required=False, max_length=200, help_text=_("e.g. 'Albuquerque, NM'."), label=_("Place")
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=300, help_text=_("One sentence that says why to act."), label=_("Text")
    )
    page = blocks.PageChooserBlock(
        help_text=_("The page the button leads to, e.g. a petition."), label=_("Page")
    )
    button_label = blocks.CharBlock(
        max_length=60, default=_("Take action"), label=_("Button label")
    )

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title."),
        label=_("Label"),
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link.html"


class EmbedMediaBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text=_("A YouTube, Vimeo or similar address."), label=_("Embed"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "components/blocks/embed.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="components/blocks/paragraph.html",
        label=_("Paragraph"),
    )
    heading = HeadingBlock(label=_("Heading"))
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    embed = EmbedMediaBlock(label=_("Embed"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    document = DocumentLinkBlock(label=_("Document"))
