"""The admin dashboard shows today's sign-ons per petition (counts, no signer) and actions closing soon."""

from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.models import Signature, SignatureStatus
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    PetitionPageFactory,
)
from tests.signons.staff import staff_user


@pytest.fixture
def editor_client(client, db):
    client.force_login(staff_user("editor", "Editors"))
    return client


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)


def signature(petition, email, **fields):
    fields.setdefault("status", SignatureStatus.CONFIRMED)
    return Signature.objects.create(
        petition_key=petition.translation_key,
        page=petition,
        locale="en",
        first_name="Ana",
        last_name="Ruiz",
        email=email,
        email_normalized=email,
        **fields,
    )


def test_an_editor_sees_todays_sign_ons_per_petition_without_any_signer(editor_client, take_action):
    pledge = PetitionPageFactory(parent=take_action, title="Platform pledge")
    letter = PetitionPageFactory(parent=take_action, title="Clergy letter")
    signature(pledge, "ana@example.org")
    signature(pledge, "ben@example.org")
    signature(letter, "cy@example.org")
    signature(letter, "old@example.org", created_at=timezone.now() - timedelta(days=2))
    signature(letter, "spam@example.org", status=SignatureStatus.INVALIDATED)

    html = editor_client.get("/admin/").content.decode()

    panel = html[html.index('id="sign-ons-today-content"') :]
    assert panel.index("Platform pledge") < panel.index("Clergy letter")
    assert "<td>2</td>" in panel and "<td>1</td>" in panel
    assert "example.org" not in html
    assert "Ana" not in panel


def test_actions_closing_this_week_lists_open_alerts_due_within_seven_days(
    editor_client, take_action
):
    now = timezone.now()
    ActionAlertPageFactory(
        parent=take_action, title="Call before Friday", deadline=now + timedelta(days=3)
    )
    ActionAlertPageFactory(
        parent=take_action, title="Next month's vote", deadline=now + timedelta(days=30)
    )
    ActionAlertPageFactory(
        parent=take_action, title="Already closed", deadline=now - timedelta(days=1)
    )
    ActionAlertPageFactory(
        parent=take_action, title="Draft alert", deadline=now + timedelta(days=2), live=False
    )

    html = editor_client.get("/admin/").content.decode()

    panel = html[html.index('id="actions-closing-content"') :]
    assert "Call before Friday" in panel
    for title in ("Next month&#x27;s vote", "Already closed", "Draft alert"):
        assert title not in panel
