"""A delivered petition under /take-action/ whose parents are translated, ready to translate itself."""

import datetime

from home.translating import translate
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory


def delivered_petition(home_page, language_code: str, **fields):
    """'Fair asylum now', goal 2,000, delivered on 5 March 2026; home and index translated."""
    take_action = CampaignIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(
        parent=take_action,
        title="Fair asylum now",
        slug="fair-asylum",
        goal=2000,
        delivered_on=datetime.date(2026, 3, 5),
        **fields,
    )
    translate(home_page, language_code, {})
    translate(take_action, language_code, {})
    return petition
