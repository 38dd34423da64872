"""An editor turns on confirmation by email in the admin: sign-ons then wait for the link."""

import pytest

from campaigns.models import Signature, SignatureStatus
from tests.signons.petition_admin import add_petition, as_editor, edit_petition, reader, saved
from tests.signons.posting import sign

pytestmark = pytest.mark.django_db


def test_with_confirmation_by_email_a_sign_on_waits_for_the_link(client, take_action):
    assert add_petition(as_editor(client), take_action, double_opt_in=True).status_code == 302

    thanks = sign(reader(), saved()).content.decode()

    assert Signature.objects.get().status == SignatureStatus.PENDING
    assert "Please check your email and open the link we sent" in thanks


def test_turning_it_off_counts_the_next_sign_on_at_once(client, take_action):
    add_petition(as_editor(client), take_action, double_opt_in=True)

    assert edit_petition(client, saved(), double_opt_in=False).status_code == 302

    sign(reader(), saved())
    assert Signature.objects.get().status == SignatureStatus.CONFIRMED
