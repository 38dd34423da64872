"""Background work after a sign-on commits: the confirmation or thank-you email."""

import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from .models import Signature, SignatureStatus


def _site_root(signature: Signature) -> str:
    if signature.page_id:
        site = signature.page.get_site()
        if site:
            return site.root_url
    return settings.WAGTAILADMIN_BASE_URL


@task()
def send_sign_on_email(signature_pk: int) -> None:
    """Email the signer a confirmation link (double opt-in) or a thank-you."""
    signature = Signature.objects.select_related("page").filter(pk=signature_pk).first()
    if signature is None or not signature.email:
        return  # erased before the email went out
    context = {"signature": signature, "page": signature.page}
    with translation.override(signature.locale or settings.LANGUAGE_CODE):
        if signature.status == SignatureStatus.PENDING:
            # The raw token exists only in this email; the database keeps its hash.
            from .signing import hash_token

            token = secrets.token_urlsafe(32)
            Signature.objects.filter(pk=signature.pk).update(
                confirmation_token_hash=hash_token(token), confirmation_sent_at=timezone.now()
            )
            context["confirm_url"] = _site_root(signature) + reverse(
                "signons_confirm", args=[token]
            )
            context["days"] = settings.SIGNON_CONFIRMATION_DAYS
            template = "campaigns/signons/email_confirm"
        else:
            template = "campaigns/signons/email_thanks"
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [signature.email])
