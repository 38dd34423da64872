"""The emails a signer may be owed (and an erasure link), written in the signer's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .confirmation import link_token
from .erasure import ERASURE_LINK_HOURS, erasure_token
from .models import Email, ErasureRequest, Signature
from .suppression import unsubscribe_token

TEMPLATES = {
    Email.CONFIRM: "campaigns/signons/email_confirm",
    Email.THANKS: "campaigns/signons/email_thanks",
    Email.NOTICE: "campaigns/signons/email_notice",
}


class PageLinks:
    """Each petition page's site address and its own, looked up once per batch of emails."""

    def __init__(self):
        self.found: dict[int, tuple[str, str]] = {}

    def __call__(self, page) -> tuple[str, str]:
        """(the site's root URL, the page's full URL)."""
        if page is None:
            return settings.WAGTAILADMIN_BASE_URL, settings.WAGTAILADMIN_BASE_URL
        if page.pk not in self.found:
            parts = page.get_url_parts()
            root = parts[1] if parts and parts[1] else settings.WAGTAILADMIN_BASE_URL
            self.found[page.pk] = (root, root + (parts[2] if parts else "/"))
        return self.found[page.pk]


def signer_email(signature: Signature, links: PageLinks) -> EmailMessage:
    """The email `signature.email_owed` names, for the delivery worker to send."""
    page = signature.page
    root, page_url = links(page)
    unsubscribe_url = root + reverse("signons_unsubscribe", args=[unsubscribe_token(signature)])
    context = {
        # First strong isolate … pop: the name cannot reorder the sentence around it.
        "signer_name": f"\u2068{signature.first_name}\u2069",
        "signature": signature,
        "page": page,
        "page_url": page_url,
        "unsubscribe_url": unsubscribe_url,
    }
    if signature.email_owed == Email.CONFIRM:
        context["confirm_url"] = root + reverse("signons_confirm", args=[link_token(signature.pk)])
        context["days"] = settings.SIGNON_CONFIRMATION_DAYS
    template = TEMPLATES[Email(signature.email_owed)]
    with translation.override(signature.locale or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
        body += render_to_string("campaigns/signons/email_footer.txt", context)
    # RFC 8058: mail clients offer "unsubscribe", and may do it with one POST to the link.
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return EmailMessage(subject, body, to=[signature.email], headers=headers)


def erasure_email(request: ErasureRequest, links: PageLinks) -> EmailMessage:
    """The link that erases every signature of the mailbox that asked."""
    root, _page_url = links(None)
    with translation.override(request.locale or settings.LANGUAGE_CODE):
        context = {
            "erase_url": root + reverse("signons_erase", args=[erasure_token(request)]),
            "hours": ERASURE_LINK_HOURS,
        }
        subject = render_to_string("campaigns/signons/email_erasure_subject.txt", context).strip()
        body = render_to_string("campaigns/signons/email_erasure.txt", context)
    return EmailMessage(subject, body, to=[request.email])
