"""Markers for tests that only mean something on one database."""

import pytest
from django.db import connection


def only_on_postgresql(why: str):
    """Skip (before any fixture runs) unless the suite runs on PostgreSQL, the production database."""
    return pytest.mark.skipif(connection.vendor != "postgresql", reason=why)
