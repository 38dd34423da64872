"""Nothing tells a stranger whether an address signed: a repeat is answered as a first sign-on,
and the "you have already signed" notice goes to the mailbox instead."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from campaigns.models import Signature
from tests.signons.outbox import deliver
from tests.signons.posting import sign

TOKENS = re.compile(r'name="form_token" value="[^"]*"|nonce="[^"]*"')


def answer(response) -> tuple:
    body = TOKENS.sub("", response.content.decode())
    chain = getattr(response, "redirect_chain", [])
    return response.status_code, chain, response["Content-Type"], body


@pytest.mark.parametrize("double_opt_in", [False, True])
@pytest.mark.parametrize("json", [False, True])
def test_a_repeat_sign_on_gets_byte_for_byte_the_answer_a_first_one_gets(
    client, petition, json, double_opt_in
):
    petition.double_opt_in = double_opt_in
    petition.save_revision().publish()

    first = sign(client, petition, email="ruth@example.org", json=json)
    repeat = sign(client, petition, email="RUTH@example.org ", json=json)
    stranger = sign(client, petition, email="someone-new@example.org", json=json)

    assert answer(repeat) == answer(first) == answer(stranger)


def test_the_mailbox_is_told_of_a_repeat_at_most_once_in_ten_minutes(client, petition):
    sign(client, petition, email="ruth@example.org")
    deliver()
    Signature.objects.update(email_sent_at=timezone.now() - timedelta(minutes=11))

    for _ in range(3):
        sign(client, petition, email="ruth@example.org", first_name="Someone")
    deliver()

    thanks, notice = mail.outbox
    assert "You have already signed: " in notice.subject
    assert "You had already signed it on" in notice.body
    assert Signature.objects.get().first_name == "Ruth"


def test_a_repeat_right_after_the_first_email_sends_nothing_more(client, petition):
    sign(client, petition, email="ruth@example.org")
    deliver()

    sign(client, petition, email="ruth@example.org")
    deliver()

    assert len(mail.outbox) == 1


def test_the_work_on_the_request_path_is_the_same_for_a_repeat(
    client, petition, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    sign(client, petition, email="warm@example.org", json=True)  # the settings are cached now
    with CaptureQueriesContext(connection) as first:
        sign(client, petition, email="ruth@example.org", json=True)
    with CaptureQueriesContext(connection) as repeat:
        sign(client, petition, email="ruth@example.org", json=True)

    def statements(captured):
        """Each statement without its values (and savepoints without their numbers)."""
        shapes = []
        for query in captured.captured_queries:
            shape = re.sub(r"'(?:[^']|'')*'", "?", query["sql"])
            shapes.append(re.sub(r'"s\d+_x\d+"|\b\d+(?:\.\d+)?\b', "?", shape))
        return shapes

    assert statements(repeat) == statements(first)
