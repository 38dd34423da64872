"""Fixtures for the editorial workflow: one staff member per role, and pages in two languages."""

import pytest
from wagtail.models import Locale, Workflow
from wagtail_localize.operations import TranslationCreator

from home.staff import add_staff
from tests.factories import StandardPageFactory
from tests.workflow.factories import staff_member


@pytest.fixture
def writer(db):
    return staff_member("writer")


@pytest.fixture
def editor(db):
    return staff_member("editor")


@pytest.fixture
def translator(db):
    return add_staff("traductora@example.org", "translator", "es").user


@pytest.fixture
def data_officer(db):
    return staff_member("data-officer")


@pytest.fixture
def newsroom_review(db):
    return Workflow.objects.get(name="Newsroom review")


@pytest.fixture
def story(home_page):
    """A live English page with an unpublished draft on top of it."""
    page = StandardPageFactory(parent=home_page, title="Clergy deliver petition", slug="clergy")
    page.title = "Clergy deliver petition (draft)"
    page.save_revision()
    return page


@pytest.fixture
def spanish(db):
    return Locale.objects.get(language_code="es")


@pytest.fixture
def spanish_story(story, home_page, spanish, superuser):
    """The story's Spanish translation, made by wagtail-localize the way the admin makes it: a draft
    (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off; see test_translations_through_review)."""
    creator = TranslationCreator(superuser, [spanish])
    creator.create_translations(home_page)
    creator.create_translations(story)
    return story.get_translation(spanish)
