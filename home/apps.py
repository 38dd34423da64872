from django.apps import AppConfig


def site_chrome_changed(sender, **kwargs) -> None:
    """The chrome frames every page in its language: a change shows on every page at once."""
    from newsroom.platform.page_cache import clear_page_cache

    clear_page_cache()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared content"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home.models import SiteChrome
        from home.translators import grant_on_locale_root_created

        # No sender: translated home pages are saved as their own page class.
        post_save.connect(grant_on_locale_root_created, dispatch_uid="home.translator_access")
        post_save.connect(site_chrome_changed, sender=SiteChrome, dispatch_uid="home.chrome_saved")
        post_delete.connect(
            site_chrome_changed, sender=SiteChrome, dispatch_uid="home.chrome_deleted"
        )
