"""The campaigns app; on start-up it wires the sign-on settings cache to page changes."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("News, actions and sign-ons")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_unpublished

        from campaigns.models import PetitionPage
        from campaigns.signons.config import page_changed

        # A petition's cached sign-on settings go whenever the page changes (see config.py).
        for signal in (post_save, post_delete, page_unpublished):
            signal.connect(page_changed, sender=PetitionPage, dispatch_uid="signons.config")
