"""Data officers read signatures in the admin by category name, in the newsroom's time zone."""

from datetime import UTC, datetime

import pytest
from django.db import models

from campaigns.models import Signature
from campaigns.signons.fields import SIGNATURE_FIELDS
from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


@pytest.fixture
def categorised(petition):
    petition.categories = [("category", "Clergy"), ("category", "Individual")]
    petition.save_revision().publish()
    clergy, individual = petition.category_labels
    SignatureFactory(page=petition, first_name="Rabbi", last_name="Levi", category=clergy)
    SignatureFactory(page=petition, first_name="Ana", last_name="Ruiz", category=individual)
    return petition


def test_the_listing_names_each_signers_category(officer_client, categorised):
    html = officer_client.get("/admin/signatures/").content.decode()

    assert "Clergy" in html and "Individual" in html
    assert "category-0" not in html


def test_filtering_by_a_category_name_finds_its_signers(officer_client, categorised):
    html = officer_client.get("/admin/signatures/?category=clergy").content.decode()

    assert "Rabbi Levi" in html
    assert "Ana Ruiz" not in html


def test_times_are_shown_in_the_newsrooms_time_zone_and_say_so(officer_client, petition, settings):
    settings.TIME_ZONE = "America/New_York"
    signature = SignatureFactory(page=petition, created_at=datetime(2026, 3, 5, 17, 30, tzinfo=UTC))

    listing = officer_client.get("/admin/signatures/").content.decode()
    inspect = officer_client.get(f"/admin/signatures/inspect/{signature.pk}/").content.decode()

    for html in (listing, inspect):
        assert "12:30" in html  # 17:30 UTC is 12:30 in New York in March
        assert "(America/New_York)" in html


def test_every_signature_field_is_declared_with_its_privacy_class():
    # A field added to Signature must say who may see it (campaigns/signons/fields.py).
    stored = {
        field.name
        for field in Signature._meta.concrete_fields
        if not field.primary_key and not isinstance(field, models.ForeignKey)
    }

    assert stored == {field.name for field in SIGNATURE_FIELDS}
