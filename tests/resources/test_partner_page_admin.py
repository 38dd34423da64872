"""Editors add and edit a partner in the admin, and readers see every setting on its page and the wall.

The partner's code and the sites that may embed our petitions: tests/partners/test_partner_sites_in_the_admin.py.
"""

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield
from wagtail_factories import ImageFactory

from resources.models import PartnerPage
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    PetitionPageFactory,
)
from tests.factories import IssueFactory
from tests.page_forms import (
    add_and_publish,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)
from tests.resources.factories import PartnerPageFactory


def partner_fields(title: str, slug: str, **overrides) -> dict:
    fields = {
        "title": title,
        "logo": ImageFactory(file__filename="logo.png").pk,
        "logo_alt_text": f"{title} logo",
        "description": "Welcoming refugees since 1881.",
        "website": "",
        "role": "member",
        "body": streamfield([]),
        "cosponsored": inline_formset([]),
        "partner_code": "",
        "embed_sites": "",
        "topics": [],
        **promote_tab(slug),
    }
    fields.update(overrides)
    return fields


def test_every_setting_of_a_new_partner_reaches_its_readers(
    admin_client, client, home_page, partner_index
):
    take_action = CampaignIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=take_action, title="Protect asylum seekers")
    alert = ActionAlertPageFactory(parent=take_action, title="Call the Senate today")
    asylum = IssueFactory(name="Asylum", slug="asylum")

    response = add_and_publish(
        admin_client,
        partner_index,
        PartnerPage,
        partner_fields(
            "Refugee Aid Society",
            "refugee-aid-society",
            website="https://ras.example/",
            role="lead",
            body=streamfield([("paragraph", rich_text("<p>Offices in twelve states.</p>"))]),
            cosponsored=inline_formset([{"action": petition.pk}, {"action": alert.pk}]),
            topics=[asylum.pk],
        ),
    )

    assert response.status_code == 302
    html = client.get("/partners/refugee-aid-society/").content.decode()
    assert "<h1>Refugee Aid Society</h1>" in html
    assert 'alt="Refugee Aid Society logo"' in html and "/logo" in html
    assert '<p class="eyebrow">Lead organisation</p>' in html
    assert '<p class="lede">Welcoming refugees since 1881.</p>' in html
    assert '<a class="button" href="https://ras.example/" rel="noopener">' in html
    assert "Offices in twelve states." in html
    assert '<a href="/topics/asylum/">Asylum</a>' in html
    topic_html = client.get("/topics/asylum/").content.decode()
    assert '<a href="/partners/refugee-aid-society/">refugee-aid-society on cards</a>' in topic_html
    cosponsored = html.split('id="cosponsored-heading"', 1)[1].split("</section>", 1)[0]
    assert cosponsored.index("Protect asylum seekers") < cosponsored.index("Call the Senate")
    assert_promote_tab_shown(html, "refugee-aid-society")
    wall = client.get("/partners/").content.decode()
    entry = wall.split('href="/partners/refugee-aid-society/"', 1)[1].split("</li>", 1)[0]
    assert "logo-wall__logo" in entry and "Refugee Aid Society" in entry


def test_an_editor_edits_a_partner_and_readers_see_the_changes(admin_client, client, partner_index):
    partner = PartnerPageFactory(parent=partner_index, title="HIAS", slug="hias")

    response = edit_and_publish(
        admin_client,
        partner,
        partner_fields(
            "HIAS",
            "hias",
            logo_alt_text="HIAS, a blue globe",
            description="The Jewish refugee agency.",
            role="member",
        ),
    )

    assert response.status_code == 302
    html = client.get("/partners/hias/").content.decode()
    assert 'alt="HIAS, a blue globe"' in html
    assert "The Jewish refugee agency." in html
    assert '<p class="eyebrow">Member</p>' in html
    assert "Visit their website" not in html


def test_a_partner_without_alt_text_for_its_logo_is_refused(admin_client, partner_index):
    response = add_and_publish(
        admin_client,
        partner_index,
        PartnerPage,
        partner_fields("Refugee Aid Society", "ras", logo_alt_text=""),
    )

    assert "This field is required." in response.content.decode()
    assert not PartnerPage.objects.exists()
