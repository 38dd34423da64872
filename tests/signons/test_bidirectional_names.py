"""A name with right-to-left text or a direction override cannot reorder what is shown around it."""

import re

from django.core import mail

from tests.signons.factories import SignatureFactory
from tests.signons.outbox import deliver
from tests.signons.posting import sign
from tests.signons.staff import staff_user

OVERRIDE = "Ruth\u202eevil"  # U+202E RIGHT-TO-LEFT OVERRIDE


def test_each_value_on_the_public_list_is_isolated(client, petition):
    petition.list_signers = True
    petition.save_revision().publish()
    SignatureFactory(
        page=petition, list_publicly=True, first_name=OVERRIDE, last_name="Cohen", city="Austin"
    )

    html = client.get(f"{petition.url}signers/").content.decode()

    assert f"<bdi>{OVERRIDE}</bdi> <bdi>Cohen</bdi>" in html
    assert "<bdi>Austin</bdi>" in html


def test_names_are_isolated_in_moderation_and_the_signature_listing(client, admin_client, petition):
    petition.list_signers = True
    petition.save_revision().publish()
    SignatureFactory(page=petition, list_publicly=True, first_name=OVERRIDE, last_name="Cohen")
    client.force_login(staff_user("officer", "Data officers"))

    listing = client.get("/admin/signatures/").content.decode()
    moderation = admin_client.get(
        f"/admin/petition-reports/{petition.translation_key}/public-list/"
    ).content.decode()

    assert f"<bdi>{OVERRIDE} Cohen</bdi>" in listing
    assert f"<bdi>{OVERRIDE}</bdi> <bdi>Cohen</bdi>" in moderation


def test_the_name_in_an_email_is_isolated(client, petition):
    sign(client, petition, first_name=OVERRIDE)
    deliver()

    assert re.search("\u2068" + OVERRIDE + "\u2069", mail.outbox[0].body)
