"""axe-core finds nothing on any public page type, in English, Spanish and Arabic, on a laptop and a
phone; pages stay light and ask nothing of another site."""

import gzip
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

from tests.e2e.axe_checks import axe_violations
from tests.e2e.conftest import VIEWPORTS
from tests.e2e.demo_pages import DEMO_PAGES
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MAX_PAGE_BYTES = 100 * 1024
# whitenoise serves stylesheets, scripts and SVG compressed (README: Deploying): count them so.
COMPRESSED_STATIC = (".css", ".js", ".svg")


def transferred_bytes(request) -> int:
    path = urlsplit(request.url).path
    if path.startswith(settings.STATIC_URL) and path.endswith(COMPRESSED_STATIC):
        with open(finders.find(path.removeprefix(settings.STATIC_URL)), "rb") as static_file:
            return len(gzip.compress(static_file.read()))
    return request.sizes()["responseBodySize"]


def visit(page, url):
    """Load `url` and everything the browser fetches for it at this size: [(url, bytes)]."""
    requests = []

    def collect(request):
        requests.append(request)

    page.on("requestfinished", collect)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.remove_listener("requestfinished", collect)
    return [(request.url, transferred_bytes(request)) for request in requests]


def test_every_public_page_in_every_language_passes_axe_and_stays_under_100_kb_from_this_site(
    live_server, new_page
):
    call_command("load_demo_content")
    host = urlsplit(live_server.url).netloc
    problems = {}
    heaviest = {}

    for size, viewport in VIEWPORTS.items():
        page = new_page(viewport)
        for language, pages in DEMO_PAGES.items():
            for name, path in pages.items():
                loaded = visit(page, live_server.url + path)
                where = f"{name} ({language}, {size}) {path}"
                problems[where] = axe_violations(page)
                outside = [url for url, _bytes in loaded if urlsplit(url).netloc != host]
                if outside:
                    problems[where].append(f"requests to other sites: {outside}")
                weight = sum(bytes_ for _url, bytes_ in loaded)
                heaviest[where] = weight
                if weight > MAX_PAGE_BYTES:
                    problems[where].append(f"weighs {weight // 1024} KB")

    assert {where: found for where, found in problems.items() if found} == {}
    print("heaviest pages:", sorted(heaviest.items(), key=lambda item: -item[1])[:3])


def test_the_form_with_errors_the_thanks_the_refusal_and_a_bad_confirmation_link_pass_axe(
    live_server, home_page, new_page
):
    take_action = CampaignIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=take_action, title="Welcome the stranger", slug="welcome")
    url = live_server.url + petition.url
    problems = {}

    for size, viewport in VIEWPORTS.items():
        page = new_page(viewport)
        page.goto(url)
        page.get_by_label("Email").fill("not an email")
        page.get_by_role("button", name="Sign", exact=True).click()  # within 2 s: refused
        page.wait_for_load_state()
        problems[f"refusal ({size})"] = axe_violations(page) or page.locator("h1").inner_text()

        page.goto(url)
        time.sleep(2.2)
        page.get_by_label("Email").fill("not an email")
        page.get_by_role("button", name="Sign", exact=True).click()
        page.wait_for_load_state()
        problems[f"form with errors ({size})"] = axe_violations(page)

        page.get_by_label("First name").fill("Ruth")
        page.get_by_label("Last name").fill("Cohen")
        page.get_by_label("Email").fill(f"ruth-{size}@example.org")
        page.get_by_role("button", name="Sign", exact=True).click()
        page.wait_for_load_state()
        problems[f"thanks ({size})"] = axe_violations(page) or page.locator("h1").inner_text()

        page.goto(live_server.url + "/sign/confirm/no-such-token/")
        problems[f"unknown confirmation link ({size})"] = axe_violations(page)

    assert problems == {
        "refusal (desktop)": "Your sign-on was not accepted",
        "form with errors (desktop)": [],
        "thanks (desktop)": "Thank you for signing.",
        "unknown confirmation link (desktop)": [],
        "refusal (phone)": "Your sign-on was not accepted",
        "form with errors (phone)": [],
        "thanks (phone)": "Thank you for signing.",
        "unknown confirmation link (phone)": [],
    }
