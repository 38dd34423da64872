"""A person erases every signature of theirs without asking anyone; a stranger learns nothing."""

import re

from django.core import mail
from wagtail.models import PageLogEntry

from campaigns.models import ErasureRequest, Signature
from campaigns.signons import erasure
from tests.signons.counts import fresh_count
from tests.signons.factories import PetitionPageFactory, SignatureFactory
from tests.signons.outbox import deliver

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def ask(client, email, language_prefix="", **extra):
    return client.post(
        f"{language_prefix}/privacy/erase/", {"email": email, "website": ""}, **ORIGIN, **extra
    )


def erasure_link() -> str:
    return re.search(r"https?://[^/\s]+(/\S*privacy/erase/\S+/)", mail.outbox[-1].body).group(1)


def test_asking_for_an_address_that_signed_and_one_that_did_not_gives_one_answer(client, petition):
    SignatureFactory(page=petition, email="ruth@example.org")

    signed = ask(client, "ruth@example.org")
    never = ask(client, "nobody@example.org")

    assert signed.status_code == never.status_code == 200
    assert signed.content == never.content
    assert "we have emailed it a link" in signed.content.decode()


def test_the_emailed_link_erases_every_signature_of_that_mailbox_and_logs_no_address(
    client, petition, take_action
):
    other = PetitionPageFactory(parent=take_action)
    SignatureFactory(page=petition, email="ruth@example.org", email_normalized="ruth@example.org")
    SignatureFactory(page=other, email="Ruth@Example.org", email_normalized="ruth@example.org")
    SignatureFactory(page=petition, email="ana@example.org")
    ask(client, "RUTH@example.org")
    deliver()

    assert mail.outbox[-1].to == ["RUTH@example.org"]
    link = erasure_link()
    confirm = client.get(link)
    assert "It cannot be undone." in confirm.content.decode()
    assert Signature.objects.count() == 3  # opening the link alone erases nothing

    done = client.post(link)

    assert "Your signatures are erased" in done.content.decode()
    assert list(Signature.objects.values_list("email", flat=True)) == ["ana@example.org"]
    assert fresh_count(petition) == 1 and fresh_count(other) == 0
    assert not ErasureRequest.objects.exists()
    logged = PageLogEntry.objects.filter(action="campaigns.erase_signer")
    assert logged.count() == 2
    assert "ruth" not in str(list(logged.values_list("data", flat=True)))


def test_the_request_is_answered_and_emailed_in_the_readers_language(client, petition):
    ask(client, "ana@example.org", language_prefix="/es")
    deliver()

    assert ErasureRequest.objects.get().locale == "es"
    assert "/es/privacy/erase/" in mail.outbox[-1].body


def test_an_expired_link_erases_nothing(client, petition, monkeypatch):
    SignatureFactory(page=petition, email="ruth@example.org")
    ask(client, "ruth@example.org")
    deliver()
    link = erasure_link()
    later = erasure.clock() + 25 * 3600
    monkeypatch.setattr(erasure, "clock", lambda: later)

    response = client.post(link)

    assert response.status_code == 404
    assert Signature.objects.count() == 1


def test_requests_from_another_site_or_past_the_limit_are_refused(client, petition):
    foreign = client.post(
        "/privacy/erase/", {"email": "a@example.org"}, HTTP_ORIGIN="https://evil.example"
    )
    answers = [ask(client, f"person{n}@example.org").status_code for n in range(6)]

    assert foreign.status_code == 403
    assert answers == [200] * 5 + [429]
    assert ErasureRequest.objects.count() == 5


def test_asking_again_for_the_same_address_sends_one_email(client, petition):
    ask(client, "ruth@example.org")
    ask(client, "ruth@example.org")
    deliver()

    assert len(mail.outbox) == 1
