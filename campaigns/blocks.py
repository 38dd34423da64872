"""The actions an alert asks readers to take: call, email, post, sign, or follow a link."""

from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from campaigns.representatives.blocks import ContactCongressBlock
from home.blocks import PageOrURLMixin, SynchronizedCharBlock


class CallBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'Call your senators'."), label=_("Heading")
    )
    script = blocks.TextBlock(
        help_text=_("What to say on the phone, written as the caller speaks."), label=_("Script")
    )
    targets = blocks.ListBlock(
        SnippetChooserBlock("campaigns.Target"),
        default=[],
        help_text=_("The offices to call; their phone numbers are shown as links."),
        label=_("Targets"),
    )
    phone = SynchronizedCharBlock(
        required=False,
        max_length=40,
        help_text=_("A phone number to call instead, e.g. the Capitol switchboard."),
        label=_("Phone"),
    )
    phone_label = blocks.CharBlock(
        required=False,
        max_length=100,
        help_text=_("Who answers that number, e.g. 'White House'."),
        label=_("Phone label"),
    )

    class Meta:
        icon = "mobile-alt"
        template = "campaigns/blocks/call.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("targets") and not value.get("phone"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "phone": ValidationError(
                        _("Choose at least one target or enter a phone number.")
                    )
                }
            )
        return value


class EmailValue(blocks.StructValue):
    def mailto(self) -> str:
        query = urlencode({"subject": self["subject"], "body": self["body"]}, quote_via=quote)
        return f"mailto:{self['recipient']}?{query}"


class EmailBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'Email the committee'."), label=_("Heading")
    )
    recipient = blocks.EmailBlock(label=_("Recipient"))
    subject = blocks.CharBlock(max_length=200, label=_("Subject"))
    body = blocks.TextBlock(
        help_text=_("The message readers send; they can change it first."), label=_("Body")
    )

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
    heading = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'Post on social media'."), label=_("Heading")
    )
    text = blocks.TextBlock(
        max_length=250, help_text=_("The post, ready to share."), label=_("Text")
    )
    handles = blocks.ListBlock(
        HandleBlock(max_length=100, label=_("Handle")),
        default=[],
        help_text=_("Accounts to tag, e.g. '@WhiteHouse'. They are added to the end of the post."),
        label=_("Handles"),
    )
    url = blocks.URLBlock(
        required=False, help_text=_("A link to share with the post."), label=_("Url")
    )

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
    heading = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'Sign the petition'."), label=_("Heading")
    )
    petition = blocks.PageChooserBlock(page_type="campaigns.PetitionPage", label=_("Petition"))

    class Meta:
        icon = "form"
        template = "campaigns/blocks/petition.html"


class LinkActionBlock(PageOrURLMixin, blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=200, help_text=_("e.g. 'Faith leaders: sign our letter'."), label=_("Heading")
    )
    text = blocks.TextBlock(
        required=False, help_text=_("Who this is for and why it matters."), label=_("Text")
    )
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(
        required=False, help_text=_("Only when the link goes outside this site."), label=_("Url")
    )
    button_label = blocks.CharBlock(
        max_length=60, default=_("Take action"), label=_("Button label")
    )

    class Meta:
        icon = "link"
        template = "campaigns/blocks/link.html"


class ActionBlock(blocks.StreamBlock):
    contact_congress = ContactCongressBlock(label=_("Contact congress"))
    call = CallBlock(label=_("Call"))
    email = EmailBlock(label=_("Email"))
    social_post = SocialPostBlock(label=_("Social post"))
    petition = PetitionActionBlock(label=_("Petition"))
    link = LinkActionBlock(label=_("Link"))
