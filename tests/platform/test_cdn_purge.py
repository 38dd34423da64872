"""Publishing purges the CDN for the page, its translations and the listings above it."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Locale

from campaigns.models import CampaignIndexPage, PetitionPage


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in CDN: remembers every PURGE it receives and answers 200."""

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def petition_in_two_languages(home_page):
    take_action = home_page.add_child(
        instance=CampaignIndexPage(title="Take action", slug="take-action")
    )
    petition = take_action.add_child(
        instance=PetitionPage(title="Stop the raids", slug="stop-the-raids", live=False)
    )
    spanish = petition.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.slug = "paren-las-redadas"
    spanish.save_revision().publish()
    return petition


def test_publishing_a_petition_purges_it_its_translation_and_the_listings_above_both(
    cdn, petition_in_two_languages, django_capture_on_commit_callbacks
):
    cdn.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        petition_in_two_languages.save_revision().publish()

    paths = {path for host, path in cdn.purged}
    assert {
        "/take-action/stop-the-raids/",
        "/es/take-action/paren-las-redadas/",
        "/take-action/",
        "/es/take-action/",
        "/",
        "/es/",
    } <= paths
    assert {host for host, path in cdn.purged} == {"localhost"}


def test_unpublishing_a_petition_purges_its_old_address(
    cdn, petition_in_two_languages, django_capture_on_commit_callbacks
):
    petition_in_two_languages.save_revision().publish()
    petition = PetitionPage.objects.get(pk=petition_in_two_languages.pk)
    cdn.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        petition.unpublish()

    paths = {path for host, path in cdn.purged}
    assert {"/take-action/stop-the-raids/", "/take-action/"} <= paths
