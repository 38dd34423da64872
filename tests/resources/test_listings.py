"""The partner wall lists live partners, leads first; the resource index filters by type."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from resources.models.library import ResourceDocument
from resources.models.partners import PartnerCosponsorship
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.resources.factories import PartnerPageFactory, ResourcePageFactory


def test_the_partner_wall_lists_lead_partners_first_and_hides_drafts(client, partner_index):
    PartnerPageFactory(parent=partner_index, title="Alpha Member", role="member")
    PartnerPageFactory(parent=partner_index, title="Zeta Coalition", role="lead")
    PartnerPageFactory(parent=partner_index, title="Draft Partner", live=False)

    html = client.get(partner_index.url).content.decode()

    assert html.index("Zeta Coalition") < html.index("Alpha Member")
    assert "Draft Partner" not in html


def test_the_resource_index_filters_by_type(client, resource_index):
    ResourcePageFactory(parent=resource_index, title="Seder text", resource_type="study")
    ResourcePageFactory(
        parent=resource_index, title="Asylum fact sheet", resource_type="fact-sheet"
    )

    html = client.get(f"{resource_index.url}?type=study").content.decode()
    unknown = client.get(f"{resource_index.url}?type=<script>").content.decode()

    assert "Seder text" in html and "Asylum fact sheet" not in html
    assert "Seder text" in unknown and "Asylum fact sheet" in unknown


def test_a_resource_shows_each_download_with_file_type_and_size(client, resource_index):
    document = get_document_model()(
        title="Seder text", file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, name="seder.pdf")
    )
    document._set_document_file_metadata()
    document.save()
    resource = ResourcePageFactory(parent=resource_index)
    resource.documents = [ResourceDocument(document=document, label="The seder text")]
    resource.save_revision().publish()

    html = client.get(resource.url).content.decode()

    assert "The seder text</a>" in html
    assert "(PDF, 2.0\xa0KB)" in html


def test_stories_and_alerts_link_to_the_partners_they_mention(client, home_page, partner_index):
    partner = PartnerPageFactory(parent=partner_index, title="Refugee Aid Society")
    story = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    alert = ActionAlertPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    for page in (story, alert):
        page.partners = [partner]
        page.save_revision().publish()

    for page in (story, alert):
        html = client.get(page.url).content.decode()
        assert f'<a href="{partner.url}">Refugee Aid Society</a>' in html


def test_a_partner_page_lists_the_live_actions_it_cosponsors(client, home_page, partner_index):
    take_action = CampaignIndexPageFactory(parent=home_page)
    alert = ActionAlertPageFactory(parent=take_action, title="Protect asylum")
    draft = ActionAlertPageFactory(parent=take_action, title="Unpublished alert", live=False)
    partner = PartnerPageFactory(parent=partner_index)
    partner.cosponsored = [PartnerCosponsorship(action=alert), PartnerCosponsorship(action=draft)]
    partner.save_revision().publish()

    html = client.get(partner.url).content.decode()

    assert f'<a href="{alert.url}">Protect asylum</a>' in html
    assert "Unpublished alert" not in html
