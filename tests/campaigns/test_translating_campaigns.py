"""Translating campaigns: words go to translators; numbers, handles and form settings stay in sync."""

import xml.etree.ElementTree as ET

from wagtail_localize.models import StringSegment, TranslationSource

from home.translating import translate
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
    TargetFactory,
)


def strings_offered_to_translators(instance) -> set[str]:
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def test_a_call_target_is_translated_but_its_phone_state_and_handle_stay_the_same(db):
    senator = TargetFactory(
        name="White House", office="Comment line", phone="202-456-1111", social_handle="@WhiteHouse"
    )

    spanish = translate(
        senator, "es", {"White House": "Casa Blanca", "Comment line": "Línea de comentarios"}
    )

    assert (spanish.name, spanish.office) == ("Casa Blanca", "Línea de comentarios")
    assert (spanish.phone, spanish.state, spanish.social_handle) == (
        "202-456-1111",
        "NM",
        "@WhiteHouse",
    )
    assert not {"202-456-1111", "NM", "@WhiteHouse"} & strings_offered_to_translators(senator)


def test_an_alert_offers_its_script_for_translation_but_not_its_phone_number_or_handles(home_page):
    alert = ActionAlertPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        actions=[
            (
                "call",
                {
                    "heading": "Call the White House",
                    "script": "I am calling to ask the President to protect asylum.",
                    "targets": [],
                    "phone": "202-456-1111",
                    "phone_label": "White House",
                },
            ),
            (
                "social_post",
                {
                    "heading": "Post",
                    "text": "Asylum is a right.",
                    "handles": ["@WhiteHouse"],
                    "url": "",
                },
            ),
        ],
    )
    translate(home_page, "es", {})

    offered = strings_offered_to_translators(alert)
    spanish = translate(
        alert,
        "es",
        {
            "I am calling to ask the President to protect asylum.": "Llamo para pedir al Presidente que proteja el asilo."
        },
    )

    assert "I am calling to ask the President to protect asylum." in offered
    assert not {"202-456-1111", "@WhiteHouse"} & offered
    call = spanish.actions[0].value
    assert call["script"] == "Llamo para pedir al Presidente que proteja el asilo."
    assert call["phone"] == "202-456-1111"
    assert list(spanish.actions[1].value["handles"]) == ["@WhiteHouse"]


def test_a_petitions_form_questions_are_not_offered_for_translation(home_page):
    petition = PetitionPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page),
        signer_fields=[("field", {"name": "city", "required": True})],
        goal=5000,
    )
    translate(home_page, "es", {})

    spanish = translate(petition, "es", {})

    assert spanish.goal == 5000
    assert [block.value["name"] for block in spanish.signer_fields] == ["city"]
    assert "city" not in strings_offered_to_translators(petition)


def test_the_spanish_feed_lists_spanish_stories_only(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    translated = NewsPageFactory(parent=news, title="Clergy deliver letter", slug="clergy-letter")
    NewsPageFactory(parent=news, title="Only in English", slug="english-only")
    translate(home_page, "es", {})
    translate(news, "es", {"News": "Noticias"})
    translate(translated, "es", {"Clergy deliver letter": "El clero entrega la carta"})

    spanish = ET.fromstring(client.get("/es/news/feed/").content).find("channel")
    english = ET.fromstring(client.get("/news/feed/").content).find("channel")

    assert [item.findtext("title") for item in spanish.findall("item")] == [
        "El clero entrega la carta"
    ]
    assert spanish.findtext("link").startswith("http://localhost/es/news/")
    assert {item.findtext("title") for item in english.findall("item")} == {
        "Clergy deliver letter",
        "Only in English",
    }
