"""Each role can do exactly its job, checked through the admin's real URLs (issue 5's matrix).

Every row acts once and then looks at what a user would notice: the page's title, whether it is
live, whether the review finished, whether the setting changed. Signature rows belong to the
sign-on work and are tested there.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation

from home.models import SiteSettings
from home.translating import translate
from tests.factories import IssueFactory
from tests.workflow import admin_actions

NEW_USER = {
    "username": "intruder",
    "email": "intruder@example.org",
    "first_name": "In",
    "last_name": "Truder",
    "password1": "Str0ng-passphrase!",
    "password2": "Str0ng-passphrase!",
}
ROLES = ["anonymous", "writer", "editor", "translator", "data_officer"]


@pytest.fixture
def acting_client(request, client):
    """A client logged in as the role named by the test's `role` parameter."""

    def log_in(role):
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client

    return log_in


def allowed(*roles):
    return [pytest.param(role, role in roles, id=role) for role in ROLES]


@pytest.mark.parametrize(("role", "may"), allowed("writer", "editor"))
def test_who_may_view_a_draft(role, may, acting_client, story):
    response = acting_client(role).get(reverse("wagtailadmin_pages:view_draft", args=[story.id]))

    assert ("Clergy deliver petition (draft)" in response.content.decode()) is may


@pytest.mark.parametrize(("role", "may"), allowed("writer", "editor"))
def test_who_may_view_an_old_revision(role, may, acting_client, story):
    revision = story.revisions.earliest("created_at")
    url = reverse("wagtailadmin_pages:revisions_view", args=[story.id, revision.id])

    response = acting_client(role).get(url)

    assert ("Clergy deliver petition" in response.content.decode()) is may


@pytest.mark.parametrize(("role", "may"), allowed("writer", "editor"))
def test_who_may_edit_an_english_page(role, may, acting_client, story):
    admin_actions.save_draft(acting_client(role), story, "Clergy deliver 1,400 signatures")

    latest = Page.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert (latest.title == "Clergy deliver 1,400 signatures") is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_publish_an_english_page(role, may, acting_client, story):
    admin_actions.publish(acting_client(role), story, "Clergy deliver 1,400 signatures")

    story.refresh_from_db()
    assert (story.title == "Clergy deliver 1,400 signatures") is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_publish_a_spanish_translation(
    role, may, acting_client, spanish_story, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        admin_actions.publish_translation(acting_client(role), spanish_story)

    spanish_story.refresh_from_db()
    assert spanish_story.live is may


@pytest.mark.parametrize(("role", "may"), allowed("writer", "editor", "translator"))
def test_who_may_edit_a_spanish_translation(role, may, acting_client, spanish_story):
    admin_actions.translate_title(
        acting_client(role), spanish_story, "El clero entrega la petición"
    )

    typed = StringTranslation.objects.filter(data="El clero entrega la petición")
    assert typed.exists() is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_approve_a_review_task(role, may, acting_client, story, writer, newsroom_review):
    newsroom_review.start(story, writer)

    admin_actions.review(acting_client(role), story, "approve")

    story.refresh_from_db()
    assert (story.title == "Clergy deliver petition (draft)") is may
    assert story.workflow_in_progress is not may


@pytest.mark.parametrize(("role", "may"), [*allowed(), pytest.param("superuser", True)])
def test_who_may_manage_users(role, may, acting_client, writer):
    client = acting_client(role)
    listing = client.get(reverse("wagtailusers_users:index"))
    client.post(reverse("wagtailusers_users:add"), NEW_USER)

    assert ("writer@example.org" in listing.content.decode()) is may
    assert get_user_model().objects.filter(username="intruder").exists() is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_change_site_settings(role, may, acting_client, site, site_settings):
    url = admin_actions.site_settings_url(site)
    form = nested_form_data(
        {
            "logo": "",
            "accent_colour": "#1d5c4d",
            "social_accounts": streamfield([]),
        }
    )

    acting_client(role).post(url, form)

    assert SiteSettings.for_site(site).accent_colour == ("#1d5c4d" if may else "")


def chrome_form(site_name):
    return nested_form_data(
        {
            "site_name": site_name,
            "navigation": streamfield([]),
            "footer_text": rich_text("<p>A coalition for refugees.</p>"),
            "donate_label": "",
            "donate_url": "",
            "newsletter_label": "",
            "newsletter_url": "",
        }
    )


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_change_the_english_site_chrome(role, may, acting_client, site_chrome):
    url = reverse("wagtailsnippets_home_sitechrome:edit", args=[site_chrome.pk])

    acting_client(role).post(url, chrome_form("Renamed newsroom"))

    site_chrome.refresh_from_db()
    assert (site_chrome.site_name == "Renamed newsroom") is may


@pytest.mark.parametrize(("role", "may"), allowed("editor", "translator"))
def test_who_may_translate_the_spanish_site_chrome(role, may, acting_client, site_chrome):
    spanish = translate(site_chrome, "es", {"Coalition Newsroom": "Noticias de la Coalición"})
    client = acting_client(role)

    admin_actions.translate_field(client, spanish, "site_name", "Boletín de la Coalición")
    admin_actions.publish_translation(client, spanish)

    spanish.refresh_from_db()
    assert (spanish.site_name == "Boletín de la Coalición") is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_type_into_the_arabic_site_chromes_translation(
    role, may, acting_client, site_chrome
):
    # The translator translates into Spanish only: wagtail-localize's string endpoint alone would
    # let any holder of the model-wide permission type into every language's translation.
    arabic = translate(site_chrome, "ar", {"Coalition Newsroom": "أخبار التحالف"})

    response = admin_actions.translate_field(acting_client(role), arabic, "site_name", "مكتوب")

    typed = StringTranslation.objects.filter(locale=arabic.locale, data="مكتوب").exists()
    assert typed is may
    assert (response.status_code in (200, 201)) is may


@pytest.mark.parametrize(("role", "may"), allowed("editor", "translator"))
def test_who_may_translate_a_topic_into_spanish(role, may, acting_client, db):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    spanish = translate(asylum, "es", {"Asylum": "Asilo"})
    client = acting_client(role)

    admin_actions.translate_field(client, spanish, "name", "Asilo político")
    admin_actions.publish_translation(client, spanish)

    spanish.refresh_from_db()
    assert (spanish.name == "Asilo político") is may


@pytest.mark.parametrize(("role", "may"), allowed("editor"))
def test_who_may_rename_an_english_topic(role, may, acting_client, db):
    asylum = IssueFactory(name="Asylum", slug="asylum")
    url = reverse("wagtailsnippets_home_issue:edit", args=[asylum.pk])

    acting_client(role).post(url, {"name": "Political asylum", "slug": "asylum", "description": ""})

    asylum.refresh_from_db()
    assert (asylum.name == "Political asylum") is may
