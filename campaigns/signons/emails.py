"""The emails a signer may be owed, written in the language they signed in."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .confirmation import link_token
from .models import Email, Signature

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
    context = {"signature": signature, "page": page, "page_url": page_url}
    if signature.email_owed == Email.CONFIRM:
        context["confirm_url"] = root + reverse("signons_confirm", args=[link_token(signature.pk)])
        context["days"] = settings.SIGNON_CONFIRMATION_DAYS
    template = TEMPLATES[Email(signature.email_owed)]
    with translation.override(signature.locale or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject, body, to=[signature.email])
