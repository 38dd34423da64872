"""On publish or unpublish: clear the page cache and purge the CDN for the page, its translations and listings."""

from django.conf import settings
from django.db.models.signals import post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.signals import page_published, page_unpublished

from .page_cache import clear_page_cache


def pages_to_purge(page) -> list:
    """The page in every language, and every page above it that may list it (index pages, home).

    The page itself is included even when just unpublished: its old address must be purged too.
    """
    pages = {}
    for each in [page, *page.get_translations().live().specific(defer=True)]:
        pages[each.pk] = each
        for ancestor in each.get_ancestors().filter(depth__gt=1).live().specific(defer=True):
            pages[ancestor.pk] = ancestor
    return list(pages.values())


def purge_frontend_cache(page) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(pages_to_purge(page))
    batch.purge()


def page_changed(sender, instance, **kwargs) -> None:
    # Menus, listings and cards on other pages may show this page, so the whole page cache goes.
    clear_page_cache()
    purge_frontend_cache(instance)


def settings_changed(sender, instance, created=False, **kwargs) -> None:
    # Navigation and footer come from site settings and appear on every page. A row created
    # with defaults on first use (for_site) changes nothing a reader sees.
    if not created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        clear_page_cache()


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="newsroom_platform_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="newsroom_platform_page_unpublished")
    post_save.connect(settings_changed, dispatch_uid="newsroom_platform_settings_saved")
