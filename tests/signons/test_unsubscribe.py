"""Every email to a signer can unsubscribe them in one click, without a login, for good."""

import re

import pytest
from django.core import mail
from django.test import Client

from campaigns.models import Signature, Suppression
from campaigns.signons.privacy import anonymize_signatures, forget_signer
from tests.signons.outbox import deliver
from tests.signons.posting import sign


def unsubscribe_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/unsubscribe/\S+/)", message.body).group(1)


@pytest.fixture
def signed_and_emailed(client, petition):
    sign(client, petition, email="Ruth@Example.org")
    deliver()
    return mail.outbox[-1]


@pytest.mark.parametrize("double_opt_in", [False, True])
def test_every_email_to_a_signer_has_a_visible_link_and_the_one_click_headers(
    client, petition, double_opt_in
):
    petition.double_opt_in = double_opt_in
    petition.save_revision().publish()
    sign(client, petition)
    deliver()

    (message,) = mail.outbox
    link = unsubscribe_link(message)
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http") and header.endswith(f"{link}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "To stop getting updates from us, open this link:" in message.body


def test_a_mail_clients_one_click_post_unsubscribes_without_a_cookie_or_a_login(
    signed_and_emailed,
):
    link = unsubscribe_link(signed_and_emailed)

    response = Client(enforce_csrf_checks=True).post(
        link, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert Suppression.objects.count() == 1
    assert Signature.objects.get().unsubscribed_at is not None


def test_a_person_opening_the_link_confirms_on_a_page_and_the_signature_still_counts(
    client, petition, signed_and_emailed
):
    link = unsubscribe_link(signed_and_emailed)

    page = client.get(link)
    assert "Stop getting updates" in page.content.decode()
    assert not Suppression.objects.exists()  # a link preview or prefetch changes nothing

    done = client.post(link)

    assert "You are unsubscribed" in done.content.decode()
    assert Signature.objects.get().status == "confirmed"
    assert Suppression.objects.count() == 1


def test_the_unsubscribe_page_speaks_the_signers_language(client, petition):
    from wagtail.models import Locale

    spanish = petition.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.save_revision().publish()
    sign(client, spanish, email="ana@example.org")
    deliver()

    page = client.get(unsubscribe_link(mail.outbox[-1])).content.decode()

    assert '<html lang="es"' in page


def test_the_suppression_outlives_anonymization_and_erasure_and_flags_a_later_sign_on(
    client, petition, take_action, signed_and_emailed
):
    from tests.signons.factories import PetitionPageFactory

    client.post(unsubscribe_link(signed_and_emailed))
    anonymize_signatures(Signature.objects.all())
    forget_signer("ruth@example.org")
    other = PetitionPageFactory(parent=take_action)

    sign(client, other, email=" ruth@EXAMPLE.org")

    assert Suppression.objects.count() == 1
    assert Signature.objects.get(petition_key=other.translation_key).unsubscribed_at is not None


def test_a_forged_link_unsubscribes_nobody(client, signed_and_emailed):
    response = client.post("/unsubscribe/1.0000:forged/", HTTP_ACCEPT="application/json")

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert not Suppression.objects.exists()
