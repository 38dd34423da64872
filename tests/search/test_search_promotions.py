"""Promoted search results link to their page and follow the reader's language."""

from wagtail.contrib.search_promotions.models import Query
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.translating import translate
from tests.factories import StandardPageFactory


def promote_in_admin(admin_client, query: str, *picks: dict):
    response = admin_client.post(
        "/admin/searchpicks/add/",
        nested_form_data({"query_string": query, "editors_picks": inline_formset(list(picks))}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Query.get(query)


def recommended(html: str) -> str:
    return html.split('class="promoted-results"')[1].split("</section>")[0]


def test_a_promoted_page_links_to_its_address_not_its_title(admin_client, client, home_page):
    letter = StandardPageFactory(
        parent=home_page, title="A letter to the President: protect asylum", slug="letter"
    )
    promote_in_admin(admin_client, "letter", {"page": letter.pk, "description": "Sign it."})

    promoted = recommended(client.get("/search/?query=letter").content.decode())

    assert '<a href="/letter/">A letter to the President: protect asylum</a>' in promoted
    assert 'href="A letter' not in promoted
    assert "Sign it." in promoted


def test_a_spanish_search_shows_the_spanish_translation_of_the_promoted_page(
    admin_client, client, home_page
):
    guide = StandardPageFactory(parent=home_page, title="Hosting guide", slug="hosting")
    translate(home_page, "es", {})
    translate(guide, "es", {"Hosting guide": "Guía para acoger"})
    promote_in_admin(admin_client, "daca", {"page": guide.pk, "description": ""})

    spanish = recommended(client.get("/es/search/?query=daca").content.decode())
    english = recommended(client.get("/search/?query=daca").content.decode())

    assert '<a href="/es/hosting/">Guía para acoger</a>' in spanish
    assert "Hosting guide" not in spanish
    assert '<a href="/hosting/">Hosting guide</a>' in english
    assert "Guía para acoger" not in english


def test_a_promoted_page_with_no_translation_is_left_out_of_other_languages_searches(
    admin_client, client, home_page
):
    english_only = StandardPageFactory(parent=home_page, title="English-only briefing")
    other = StandardPageFactory(parent=home_page, title="Briefing for everyone", slug="brief")
    translate(home_page, "es", {})
    translate(other, "es", {"Briefing for everyone": "Informe para todos"})
    promote_in_admin(
        admin_client,
        "briefing",
        {"page": english_only.pk, "description": ""},
        {"page": other.pk, "description": ""},
    )

    spanish = client.get("/es/search/?query=briefing").content.decode()

    assert "Informe para todos" in recommended(spanish)
    assert "English-only briefing" not in spanish


def test_an_outside_link_is_promoted_with_its_text_and_address(admin_client, client, home_page):
    promote_in_admin(
        admin_client,
        "hotline",
        {
            "page": "",
            "external_link_url": "https://hotline.example/",
            "external_link_text": "Legal aid hotline",
            "description": "Free advice.",
        },
    )

    promoted = recommended(client.get("/search/?query=hotline").content.decode())

    assert '<a href="https://hotline.example/">Legal aid hotline</a>' in promoted
