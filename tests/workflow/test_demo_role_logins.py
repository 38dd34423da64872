"""`make run` prints a login for each staff role, so the admin can be tried as each of them."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.fixture
def demo_password(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-password-1")
    return "demo-password-1"


def run_ensure_admin() -> str:
    out = StringIO()
    call_command("ensure_admin", "--with-roles", stdout=out)
    return out.getvalue()


def test_each_role_gets_a_login_in_exactly_its_groups(db, demo_password):
    printed = run_ensure_admin()

    groups = {
        user.username: sorted(user.groups.values_list("name", flat=True))
        for user in get_user_model().objects.filter(username__endswith="@localhost")
    }
    assert groups == {
        "writer@localhost": ["Writers"],
        "editor@localhost": ["Editors"],
        "translator@localhost": ["Translators", "Translators: Spanish (es)"],
        "data-officer@localhost": ["Data officers"],
    }
    for username in groups:
        assert f"username '{username}', same password" in printed


def test_the_role_logins_sign_in_to_the_admin_with_the_printed_password(client, db, demo_password):
    run_ensure_admin()

    for role in ("writer", "editor", "translator", "data-officer"):
        assert client.login(username=f"{role}@localhost", password=demo_password), role
        assert "Dashboard" in client.get("/admin/").content.decode(), role
        client.logout()


def test_running_it_again_refreshes_the_logins_without_adding_any(db, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "first-password")
    run_ensure_admin()
    monkeypatch.setenv("ADMIN_PASSWORD", "second-password")
    run_ensure_admin()

    staff = get_user_model().objects.filter(username__endswith="@localhost")
    assert staff.count() == 4
    assert all(user.check_password("second-password") for user in staff)
