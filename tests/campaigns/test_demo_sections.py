"""The demo builds the newsroom's sections and features the demo petitions when present."""

import pytest
from django.core.management import call_command

from campaigns.demo import content
from campaigns.models import ActionAlertPage, NewsPage
from home.models import Issue
from resources.models import PartnerPage, ResourcePage
from tests.campaigns.factories import PetitionPageFactory


@pytest.mark.django_db
def test_the_demo_has_every_section_and_its_content(client):
    call_command("load_demo_content")

    for address in ("/news/", "/take-action/", "/partners/", "/resources/"):
        assert client.get(address).status_code == 200
    assert Issue.objects.count() >= 5
    assert PartnerPage.objects.filter(live=True).count() >= 3
    study = ResourcePage.objects.get()
    assert study.documents.get().document.file_extension == "pdf"
    story = NewsPage.objects.get(locale__language_code="en")
    html = client.get(story.url).content.decode()
    assert "Rabbi Miriam Adler" in html and "Updated " in html
    take_action = client.get("/take-action/").content.decode()
    assert "protect immigrants and asylum seekers" in take_action
    assert "stop family detention" not in take_action
    alert = ActionAlertPage.objects.get(
        slug="protect-immigrants-and-asylum-seekers", locale__language_code="en"
    )
    assert {block.block_type for block in alert.actions} >= {"call", "email", "social_post", "link"}
    assert "Over 1,400 clergy" in client.get("/").content.decode()


def test_the_story_and_alert_feature_the_petitions_when_they_exist(client, take_action):
    letter = PetitionPageFactory(
        parent=take_action, slug=content.CLERGY_LETTER, title="Clergy letter"
    )
    president = PetitionPageFactory(parent=take_action, slug=content.PRESIDENT_LETTER)

    content.build()

    assert NewsPage.objects.get(locale__language_code="en").featured_petition == letter
    alert = ActionAlertPage.objects.get(
        slug="protect-immigrants-and-asylum-seekers", locale__language_code="en"
    )
    petition_blocks = [block for block in alert.actions if block.block_type == "petition"]
    assert petition_blocks[0].value["petition"].pk == president.pk
    assert (
        "Clergy letter"
        in client.get(NewsPage.objects.get(locale__language_code="en").url).content.decode()
    )
