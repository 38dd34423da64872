"""When a cached page goes stale, one request renders it again while the others get the stale copy."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from wagtail.models import Page

from newsroom.platform import page_cache as page_cache_module
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About the coalition", slug="about")


@pytest.fixture
def later(monkeypatch):
    """Moves the page cache's clock forward by the given seconds."""

    def move(seconds):
        now = page_cache_module.clock()
        monkeypatch.setattr(page_cache_module, "clock", lambda: now + seconds)

    return move


def test_the_first_reader_after_a_page_goes_stale_renders_it_again(client, about, later):
    client.get("/about/")
    Page.objects.filter(pk=about.pk).update(title="Renamed since")
    later(11)

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "miss"
    assert "Renamed since" in response.content.decode()


def test_readers_arriving_while_the_stale_page_renders_get_the_stale_copy(client, about, later):
    client.get("/about/")
    Page.objects.filter(pk=about.pk).update(title="Renamed since")
    later(11)
    # Another app server has claimed the render and not finished it yet.
    key = page_cache_module.page_cache_key(RequestFactory().get("/about/"))
    cache.add(f"{key}:rendering", 1, page_cache_module.REVALIDATE_SECONDS)

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "stale"
    assert response["Cache-Control"] == "public, max-age=0"
    assert "About the coalition" in response.content.decode()


def test_a_page_rendered_again_is_fresh_for_the_next_readers(client, about, later):
    client.get("/about/")
    later(11)
    client.get("/about/")
    Page.objects.filter(pk=about.pk).update(title="Renamed since")

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "hit"
    assert "About the coalition" in response.content.decode()


def test_with_the_page_cache_turned_off_nothing_stored_earlier_is_served(client, about, settings):
    client.get("/about/")
    Page.objects.filter(pk=about.pk).update(title="Renamed since")
    settings.PAGE_CACHE_SECONDS = 0

    response = client.get("/about/")

    assert response["X-Page-Cache"] == "skip"
    assert "Renamed since" in response.content.decode()
