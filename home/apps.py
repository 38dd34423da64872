from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def shared_snippet_changed(sender, **kwargs) -> None:
    """The chrome frames every page and topic names appear on many: a change shows at once on
    this site (every cached page is dropped); a CDN in front keeps its copies for what is left of
    their max-age, at most PAGE_CACHE_SECONDS."""
    from newsroom.platform.page_cache import clear_page_cache

    clear_page_cache()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home.models import Issue, SiteChrome
        from home.translators import grant_on_locale_root_created

        # No sender: translated home pages are saved as their own page class.
        post_save.connect(grant_on_locale_root_created, dispatch_uid="home.translator_access")
        for model in (SiteChrome, Issue):
            for signal in (post_save, post_delete):
                signal.connect(shared_snippet_changed, sender=model, weak=False)
