"""An editor sets up a petition in the admin alone, and readers see and sign what was set."""

import pytest

from campaigns.models import Signature
from tests.signons.petition_admin import (
    add_petition,
    as_editor,
    category,
    edit_petition,
    reader,
    saved,
)
from tests.signons.posting import sign

pytestmark = pytest.mark.django_db

CONSENT = "We keep your name and email to count your signature."
UPDATES = "Send me occasional email updates from the coalition."


@pytest.fixture
def published(client, take_action):
    """A sign-on letter an editor published through the admin's add form."""
    response = add_petition(
        as_editor(client),
        take_action,
        categories=[category("Clergy"), category("Individual")],
        updates_consent="optional",
        updates_wording=UPDATES,
        delivered_on="2026-03-02",
        delivered_to="Senate Judiciary Committee staff",
        delivery_note="Twelve clergy met the staff for an hour.",
    )
    assert response.status_code == 302
    return saved()


def test_readers_see_the_wording_categories_and_delivery_the_editor_set(published):
    html = reader().get(published.url).content.decode()

    assert "Add your name" in html and "To: Members of Congress" in html
    assert CONSENT in html
    assert "I sign as" in html
    assert '<option value="' + published.categories[0].id + '">Clergy</option>' in html
    assert '<option value="' + published.categories[1].id + '">Individual</option>' in html
    assert UPDATES in html
    assert "Delivered to Senate Judiciary Committee staff on" in html
    assert "Twelve clergy met the staff for an hour." in html
    assert "Keep the asylum offices open." in html


def test_a_signature_keeps_the_consent_wording_and_the_chosen_category(published):
    clergy = published.categories[0].id

    thanks = sign(reader(), published, category=clergy, updates="on").content.decode()

    assert "Your name joins faith leaders across the country." in thanks
    assert 'data-share-text="I signed the clergy letter. Join me:"' in thanks
    signature = Signature.objects.get()
    assert signature.consent_text == CONSENT
    assert signature.category == clergy
    assert signature.updates_agreed
    assert signature.updates_wording == UPDATES


def test_an_editor_changes_the_wording_and_later_signatures_keep_the_new_words(client, published):
    response = edit_petition(
        client,
        published,
        consent_text="<p>Your signature is sent to Congress with your name.</p>",
        updates_consent="implied",
        updates_wording="By signing you agree to hear from the coalition.",
    )

    assert response.status_code == 302
    html = reader().get(published.url).content.decode()
    assert "Your signature is sent to Congress with your name." in html and CONSENT not in html
    assert "By signing you agree to hear from the coalition." in html
    sign(reader(), published)
    signature = Signature.objects.get()
    assert signature.consent_text == "Your signature is sent to Congress with your name."
    assert signature.updates_wording == "By signing you agree to hear from the coalition."
