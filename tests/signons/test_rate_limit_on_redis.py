"""On Redis, as in production, the per-address limit refuses the sign-on past it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import Signature
from tests.signons.posting import sign, sign_past_the_minute_limit


def test_the_twenty_first_sign_on_in_a_minute_is_refused_on_redis(client, petition, redis_cache):
    response = sign_past_the_minute_limit(client, petition)

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Too many sign-ons from your network" in response.content.decode()
    assert Signature.objects.count() == 20


def test_the_petitions_settings_are_read_from_redis_after_the_first_sign_on(
    client, petition, redis_cache
):
    sign(client, petition, email="first@example.org", json=True)

    with CaptureQueriesContext(connection) as queries:
        response = sign(client, petition, email="second@example.org", json=True)

    # The second sign-on reads nothing from the database: it only stores the signature, in one
    # statement on PostgreSQL (a transaction of two elsewhere).
    statements = [query["sql"] for query in queries.captured_queries]
    assert response.json()["status"] == "signed"
    assert not [sql for sql in statements if sql.startswith("SELECT")]
    if connection.vendor == "postgresql":
        assert len(statements) == 1
