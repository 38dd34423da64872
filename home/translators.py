"""Per-locale translator groups: partners edit their language's page tree and nothing else.

Every locale except the source language gets a group "Translators: Spanish (es)" holding edit
and lock rights (never publish) on that locale's root page, i.e. the translated home page.
A locale's root page only exists once an editor translates the home page, so the grant runs
both when that page is created (see `grant_on_locale_root_created`) and from `add_staff`.
"""

import functools

from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language_info
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation

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


def may_change_snippet_in(user, model, locale: Locale) -> bool:
    """Translators change a translatable snippet (site chrome, topics) only in their languages;
    staff who may add one (editors) change every language's. Pages are kept to a language by
    their page permissions instead."""
    options = model._meta
    may_add = user.has_perm(f"{options.app_label}.{get_permission_codename('add', options)}")
    return may_add or translates_into(user, locale)


def only_translators_of_its_language(view):
    """wagtail-localize's view of one translation (`translation_id`), refused (403) to staff
    who may not change a snippet in the translation's language: wagtail-localize checks only the
    model-wide permission, which a translator of any language holds."""

    @functools.wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        model = translation.source.specific_content_type.model_class()
        if not issubclass(model, Page) and not may_change_snippet_in(
            request.user, model, translation.target_locale
        ):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


def grant_on_locale_root_created(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new translated home page opens its tree to that locale's translators."""
    if raw or not created or not isinstance(instance, Page):
        return
    if instance.depth == LOCALE_ROOT_DEPTH and not is_source_locale(instance.locale):
        translator_group(instance.locale)
