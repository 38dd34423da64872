"""Editors link the stories that followed an action alert; the alert lists them under
"What happened next", live stories in the reader's language only."""

from datetime import UTC, datetime

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.translating import translate
from tests.campaigns.factories import ActionAlertPageFactory, NewsPageFactory


def alert_form(**overrides) -> dict:
    data = {
        "title": "Protect asylum seekers",
        "slug": "protect-asylum-seekers",
        "summary": "New limits on asylum were announced.",
        "deadline": "",
        "body": streamfield([]),
        "actions": streamfield([]),
        "thanks": "",
        "outcome": rich_text(""),
        "follow_ups": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editor_links_the_stories_that_followed_and_readers_see_them_in_order(
    admin_client, client, take_action, news_index
):
    hearing = NewsPageFactory(
        parent=news_index,
        title="Senate holds asylum hearing",
        dek="Clergy testified for three hours.",
        published_at=datetime(2026, 3, 5, 12, tzinfo=UTC),
    )
    vote = NewsPageFactory(
        parent=news_index,
        title="The bill is withdrawn",
        dek="A win for asylum seekers.",
        published_at=datetime(2026, 4, 1, 12, tzinfo=UTC),
    )
    add_url = f"/admin/pages/add/campaigns/actionalertpage/{take_action.pk}/"
    assert 'id="id_follow_ups-FORMS"' in admin_client.get(add_url).content.decode()

    response = admin_client.post(
        add_url, alert_form(follow_ups=inline_formset([{"story": vote.pk}, {"story": hearing.pk}]))
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get("/take-action/protect-asylum-seekers/").content.decode()
    assert '<h2 id="next-heading">What happened next</h2>' in html
    assert f'<a href="{vote.url}">The bill is withdrawn</a>' in html
    assert f'<a href="{hearing.url}">Senate holds asylum hearing</a>' in html
    assert '">March 5, 2026</time>' in html and '">April 1, 2026</time>' in html
    assert "A win for asylum seekers." in html and "Clergy testified for three hours." in html
    assert html.index("The bill is withdrawn") < html.index("Senate holds asylum hearing")


def test_an_editor_changes_the_stories_in_the_alerts_edit_form(
    admin_client, client, take_action, news_index
):
    alert = ActionAlertPageFactory(parent=take_action, slug="protect-asylum-seekers")
    story = NewsPageFactory(parent=news_index, title="Senate holds asylum hearing")

    response = admin_client.post(
        f"/admin/pages/{alert.pk}/edit/",
        alert_form(follow_ups=inline_formset([{"story": story.pk}])),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Senate holds asylum hearing" in client.get(alert.url).content.decode()


def test_without_stories_or_a_closed_outcome_there_is_no_what_happened_next(client, take_action):
    alert = ActionAlertPageFactory(parent=take_action)

    assert "What happened next" not in client.get(alert.url).content.decode()


def test_a_draft_story_is_left_out(client, take_action, news_index):
    alert = ActionAlertPageFactory(parent=take_action)
    draft = NewsPageFactory(parent=news_index, title="Not yet published")
    draft.unpublish()
    alert.follow_ups.create(story=draft)

    html = client.get(alert.url).content.decode()

    assert "Not yet published" not in html and "What happened next" not in html


def test_a_spanish_alert_lists_only_the_stories_translated_into_spanish(
    client, home_page, take_action, news_index
):
    translated = NewsPageFactory(parent=news_index, title="Senate holds asylum hearing")
    untranslated = NewsPageFactory(parent=news_index, title="Only in English")
    alert = ActionAlertPageFactory(parent=take_action, title="Protect asylum seekers")
    alert.follow_ups.create(story=translated)
    alert.follow_ups.create(story=untranslated)
    alert.save_revision().publish()
    for page in (home_page, take_action, news_index):
        translate(page, "es", {})
    spanish_story = translate(
        translated, "es", {"Senate holds asylum hearing": "El Senado celebra una audiencia"}
    )
    spanish_alert = translate(alert, "es", {"Protect asylum seekers": "Protejan el asilo"})

    html = client.get(spanish_alert.url).content.decode()

    assert f'<a href="{spanish_story.url}">El Senado celebra una audiencia</a>' in html
    assert "Only in English" not in html and "Senate holds asylum hearing" not in html
