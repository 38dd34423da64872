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
                block_errors={"page": ValidationError("Choose a page or enter an address.")}
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
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subheading")],
        default="h2",
        help_text="Use a section heading for each main part of the page.",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe the image for people who cannot see it.")
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Photographer and organisation, e.g. 'Ana Ruiz / HIAS'.",
    )

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The quoted words, without quotation marks.")
    name = blocks.CharBlock(required=False, max_length=200, help_text="Who said it.")
    role = blocks.CharBlock(required=False, max_length=200, help_text="e.g. 'Senior Rabbi'.")
    place = blocks.CharBlock(required=False, max_length=200, help_text="e.g. 'Albuquerque, NM'.")

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, help_text="One sentence that says why to act.")
    page = blocks.PageChooserBlock(help_text="The page the button leads to, e.g. a petition.")
    button_label = blocks.CharBlock(max_length=60, default=_("Take action"))

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(
        required=False, max_length=200, help_text="Defaults to the document's title."
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link.html"


class EmbedMediaBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text="A YouTube, Vimeo or similar address.")
    caption = blocks.CharBlock(required=False, max_length=300)

    class Meta:
        icon = "media"
        template = "components/blocks/embed.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, template="components/blocks/paragraph.html"
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedMediaBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
