"""Members of Congress, the ZIP codes they represent, and the actions that reach them."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepresentativesConfig(AppConfig):
    name = "campaigns.representatives"
    label = "representatives"
    verbose_name = _("Members of Congress")
