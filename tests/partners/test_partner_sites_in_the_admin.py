"""Editors give a partner its code and the sites that may embed our petitions, in the admin."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_factories import ImageFactory

from resources.models import PartnerPage
from tests.partners.framing import frame_ancestors


def partner_form(**overrides):
    data = {
        "title": "Refugee Aid Society",
        "slug": "refugee-aid-society",
        "logo": ImageFactory().pk,
        "logo_alt_text": "Refugee Aid Society logo",
        "description": "Welcoming refugees since 1881.",
        "website": "https://ras.example/",
        "role": "member",
        "body": streamfield([]),
        "cosponsored": inline_formset([]),
        "partner_code": "ras",
        "embed_sites": "https://ras.example/take-action/\r\nhttp://LOCALHOST:8441",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_partner(admin_client, partners_index, **overrides):
    return admin_client.post(
        f"/admin/pages/add/resources/partnerpage/{partners_index.pk}/", partner_form(**overrides)
    )


def test_an_editor_lists_a_partners_sites_and_they_may_frame_its_embeds(
    admin_client, client, partners_index, petition
):
    response = add_partner(admin_client, partners_index)

    assert response.status_code == 302
    partner = PartnerPage.objects.get()
    assert (partner.partner_code, partner.live) == ("ras", True)
    # Any address of the site may be pasted; what counts is its origin.
    assert partner.embed_sites == "https://ras.example\nhttp://localhost:8441"
    embed = client.get(f"/embed/petitions/{petition.translation_key}/?partner=ras")
    assert frame_ancestors(embed) == ["'self'", "https://ras.example", "http://localhost:8441"]


def test_a_site_that_is_not_a_web_address_is_refused(admin_client, partners_index):
    response = add_partner(admin_client, partners_index, embed_sites="ras.example")

    assert "“ras.example” is not a website address." in response.content.decode()
    assert not PartnerPage.objects.exists()


def test_two_partners_cannot_share_a_code(admin_client, partners_index, ras):
    response = add_partner(admin_client, partners_index, slug="other", partner_code="ras")

    assert "Another partner already has this code." in response.content.decode()
    assert PartnerPage.objects.count() == 1


def test_an_editor_changes_a_partners_sites(admin_client, client, ras, petition):
    data = partner_form(embed_sites="https://new.ras.example", slug=ras.slug, logo=ras.logo_id)

    response = admin_client.post(f"/admin/pages/{ras.pk}/edit/", data)

    assert response.status_code == 302
    embed = client.get(f"/embed/petitions/{petition.translation_key}/?partner=ras")
    assert frame_ancestors(embed) == ["'self'", "https://new.ras.example"]
