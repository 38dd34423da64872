"""Staff roles: which groups each role means, and adding or updating a staff member."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Locale

from home.translators import is_source_locale, translator_group

ROLE_GROUPS = {
    "writer": "Writers",
    "editor": "Editors",
    "translator": "Translators",
    "data-officer": "Data officers",
}
TRANSLATOR_GROUP_PREFIX = "Translators: "


class StaffError(ValueError):
    """Bad input to add_staff; the message says what to fix."""


@dataclass
class StaffMember:
    user: object
    created: bool
    groups: list[str]
    password_link: str


def add_staff(email: str, role: str, locale_code: str | None = None) -> StaffMember:
    """Create or update the staff user for an email so they hold exactly the role's groups."""
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise StaffError(f"'{email}' is not an email address.") from None
    if role not in ROLE_GROUPS:
        raise StaffError(f"Unknown role '{role}'. Choose one of: {', '.join(ROLE_GROUPS)}.")
    locale = _translation_locale(role, locale_code)

    with transaction.atomic():
        user_model = get_user_model()
        user = user_model.objects.filter(username__iexact=email).first()
        created = user is None
        if created:
            user = user_model(username=email)
            user.set_unusable_password()
        user.email = email
        user.is_active = True
        user.save()

        groups = [Group.objects.get_or_create(name=ROLE_GROUPS[role])[0]]
        if locale is not None:
            groups.append(translator_group(locale))
        # A new role replaces the old one; groups outside the staff roles are left alone.
        user.groups.remove(*staff_groups_of(user))
        user.groups.add(*groups)

    return StaffMember(
        user=user,
        created=created,
        groups=[group.name for group in groups],
        password_link=password_set_link(user),
    )


def staff_groups_of(user) -> list[Group]:
    return [
        group
        for group in user.groups.all()
        if group.name in ROLE_GROUPS.values() or group.name.startswith(TRANSLATOR_GROUP_PREFIX)
    ]


def _translation_locale(role: str, locale_code: str | None) -> Locale | None:
    if role != "translator":
        if locale_code:
            raise StaffError("--locale applies only to translators.")
        return None
    choices = ", ".join(
        locale.language_code
        for locale in Locale.objects.order_by("language_code")
        if not is_source_locale(locale)
    )
    if not locale_code:
        raise StaffError(f"Translators need --locale, one of: {choices}.")
    locale = Locale.objects.filter(language_code=locale_code).first()
    if locale is None:
        raise StaffError(f"Unknown locale '{locale_code}'. Choose one of: {choices}.")
    if is_source_locale(locale):
        raise StaffError(f"'{locale_code}' is the source language; translators work in: {choices}.")
    return locale


def password_set_link(user) -> str:
    """A link to the admin's set-password page; it stops working once a password is set."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
