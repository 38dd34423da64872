"""On PostgreSQL a sign-on's insert is a statement the server prepared once per connection, and
it checks the connection's health itself: no SELECT 1 before it, a new connection if it was dead."""

import psycopg
import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from campaigns.models import Signature
from tests.signons.posting import sign


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are used on PostgreSQL only")


def prepared_signature_inserts() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [sql for (sql,) in cursor.fetchall() if 'INSERT INTO "campaigns_signature"' in sql]


def test_the_sign_on_insert_is_prepared_once_and_reused(client, petition, postgresql):
    sign(client, petition, email="ruth@example.org")
    sign(client, petition, email="ana@example.org")

    assert len(prepared_signature_inserts()) == 1
    assert Signature.objects.count() == 2
    assert petition.signature_count(fresh=True) == 2


def test_without_prepared_statements_nothing_is_prepared(client, petition, postgresql, settings):
    settings.DATABASE_PREPARED_STATEMENTS = False

    sign(client, petition, email="ruth@example.org")

    assert prepared_signature_inserts() == []
    assert Signature.objects.count() == 1


def test_the_prepared_insert_shows_in_the_query_log(client, petition):
    with CaptureQueriesContext(connection) as queries:
        sign(client, petition, email="ruth@example.org", json=True)

    inserts = [q["sql"] for q in queries.captured_queries if "campaigns_signature" in q["sql"]]
    assert len(inserts) == 1 and inserts[0].startswith(("INSERT", "WITH"))


def terminate_this_connection():
    """Have the server drop the connection the test (and its client) uses."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    database = connection.settings_dict
    with psycopg.connect(
        dbname=database["NAME"],
        user=database["USER"],
        host=database["HOST"],
        port=database["PORT"],
        autocommit=True,
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


def start_a_request():
    """What Django does as each request starts, and its test client leaves out."""
    connections["default"].close_if_unusable_or_obsolete()


# Outside a test transaction, as in a real request: that is where the statement is the check.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_sign_on_runs_no_separate_health_check(client, petition, postgresql, monkeypatch):
    sign(client, petition, email="first@example.org")
    checks = []
    is_usable = type(connections["default"]).is_usable
    monkeypatch.setattr(
        type(connections["default"]), "is_usable", lambda self: checks.append(1) or is_usable(self)
    )
    start_a_request()

    response = sign(client, petition, email="second@example.org", json=True)

    assert response.json()["status"] == "signed"
    assert checks == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_sign_on_over_a_connection_the_server_dropped_is_stored(client, petition, postgresql):
    sign(client, petition, email="first@example.org")
    terminate_this_connection()
    start_a_request()

    response = sign(client, petition, email="second@example.org", json=True)

    assert response.json()["status"] == "signed"
    assert sorted(Signature.objects.values_list("email", flat=True)) == [
        "first@example.org",
        "second@example.org",
    ]
    assert petition.signature_count(fresh=True) == 2
