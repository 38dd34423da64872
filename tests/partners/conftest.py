"""Fixtures for partner features: a petition, two partners with codes and sites, translations."""

import pytest
from wagtail.models import Locale

from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

RAS_SITE = "https://ras.example"
RABBIS_SITE = "https://rabbis.example"


@pytest.fixture
def take_action(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def petition(take_action):
    return PetitionPageFactory(parent=take_action, title="Fair asylum now", slug="fair-asylum")


@pytest.fixture
def partners_index(home_page):
    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def ras(partners_index):
    return PartnerPageFactory(
        parent=partners_index,
        title="Refugee Aid Society",
        slug="refugee-aid-society",
        partner_code="ras",
        embed_sites=f"{RAS_SITE}\nhttps://www.ras.example",
    )


@pytest.fixture
def rabbis(partners_index):
    return PartnerPageFactory(
        parent=partners_index,
        title="Rabbinic Human Rights Network",
        slug="rabbis",
        partner_code="rabbis",
        embed_sites=RABBIS_SITE,
    )


def translate(page, language: str, **changes):
    """Publish `page`'s translation into `language` (its parents too), with `changes`."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def receiver():
    """A CRM's webhook endpoint on a real local HTTP server."""
    from tests.partners.servers import Receiver

    found = Receiver()
    yield found
    found.stop()


@pytest.fixture
def updates_petition(petition):
    """The petition asks signers, with an unticked box, whether they want updates."""
    petition.updates_consent = "optional"
    petition.updates_wording = "Send me occasional updates from the coalition."
    petition.save_revision().publish()
    return petition
