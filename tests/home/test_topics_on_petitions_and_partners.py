"""Editors tag petitions and partners with topics in the admin; topic pages then list them."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from campaigns.signons.counting import set_count
from home.translating import translate
from resources.models import PartnerPage
from tests.factories import IssueFactory
from tests.resources.factories import PartnerIndexPageFactory
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory


def petition_form(petition, **overrides) -> dict:
    """Every field of the petition's edit form, as the admin posts it."""
    data = {
        "title": petition.title,
        "slug": petition.slug,
        "kind": "petition",
        "target": "",
        "intro": petition.intro,
        "photo_caption": "",
        "photo_credit": "",
        "letter": rich_text(petition.letter),
        "demands": streamfield([]),
        "closing": rich_text(""),
        "goal": petition.goal,
        "delivered_to": "",
        "delivery_note": "",
        "signer_fields": streamfield([]),
        "categories": streamfield([]),
        "consent_text": rich_text(petition.consent_text),
        "updates_consent": "off",
        "updates_wording": "",
        "optin_partners": streamfield([]),
        "thank_you": rich_text(petition.thank_you),
        "share_text": "",
        "after_signing": streamfield([]),
        "list_shows_title": "on",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def partner_form(**overrides) -> dict:
    data = {
        "title": "Refugee Aid Society",
        "slug": "refugee-aid-society",
        "logo": ImageFactory().pk,
        "logo_alt_text": "Refugee Aid Society logo",
        "description": "Welcoming refugees since 1881.",
        "website": "",
        "role": "member",
        "body": streamfield([]),
        "cosponsored": inline_formset([]),
        "partner_code": "",
        "embed_sites": "",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editor_tags_a_petition_and_its_topic_page_lists_it_with_its_count(
    admin_client, client, home_page
):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    IssueFactory(name="Detention", slug="detention")
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), title="Fair asylum now", goal=100
    )
    set_count(petition.translation_key, 40)
    edit_url = f"/admin/pages/{petition.pk}/edit/"
    assert 'name="topics"' in admin_client.get(edit_url).content.decode()

    data = petition_form(petition)
    data["topics"] = [asylum.pk]
    response = admin_client.post(edit_url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get("/topics/asylum/").content.decode()
    assert '<a href="/take-action/' + petition.slug + '/">Fair asylum now</a>' in html
    assert "Petition, pledge or sign-on letter" in html
    assert 'data-count="40">40</strong> signatures of 100' in html
    assert "Fair asylum now" not in client.get("/topics/detention/").content.decode()
    petition_html = client.get(petition.url).content.decode()
    assert '<a href="/topics/asylum/">Asylum</a>' in petition_html
    assert "/topics/detention/" not in petition_html


def test_an_editor_tags_a_partner_and_the_topic_page_and_partner_page_link_each_other(
    admin_client, client, home_page
):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    partners = PartnerIndexPageFactory(parent=home_page)
    add_url = f"/admin/pages/add/resources/partnerpage/{partners.pk}/"
    assert 'name="topics"' in admin_client.get(add_url).content.decode()

    data = partner_form()
    data["topics"] = [asylum.pk]
    response = admin_client.post(add_url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    partner = PartnerPage.objects.get(slug="refugee-aid-society")
    topic_html = client.get("/topics/asylum/").content.decode()
    assert f'<a href="{partner.url}">Refugee Aid Society</a>' in topic_html
    assert "Welcoming refugees since 1881." in topic_html
    # The logo is shown whole (a logo rendition), not cropped like a story's picture.
    assert 'class="card__image card__image--logo"' in topic_html and "max-240x120" in topic_html
    partner_html = client.get(partner.url).content.decode()
    assert '<a href="/topics/asylum/">Asylum</a>' in partner_html


def test_a_spanish_topic_page_lists_the_spanish_petition_only(client, home_page):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), title="Fair asylum now"
    )
    petition.topics = [asylum]
    petition.save_revision().publish()
    translate(home_page, "es", {})
    translate(petition.get_parent().specific, "es", {})
    translate(petition, "es", {"Fair asylum now": "Asilo justo ya"})

    spanish = client.get("/es/topics/asylum/").content.decode()
    english = client.get("/topics/asylum/").content.decode()

    assert "Asilo justo ya" in spanish and "Fair asylum now" not in spanish
    assert "Fair asylum now" in english and "Asilo justo ya" not in english
