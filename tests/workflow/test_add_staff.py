"""`manage.py add_staff` puts a person in exactly their role's groups and prints a password link."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from tests.factories import UserFactory


def add_staff(*args):
    out = StringIO()
    call_command("add_staff", *args, stdout=out)
    return out.getvalue()


def group_names(email):
    return set(get_user_model().objects.get(username=email).groups.values_list("name", flat=True))


def password_link(output):
    return output.split("(works once): ")[1].strip()


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("writer", "Writers"),
        ("editor", "Editors"),
        ("data-officer", "Data officers"),
    ],
)
def test_add_staff_puts_a_new_person_in_their_roles_group(db, role, group):
    output = add_staff("ruth@example.org", "--role", role)

    assert f"Created ruth@example.org: {group}." in output
    assert group_names("ruth@example.org") == {group}


def test_a_translator_joins_the_translators_and_their_languages_group(db):
    add_staff("ana@example.org", "--role", "translator", "--locale", "es")

    assert group_names("ana@example.org") == {"Translators", "Translators: Spanish (es)"}


def test_a_new_role_replaces_the_old_one_and_keeps_other_groups(db):
    user = UserFactory(username="ruth@example.org")
    user.groups.add(Group.objects.create(name="Newsletter volunteers"))
    add_staff("ruth@example.org", "--role", "writer")

    output = add_staff("ruth@example.org", "--role", "editor")

    assert "Updated ruth@example.org: Editors." in output
    assert group_names("ruth@example.org") == {"Editors", "Newsletter volunteers"}


def test_the_printed_link_lets_the_person_set_a_password_once(client, db):
    link = password_link(add_staff("ruth@example.org", "--role", "writer"))
    assert link.startswith("http://testserver/admin/password_reset/confirm/")
    path = link.removeprefix("http://testserver")

    form_page = client.get(path, follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Welcome-stranger-1942", "new_password2": "Welcome-stranger-1942"},
    )

    assert client.login(username="ruth@example.org", password="Welcome-stranger-1942")
    client.logout()
    second_use = client.get(path, follow=True).content.decode()
    assert "invalid" in second_use.lower()


def test_a_new_staff_member_cannot_log_in_before_setting_a_password(db):
    add_staff("ruth@example.org", "--role", "writer")

    assert not get_user_model().objects.get(username="ruth@example.org").has_usable_password()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "publisher"], "Unknown role 'publisher'. Choose one of: writer, editor"),
        (["--role", "translator"], "Translators need --locale, one of: ar, es."),
        (["--role", "translator", "--locale", "fr"], "Unknown locale 'fr'. Choose one of: ar, es."),
        (["--role", "translator", "--locale", "en"], "'en' is the source language"),
        (["--role", "writer", "--locale", "es"], "--locale applies only to translators."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(db, args, message):
    with pytest.raises(CommandError, match=message):
        add_staff("ruth@example.org", *args)

    assert not get_user_model().objects.filter(username="ruth@example.org").exists()


def test_a_malformed_email_is_refused(db):
    with pytest.raises(CommandError, match="'ruth-at-example' is not an email address."):
        add_staff("ruth-at-example", "--role", "writer")
