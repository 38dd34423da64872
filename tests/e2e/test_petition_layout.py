"""On every open petition a reader sees the count and the form without scrolling on a laptop, and
reaches the sign button within one screen of scrolling on a phone; a failed sign-on opens at the
form with the error summary focused."""

import json
import time

import pytest
from wagtail_factories import ImageFactory

from tests.e2e.conftest import DESKTOP, PHONE
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LONG_LETTER = "".join(
    f"<p>Paragraph {number}: we write as people of conscience who believe our country can be both "
    "secure and welcoming, and we ask you to act without delay on what follows.</p>"
    for number in range(12)
)


def stream(kind, values):
    return json.dumps([{"type": kind, "value": value} for value in values])


@pytest.fixture
def petitions(home_page):
    take_action = CampaignIndexPageFactory(parent=home_page)
    letter = PetitionPageFactory(
        parent=take_action,
        title="A letter to the President: protect people seeking safety",
        target="The President of the United States",
        intro="Add your name to our letter asking the President to take eight concrete steps.",
        photo=ImageFactory(),
        letter=LONG_LETTER,
        demands=stream("demand", [f"<p>Demand number {n}, in a sentence.</p>" for n in range(8)]),
        signer_fields=json.dumps(
            [
                {"type": "field", "value": {"name": name, "required": False}}
                for name in ("postal_code", "country")
            ]
        ),
    )
    pledge = PetitionPageFactory(
        parent=take_action,
        kind="pledge",
        title="Sign our policy platform pledge",
        intro="Before the election, community members and leaders pledge to stand for a "
        "welcoming country. We will deliver the pledge, with every name, to the candidates.",
        signer_fields=json.dumps(
            [
                {"type": "field", "value": {"name": name, "required": False}}
                for name in ("title", "organisation", "city", "region")
            ]
        ),
        categories=stream("category", ["Community leader", "Individual"]),
        list_signers=True,
    )
    return [letter, pledge]


def box(page, selector):
    """The element's box in page coordinates (not the viewport's)."""
    return page.eval_on_selector(
        selector,
        "el => { const r = el.getBoundingClientRect();"
        " return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left}; }",
    )


def test_on_a_laptop_the_count_and_the_top_of_the_form_are_in_the_first_screen(
    live_server, petitions, new_page
):
    page = new_page(DESKTOP)
    seen = {}
    for petition in petitions:
        page.goto(live_server.url + petition.url)
        seen[petition.kind] = {
            "count bottom": box(page, ".petition__panel .petition-progress__count")["bottom"],
            "form top": box(page, "#sign")["top"],
            "form left": box(page, "#sign")["left"],
        }

    for kind, where in seen.items():
        assert where["count bottom"] < DESKTOP["height"], (kind, where)
        assert where["form top"] < DESKTOP["height"] - 150, (kind, where)  # fields show too
        assert where["form left"] > DESKTOP["width"] / 2, (kind, where)  # beside the letter


def test_on_a_laptop_the_form_stays_in_view_while_a_long_letter_scrolls(
    live_server, petitions, new_page
):
    page = new_page(DESKTOP)
    page.goto(live_server.url + petitions[0].url)
    letter_end = box(page, ".petition__text")["bottom"]
    tops = []
    for scrolled in (600, 1200, letter_end - DESKTOP["height"]):
        page.evaluate(f"window.scrollTo(0, {scrolled})")
        tops.append(page.eval_on_selector("#sign", "el => el.getBoundingClientRect().top"))

    assert letter_end > 2 * DESKTOP["height"]  # long enough to scroll past the form's height
    assert all(0 <= top < DESKTOP["height"] / 2 for top in tops), tops


def test_on_a_phone_the_count_and_sign_now_come_first_and_the_sign_button_is_one_screen_away(
    live_server, petitions, new_page
):
    page = new_page(PHONE, has_touch=True, is_mobile=True)
    seen = {}
    for petition in petitions:
        page.goto(live_server.url + petition.url)
        glance = box(page, ".petition__glance")
        button = box(page, ".signon__submit")
        page.get_by_role("link", name="Sign now").click()
        page.wait_for_timeout(200)
        seen[petition.kind] = {
            "count and sign now bottom": glance["bottom"],
            "sign button bottom": button["bottom"],
            "form heading after sign now": page.eval_on_selector(
                "#sign-heading", "el => el.getBoundingClientRect().top"
            ),
        }

    for kind, where in seen.items():
        assert where["count and sign now bottom"] < PHONE["height"], (kind, where)
        assert where["sign button bottom"] <= 2 * PHONE["height"], (kind, where)
        assert 0 <= where["form heading after sign now"] < PHONE["height"] / 2, (kind, where)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_failed_sign_on_opens_at_the_form_with_the_error_summary_focused_and_linked_to_fields(
    live_server, petitions, new_page, viewport
):
    page = new_page(viewport)
    page.goto(live_server.url + petitions[0].url)
    time.sleep(2.2)  # the form refuses sign-ons sent within two seconds of rendering
    page.get_by_label("Email").fill("not an email")
    page.locator(".signon__submit").click()
    page.wait_for_load_state()

    focused = page.evaluate("document.activeElement.id")
    summary_top = page.eval_on_selector(".error-summary", "el => el.getBoundingClientRect().top")
    links = page.locator(".error-summary a")
    first_field_border = page.eval_on_selector(
        "#id_first_name", "el => getComputedStyle(el).borderTopColor"
    )
    links.first.click()

    assert focused == "signon-errors"
    assert 0 <= summary_top < viewport["height"]
    assert links.all_inner_texts() == [
        "First name: This field is required.",
        "Last name: This field is required.",
        "Email: Enter a valid email address.",
    ]
    assert page.evaluate("document.activeElement.id") == "id_first_name"
    assert first_field_border == "rgb(179, 38, 30)"  # the error red, not the usual grey
