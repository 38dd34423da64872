"""The actions an alert asks readers to take: call, email, post, sign, or follow a link."""

from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from campaigns.representatives.blocks import ContactCongressBlock
from home.blocks import PageOrURLMixin, SynchronizedCharBlock


class CallBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text="e.g. 'Call your senators'.")
    script = blocks.TextBlock(help_text="What to say on the phone, written as the caller speaks.")
    targets = blocks.ListBlock(
        SnippetChooserBlock("campaigns.Target"),
        default=[],
        help_text="The offices to call; their phone numbers are shown as links.",
    )
    phone = SynchronizedCharBlock(
        required=False,
        max_length=40,
        help_text="A phone number to call instead, e.g. the Capitol switchboard.",
    )
    phone_label = blocks.CharBlock(
        required=False, max_length=100, help_text="Who answers that number, e.g. 'White House'."
    )

    class Meta:
        icon = "mobile-alt"
        template = "campaigns/blocks/call.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("targets") and not value.get("phone"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "phone": ValidationError("Choose at least one target or enter a phone number.")
                }
            )
        return value


class EmailValue(blocks.StructValue):
    def mailto(self) -> str:
        query = urlencode({"subject": self["subject"], "body": self["body"]}, quote_via=quote)
        return f"mailto:{self['recipient']}?{query}"


class EmailBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text="e.g. 'Email the committee'.")
    recipient = blocks.EmailBlock()
    subject = blocks.CharBlock(max_length=200)
    body = blocks.TextBlock(help_text="The message readers send; they can change it first.")

    class Meta:
        icon = "mail"
        template = "campaigns/blocks/email.html"
        value_class = EmailValue


class SocialPostValue(blocks.StructValue):
    def post_text(self) -> str:
        handles = " ".join(handle for handle in self["handles"] if handle)
        return f"{self['text']} {handles}".strip()

    def share_links(self, page_url: str = "") -> list[tuple[str, str]]:
        """(network, link) to post the text; the block's URL, else `page_url` (the address of
        the page showing the block), is the link shared. Facebook shares only a link, so it is
        left out when there is none."""
        text = self.post_text()
        url = self.get("url") or page_url
        with_url = {"url": url} if url else {}
        links = [
            ("X", "https://x.com/intent/post?" + urlencode({"text": text, **with_url})),
            (
                "Bluesky",
                "https://bsky.app/intent/compose?" + urlencode({"text": f"{text} {url}".strip()}),
            ),
            ("Mastodon", "https://mastodonshare.com/?" + urlencode({"text": text, **with_url})),
        ]
        if url:
            links.append(
                ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}))
            )
        return links


class HandleBlock(SynchronizedCharBlock):
    """An account to tag. A list's items show no label of their own in the admin, so the input
    carries its name (aria-label) for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field.widget.attrs["aria-label"] = self.label


class SocialPostBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text="e.g. 'Post on social media'.")
    text = blocks.TextBlock(max_length=250, help_text="The post, ready to share.")
    handles = blocks.ListBlock(
        HandleBlock(max_length=100, label="Handle"),
        default=[],
        help_text="Accounts to tag, e.g. '@WhiteHouse'. They are added to the end of the post.",
    )
    url = blocks.URLBlock(required=False, help_text="A link to share with the post.")

    class Meta:
        icon = "site"
        template = "campaigns/blocks/social_post.html"
        value_class = SocialPostValue

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # The page showing the block; absent (or not a Wagtail page) in the admin's block previews.
        full_url = getattr(context.get("page"), "get_full_url", None)
        page_url = full_url(context.get("request")) if full_url else ""
        context["share_links"] = value.share_links(page_url or "")
        return context


class PetitionActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text="e.g. 'Sign the petition'.")
    petition = blocks.PageChooserBlock(page_type="campaigns.PetitionPage")

    class Meta:
        icon = "form"
        template = "campaigns/blocks/petition.html"


class LinkActionBlock(PageOrURLMixin, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text="e.g. 'Faith leaders: sign our letter'.")
    text = blocks.TextBlock(required=False, help_text="Who this is for and why it matters.")
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Only when the link goes outside this site.")
    button_label = blocks.CharBlock(max_length=60, default=_("Take action"))

    class Meta:
        icon = "link"
        template = "campaigns/blocks/link.html"


class ActionBlock(blocks.StreamBlock):
    contact_congress = ContactCongressBlock()
    call = CallBlock()
    email = EmailBlock()
    social_post = SocialPostBlock()
    petition = PetitionActionBlock()
    link = LinkActionBlock()
