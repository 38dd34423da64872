"""An editor adds questions in the admin: readers get them, and a required one is enforced."""

import pytest

from campaigns.models import Signature
from tests.signons.petition_admin import add_petition, as_editor, question, reader, saved
from tests.signons.posting import sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def asking(client, take_action):
    response = add_petition(
        as_editor(client),
        take_action,
        signer_fields=[question("postal_code", required=True), question("organisation")],
    )
    assert response.status_code == 302
    return saved()


def test_readers_see_the_questions_and_which_are_optional(asking):
    html = reader().get(asking.url).content.decode()

    assert 'name="postal_code"' in html and 'name="organisation"' in html
    assert 'Organisation or congregation <span class="signon__optional">(optional)</span>' in html
    assert 'Postal code <span class="signon__optional">' not in html


def test_a_sign_on_without_the_required_answer_is_refused_and_nothing_is_stored(asking):
    response = sign(reader(), asking, organisation="Beth Am")

    assert response.status_code == 400
    assert "Postal code: This field is required." in response.content.decode()
    assert not Signature.objects.exists()


def test_a_sign_on_with_the_answer_is_stored(asking):
    sign(reader(), asking, postal_code="87101")

    assert Signature.objects.get().postal_code == "87101"
