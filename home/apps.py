from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from django.db.models.signals import post_save

        from home.translators import grant_on_locale_root_created

        # No sender: translated home pages are saved as their own page class.
        post_save.connect(grant_on_locale_root_created, dispatch_uid="home.translator_access")
