"""Anonymous page views come from the page cache; staff, private pages and per-visitor answers never do."""

import pytest
from django.middleware.csrf import get_token
from django.test import Client
from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About the coalition", slug="about")


def retitle_without_publishing(page, title):
    """Change what the database holds, as if a render now would show something new."""
    Page.objects.filter(pk=page.pk).update(title=title)


def test_a_second_anonymous_visit_is_served_from_the_cache_with_public_cache_headers(client, about):
    first = client.get("/about/")
    retitle_without_publishing(about, "Renamed behind the cache's back")
    second = client.get("/about/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert "About the coalition" in second.content.decode()
    assert second["Cache-Control"] == "public, max-age=10"
    # A hit skips most middleware, so the stored copy must keep the headers they add.
    assert "Content-Security-Policy" in second
    assert second["X-Frame-Options"] == "DENY"
    assert second["Content-Language"] == "en"


def test_an_anonymous_reader_with_a_leftover_session_cookie_also_gets_the_cached_copy(
    client, about
):
    client.get("/about/")
    retitle_without_publishing(about, "Renamed")
    client.cookies["sessionid"] = "expired-session-from-last-month"

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "hit"
    assert "About the coalition" in response.content.decode()


def test_answers_that_are_not_pages_are_left_alone(client, about):
    response = client.get("/search/?query=coalition")

    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_cached_copy_lets_a_cdn_keep_it_only_for_the_rest_of_its_lifetime(
    client, about, monkeypatch
):
    from newsroom.platform import page_cache as page_cache_module

    client.get("/about/")
    stored_at = page_cache_module.clock()
    monkeypatch.setattr(page_cache_module, "clock", lambda: stored_at + 6.5)

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "hit"
    assert response["Cache-Control"] == "public, max-age=4"


def test_the_page_cache_lifetime_and_cdn_max_age_follow_page_cache_seconds(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 7

    response = client.get("/about/")

    assert response["Cache-Control"] == "public, max-age=7"


def test_publishing_any_page_clears_the_cache(client, about, home_page):
    client.get("/about/")
    retitle_without_publishing(about, "Renamed")
    StandardPageFactory(
        parent=home_page, title="Newly published", slug="new"
    ).save_revision().publish()

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "miss"
    assert "Renamed" in response.content.decode()


def test_unpublishing_a_page_clears_the_cache(client, about, home_page):
    other = StandardPageFactory(parent=home_page, title="Old campaign", slug="old")
    client.get("/about/")
    retitle_without_publishing(about, "Renamed")

    other.unpublish()
    response = client.get("/about/")

    assert "Renamed" in response.content.decode()


def test_editing_the_site_chrome_clears_the_cache(client, about, site_chrome):
    client.get("/about/")
    site_chrome.footer_text = "<p>Footer written after the page was cached.</p>"
    site_chrome.save()

    response = client.get("/about/")

    assert "Footer written after the page was cached." in response.content.decode()


def test_each_language_has_its_own_cached_copy(client, home_page):
    spanish = home_page.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Inicio"
    spanish.save_revision().publish()

    english = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    spanish_response = client.get("/es/")
    english_again = client.get("/", HTTP_ACCEPT_LANGUAGE="es")

    assert '<html lang="en"' in english.content.decode()
    assert f"<h1>{home_page.title}</h1>" in english.content.decode()
    assert '<html lang="es"' in spanish_response.content.decode()
    assert "<h1>Inicio</h1>" in spanish_response.content.decode()
    assert spanish_response["X-Page-Cache"] == "miss"
    assert english_again["X-Page-Cache"] == "hit"
    assert '<html lang="en"' in english_again.content.decode()


def test_signed_in_staff_neither_read_nor_fill_the_cache(admin_client, about):
    staff_view = admin_client.get("/about/")
    anonymous_view = Client().get("/about/")

    assert staff_view["X-Page-Cache"] == "skip"
    assert "no-store" in staff_view["Cache-Control"]
    assert "private" in staff_view["Cache-Control"]
    assert anonymous_view["X-Page-Cache"] == "miss"


def test_staff_never_see_a_copy_cached_for_anonymous_readers(admin_client, about):
    Client().get("/about/")
    retitle_without_publishing(about, "What staff must see")

    staff_view = admin_client.get("/about/")

    assert "What staff must see" in staff_view.content.decode()


def uses_a_csrf_token(page, request, serve_args, serve_kwargs):
    """What a page with a form does: put this visitor's CSRF token in the page."""
    get_token(request)


def test_a_page_carrying_a_per_visitor_token_is_never_cached(client, about):
    with hooks.register_temporarily("before_serve_page", uses_a_csrf_token):
        first = client.get("/about/")
        second = client.get("/about/")

    assert "csrftoken" in first.cookies
    assert first["X-Page-Cache"] == "skip"
    assert second["X-Page-Cache"] == "skip"
    assert "no-store" in second["Cache-Control"]


def test_a_post_is_neither_answered_from_nor_stored_in_the_cache(client, about):
    client.get("/about/")
    posted = client.post("/about/")
    retitle_without_publishing(about, "Renamed")
    cache_cleared_by_nobody = client.get("/about/")

    assert "X-Page-Cache" not in posted or posted["X-Page-Cache"] != "hit"
    assert cache_cleared_by_nobody["X-Page-Cache"] == "hit"


def test_a_password_protected_page_is_never_cached_for_the_next_reader(client, about):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="solidarity"
    )
    restriction = PageViewRestriction.objects.get(page=about)
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{about.pk}/",
        {"password": "solidarity", "return_url": "/about/"},
    )
    insider_view = client.get("/about/")
    stranger_view = Client().get("/about/")

    assert "About the coalition" in insider_view.content.decode()
    assert insider_view["X-Page-Cache"] == "skip"
    assert "password" in stranger_view.content.decode().lower()
    assert "<h1>About the coalition</h1>" not in stranger_view.content.decode()


def test_admin_pages_say_no_store(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
