"""Per-locale translator groups: partners edit their language's page tree and nothing else.

Every locale except the source language gets a group "Translators: Spanish (es)" holding edit
and lock rights (never publish) on that locale's root page, i.e. the translated home page.
A locale's root page only exists once an editor translates the home page, so the grant runs
both when that page is created (see `grant_on_locale_root_created`) and from `add_staff`.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail.models import GroupPagePermission, Locale, Page

TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "lock_page"]
LOCALE_ROOT_DEPTH = 2  # the tree's root sits at depth 1; each locale's home page under it


def is_source_locale(locale: Locale) -> bool:
    return locale.language_code == settings.LANGUAGE_CODE


def translator_group_name(locale: Locale) -> str:
    code = locale.language_code
    try:
        language = get_language_info(code)["name"]
    except KeyError:
        language = code
    return f"Translators: {language} ({code})"


def translator_group(locale: Locale) -> Group:
    """The locale's translator group, with rights on every root page the locale has so far."""
    group, _ = Group.objects.get_or_create(name=translator_group_name(locale))
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    )
    for page in Page.objects.filter(depth=LOCALE_ROOT_DEPTH, locale=locale):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group


def translates_into(user, locale: Locale) -> bool:
    """Whether `user` is in `locale`'s translator group."""
    return user.groups.filter(name=translator_group_name(locale)).exists()


def grant_on_locale_root_created(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new translated home page opens its tree to that locale's translators."""
    if raw or not created or not isinstance(instance, Page):
        return
    if instance.depth == LOCALE_ROOT_DEPTH and not is_source_locale(instance.locale):
        translator_group(instance.locale)
