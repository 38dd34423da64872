"""/healthz tells a load balancer whether the database answers."""

import json

import pytest
from django.db import connection
from django.db.utils import ConnectionHandler

from newsroom import health


def test_healthz_is_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.fixture
def unreachable_database(monkeypatch):
    """Point the health check at a database that cannot be reached: a missing file or a closed port."""
    broken = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        broken["NAME"] = "/nonexistent-directory/newsroom.sqlite3"
    else:
        broken.update(HOST="127.0.0.1", PORT="1")
    handler = ConnectionHandler({"default": broken})
    monkeypatch.setattr(health, "connections", handler)
    yield
    handler.close_all()


def test_healthz_is_503_when_the_database_cannot_be_reached(client, db, unreachable_database):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "unavailable"}
