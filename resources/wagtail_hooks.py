"""Resources' part of the home page: the partners' logo wall."""

from wagtail import hooks

from home.listings import public_only
from resources.models import PartnerPage

HOME_PARTNERS = 24


@hooks.register("home_page_sections")
def partner_logos(home_page) -> dict:
    partners = public_only(PartnerPage.objects.descendant_of(home_page).live())
    return {"partners": list(partners.order_by("role", "title")[:HOME_PARTNERS])}
