"""While the database is unreachable, readers get a 503 that says so, never a 500."""

from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import Client

from tests.campaigns.factories import CampaignIndexPageFactory, PetitionPageFactory
from tests.databases import only_on_postgresql
from tests.mail_server import free_port
from tests.signons.posting import sign


@contextmanager
def every_query_fails():
    """The database stops answering (every statement fails as a dropped connection would)."""

    def unreachable(execute, sql, params, many, context):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    with connection.execute_wrapper(unreachable):
        yield


@pytest.fixture
def petition(home_page):
    return PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), slug="fair-asylum"
    )


@pytest.fixture
def reader():
    # Django's test client re-raises a view's exception; a browser gets the error page instead.
    return Client(raise_request_exception=False)


@contextmanager
def database_on_a_closed_port():
    """Point the connection at a port where nothing listens (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "the connection is moved to a closed port on PostgreSQL, the production database"
        )

    original = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = free_port()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original


def test_a_sign_on_during_an_outage_is_told_to_retry_in_html(reader, petition):
    sign(reader, petition, email="first@example.org")  # the petition's settings are cached now

    with every_query_fails():
        response = sign(reader, petition, email="ruth@example.org")

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "We cannot reach our database just now." in html
    assert '<html lang="en"' in html


def test_a_sign_on_during_an_outage_is_told_to_retry_in_json(reader, petition):
    with every_query_fails():
        response = sign(reader, petition, email="ruth@example.org", json=True)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["error"] == "unavailable"


def test_the_count_api_answers_its_last_count_marked_stale_during_an_outage(reader, petition):
    sign(reader, petition, email="ruth@example.org")
    url = f"/api/petitions/{petition.translation_key}/count/"
    reader.get(url)
    from django.core.cache import cache

    cache.delete(f"signons:count-api:{petition.translation_key}")  # the fresh answer expired

    with every_query_fails():
        response = reader.get(url)

    assert response.status_code == 200
    assert response["X-Count-Stale"] == "true"
    assert response.json()["goal"] == 1000


def test_the_count_api_with_nothing_to_fall_back_on_answers_503_in_json(reader, petition):
    with every_query_fails():
        response = reader.get(f"/api/petitions/{petition.translation_key}/count/")

    assert response.status_code == 503
    assert response.json()["error"] == "unavailable"


def test_a_page_during_an_outage_answers_503_not_500(reader, petition):
    url = petition.url
    with every_query_fails():
        response = reader.get(url)

    assert response.status_code == 503
    assert "We cannot reach our database just now." in response.content.decode()


@only_on_postgresql("the connection is moved to a closed port of PostgreSQL's")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_database_on_a_closed_port_a_sign_on_answers_503(reader, petition):
    with database_on_a_closed_port():
        html = sign(reader, petition, email="ruth@example.org")
        data = sign(reader, petition, email="ana@example.org", json=True)

    assert (html.status_code, data.status_code) == (503, 503)
    assert data.json()["error"] == "unavailable"
    assert html["Retry-After"] == data["Retry-After"] == "30"


def test_a_page_in_the_page_cache_is_still_served_during_an_outage(reader, petition, page_cache):
    url = petition.url
    reader.get(url)  # rendered and stored

    with every_query_fails():
        response = reader.get(url)

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert f"<h1>{petition.title}</h1>" in response.content.decode()
