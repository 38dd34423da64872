"""Signatures carry only the indexes their reads need: each one is written on every sign-on."""

import pytest
from django.db import connection

from campaigns.models import Signature
from campaigns.signons.invalidation import matching_signatures


@pytest.fixture
def postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("index use is checked on PostgreSQL, the production database")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # an empty table is read whole otherwise


def index_names() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = %s", [Signature._meta.db_table]
        )
        return {name for (name,) in cursor.fetchall()}


def test_claiming_due_emails_reads_the_outbox_index(postgresql):
    claim = Signature.objects.email_due().select_for_update(skip_locked=True)[:200]

    assert "signature_email_due" in claim.explain()


def test_claiming_signatures_owed_to_webhooks_reads_their_index(postgresql):
    claim = Signature.objects.webhooks_due().select_for_update(skip_locked=True)[:50]

    assert "signature_webhooks_due" in claim.explain()


def test_invalidating_by_ip_hash_reads_the_ip_hash_index(postgresql):
    lookup = matching_signatures("5f0c3c38-3f5e-4bd6-9a0c-6d1b1b7c2c11", ip_hash="ab" * 32)

    assert "signature_ip_hash" in lookup.explain()


def test_no_index_is_written_that_no_read_uses(postgresql):
    # A petition-key index would repeat the lead of two others; the pattern (LIKE) indexes
    # PostgreSQL adds for db_index on text serve no query here.
    names = index_names()

    assert not [name for name in names if name.endswith("_like")]
    assert not [name for name in names if name.startswith("campaigns_signature_petition_key")]
    assert len(names) == 8
