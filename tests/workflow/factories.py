"""Staff users made through add_staff, the same path `manage.py add_staff` takes."""

from home.staff import add_staff


def staff_member(role: str, email: str | None = None, locale: str | None = None):
    return add_staff(email or f"{role}@example.org", role, locale).user
