"""One mailbox signs once, however its address is spelled; no address gives a 500."""

import pytest

from campaigns.models import Signature
from tests.signons.counts import fresh_count
from tests.signons.posting import sign

SAME_MAILBOX = [
    ("x@café.example", "x@cafe\u0301.example"),  # NFC and NFD
    ("x@example.org", "x@ｅｘａｍｐｌｅ.org"),  # fullwidth letters
    ("x@bücher.example", "x@xn--bcher-kva.example"),  # IDN and punycode
    ("Ruth@Example.ORG", "  ruth@example.org "),  # case and surrounding spaces
    ("\u212aelvin@example.org", "kelvin@example.org"),  # the Kelvin sign
]
DIFFERENT_MAILBOXES = [
    ("ruth+news@example.org", "ruth@example.org"),
    ("r.uth@example.org", "ruth@example.org"),
]


@pytest.mark.parametrize("first, second", SAME_MAILBOX)
def test_two_spellings_of_one_mailbox_are_one_signature(client, petition, first, second):
    sign(client, petition, email=first)
    sign(client, petition, email=second)

    assert Signature.objects.count() == 1
    assert Signature.objects.get().email == first.strip()  # kept as typed, for sending
    assert fresh_count(petition) == 1


@pytest.mark.parametrize("first, second", DIFFERENT_MAILBOXES)
def test_plus_addressing_and_dots_stay_distinct(client, petition, first, second):
    sign(client, petition, email=first)
    sign(client, petition, email=second)

    assert Signature.objects.count() == 2


def test_an_address_too_long_once_normalized_is_refused_never_a_500(client, petition):
    response = sign(client, petition, email="\u0130" * 130 + "@example.org", json=True)

    assert response.status_code == 400
    assert response.json()["fields"]["email"]
    assert not Signature.objects.exists()
