"""load_demo_content builds the demo site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision

from home.models import SiteSettings


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "settings": list(
            SiteSettings.objects.values_list("footer_text", "donate_url", "newsletter_url")
        ),
        "navigation": [list(s.navigation.raw_data) for s in SiteSettings.objects.all()],
    }


@pytest.mark.django_db
def test_load_demo_content_twice_leaves_the_same_pages_and_settings(client):
    call_command("load_demo_content")
    first = snapshot()
    call_command("load_demo_content")

    assert snapshot() == first
    assert "/home/about/" in [url for url, *_ in first["pages"]]
    assert first["settings"][0][1] == "https://coalition.example/donate"
    assert "About" in client.get("/").content.decode()
