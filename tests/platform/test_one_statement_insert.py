"""insert() stores what Model.save() would, in one statement, and can skip a duplicate."""

import uuid

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext_lazy

from campaigns.models import Signature
from newsroom.platform.inserting import insert, insert_statement

pytestmark = pytest.mark.django_db


def signature(**fields) -> Signature:
    values = {
        "petition_key": uuid.uuid4(),
        "first_name": "Ruth",
        "last_name": "Cohen",
        "email": "ruth@example.org",
        "email_normalized": "ruth@example.org",
        "status": "confirmed",
        "list_publicly": True,
        "consented_at": timezone.now(),
    }
    return Signature(**{**values, **fields})


def test_the_parameters_are_what_each_field_converts_its_value_to():
    unsaved = signature(title=gettext_lazy("Rabbi"), confirmed_at=None)
    fields = [f for f in Signature._meta.local_concrete_fields if not f.primary_key]

    _sql, params = insert_statement(unsaved)

    assert params == [f.get_db_prep_save(f.pre_save(unsaved, True), connection) for f in fields]
    assert params[fields.index(Signature._meta.get_field("title"))] == "Rabbi"
    assert type(params[fields.index(Signature._meta.get_field("title"))]) is str


def test_an_inserted_row_reads_back_as_saved():
    unsaved = signature(comment="<b>Welcome</b>", hidden=False)

    assert insert(unsaved) is True

    stored = Signature.objects.get(pk=unsaved.pk)
    assert (stored.first_name, stored.comment, stored.list_publicly, stored.petition_key) == (
        "Ruth",
        "<b>Welcome</b>",
        True,
        unsaved.petition_key,
    )
    assert stored.created_at == unsaved.created_at


def test_a_duplicate_is_skipped_without_an_error():
    first = signature()
    insert(first, skip_duplicates=True)

    again = signature(petition_key=first.petition_key)

    assert insert(again, skip_duplicates=True) is False
    assert again.pk is None
    assert Signature.objects.filter(petition_key=first.petition_key).count() == 1
