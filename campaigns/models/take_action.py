"""/take-action/: the index of open action alerts and petitions."""

from django.utils.translation import gettext_lazy as _

from home.listings import prepare_cards
from home.models.base import SectionIndexPage

from .actions import ActionAlertPage
from .petitions import PetitionPage


class CampaignIndexPage(SectionIndexPage):
    """/take-action/: open action alerts and active petitions."""

    subpage_types = ["campaigns.PetitionPage", "campaigns.ActionAlertPage"]

    class Meta:
        verbose_name = _("take-action index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["alerts"] = list(ActionAlertPage.objects.open().child_of(self))
        context["petitions"] = list(PetitionPage.objects.open().child_of(self))
        prepare_cards(context["alerts"], context["petitions"])
        return context
