"""The demo tells one consistent story: stories agree with the petitions they report, actions lead to
open petitions, counts per language name only languages a petition is published in, closed
petitions say so wherever they are shown, and promises of updates are recorded as consent."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.html import strip_tags

from campaigns.models import ActionAlertPage, NewsPage, PetitionPage, Signature
from campaigns.signons.report import petition_report


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content")
        yield
        transaction.set_rollback(True)


def petitions_linked_from(alert: ActionAlertPage) -> list[PetitionPage]:
    """Every petition an alert's actions lead to: its petition actions and its links to pages."""
    linked = []
    for action in alert.actions:
        if action.block_type == "petition":
            linked.append(action.value["petition"])
        elif action.block_type == "link" and action.value.get("page"):
            linked.append(action.value["page"])
    return [page.specific for page in linked if isinstance(page.specific, PetitionPage)]


@pytest.mark.django_db
def test_every_open_alert_leads_only_to_petitions_still_taking_signatures(demo, client):
    for alert in ActionAlertPage.objects.open():
        linked = petitions_linked_from(alert)
        assert linked, f"{alert.url} asks readers to sign nothing"
        for petition in linked:
            assert petition.is_open, f"{alert.url} leads to the closed {petition.url}"
            assert "Closed to new signatures" not in client.get(petition.url).content.decode()


@pytest.mark.django_db
def test_the_faith_leaders_button_leads_to_an_open_letter_in_each_language(demo, client):
    for alert in ActionAlertPage.objects.filter(slug__startswith="prote"):
        html = client.get(alert.url).content.decode()
        faith_leaders = [
            block.value["page"].specific.localized
            for block in alert.actions
            if block.block_type == "link" and block.value.get("page")
        ]
        assert len(faith_leaders) == 1
        letter = faith_leaders[0]
        assert letter.kind == "letter" and letter.is_open
        assert letter.url in html
        assert letter.locale_id == alert.locale_id


@pytest.mark.django_db
def test_a_story_reports_its_petition_as_it_was_on_the_day_it_was_published(demo, client):
    for story in NewsPage.objects.filter(featured_petition__isnull=False):
        petition = story.featured_petition.specific
        published = story.published_at
        html = client.get(story.url).content.decode()
        if petition.closes_at and petition.closes_at <= published:
            assert "remains open" not in html and "sigue abierta" not in html
        if petition.delivered_on:
            # A story dated before the delivery cannot report it.
            assert petition.delivered_on <= published.date()
            assert str(petition.delivered_on.year) in html

    english = NewsPage.objects.get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    assert "This petition has closed." in html
    assert "Delivered to lawmakers on Capitol Hill on July 18, 2025" in html
    assert "closed to new signatures on the evening of July 17" in html


@pytest.mark.django_db
def test_a_petitions_signatures_come_only_in_languages_it_is_published_in(demo):
    for petition in PetitionPage.objects.sources():
        published_in = set(
            petition.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True)
        )
        report = petition_report(petition)
        languages = {language for language, _count in report["by_locale"]}
        assert languages <= published_in, petition.slug
        assert Signature.objects.filter(petition_key=petition.translation_key).exists()

    president = PetitionPage.objects.get(slug="letter-to-the-president", locale__language_code="en")
    assert {language for language, _count in petition_report(president)["by_locale"]} == {
        "en",
        "es",
        "ar",
    }


@pytest.mark.django_db
def test_a_closed_letter_says_so_on_its_form_and_its_list_of_signers_in_each_language(demo, client):
    closed = [page for page in PetitionPage.objects.live() if not page.is_open]
    assert {page.locale.language_code for page in closed} == {"en", "es"}
    for page in closed:
        petition = client.get(page.url).content.decode()
        signers = client.get(page.url + "signers/").content.decode()

        form = petition[petition.index('id="sign"') :]
        assert 'id="sign-heading">Add your name' not in form
        assert "signon__closed" in form and "<form" not in form
        assert "signer-list__closed" in signers
        assert page.url + "#sign" not in signers
    english = next(page for page in closed if page.locale.language_code == "en")
    petition = client.get(english.url).content.decode()
    signers = client.get(english.url + "signers/").content.decode()
    assert '<h2 class="signon__heading" id="sign-heading">Closed to new signatures</h2>' in petition
    assert "This petition has closed." in signers
    assert "Add your name" not in signers


@pytest.mark.django_db
def test_petitions_that_promise_email_updates_record_consent_to_them(demo, client):
    promising = [
        page
        for page in PetitionPage.objects.filter(locale__language_code="en")
        if "unsubscribe" in (strip_tags(page.consent_text) + page.updates_wording)
    ]
    assert {page.slug for page in promising} == {
        "letter-to-the-president",
        "policy-platform-pledge",
    }
    for page in promising:
        assert page.updates_consent == "implied"
        assert "unsubscribe at any time" in page.updates_wording
        assert "unsubscribe" not in page.consent_text  # said once, by the updates wording
        html = client.get(page.url).content.decode()
        assert f'<p class="signon__updates">{page.updates_wording}</p>' in html
        signatures = Signature.objects.filter(petition_key=page.translation_key)
        assert not signatures.filter(updates_agreed=False).exists()
        assert set(signatures.values_list("updates_wording", flat=True)) == {page.updates_wording}

    spanish = PetitionPage.objects.get(slug="carta-al-presidente")
    assert "Puedes darte de baja" in spanish.updates_wording


@pytest.mark.django_db
def test_the_privacy_page_says_how_to_unsubscribe_and_links_the_erasure_request(demo, client):
    html = client.get("/privacy/").content.decode()

    assert "link to unsubscribe" in html
    assert '<a href="/privacy/erase/">ask for an erasure link</a>' in html
    assert client.get("/privacy/erase/").status_code == 200
