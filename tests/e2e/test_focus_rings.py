"""Every element a keyboard reaches shows a focus ring with at least 3:1 contrast against the
surface around it (WCAG 2.2 focus appearance), on light and dark parts of the page alike."""

import re
import time

import pytest
from django.core.management import call_command

from home.colours import contrast_ratio
from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.demo_pages import DEMO_PAGES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# The focused element's ring (its own outline, or its card's when the card draws it), and the
# colour of the first surface behind that ring.
RING = """() => {
    const focused = document.activeElement;
    const ringOf = (node) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 ? style : null;
    };
    let holder = focused, style = ringOf(focused);
    while (!style && holder.parentElement) { holder = holder.parentElement; style = ringOf(holder); }
    let surface = holder.parentElement, background = "rgb(255, 255, 255)";
    while (surface) {
        const colour = getComputedStyle(surface).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") { background = colour; break; }
        surface = surface.parentElement;
    }
    const label = focused.tagName.toLowerCase() + (focused.id ? "#" + focused.id : "") +
        " " + (focused.textContent || focused.getAttribute("aria-label") || "").trim().slice(0, 30);
    return {label, ring: style && style.outlineColor, width: style && style.outlineWidth, background};
}"""


def as_hex(css_colour: str) -> str:
    """#rrggbb for rgb(…) and color(srgb …), the forms computed styles come in."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css_colour)[:3]]
    if css_colour.startswith("color("):
        numbers = [n * 255 for n in numbers]
    return "#" + "".join(f"{round(n):02x}" for n in numbers)


def rings_by_keyboard(page, limit=90) -> list[dict]:
    """Tab through the page from the top; the ring of everything that takes focus."""
    rings, seen = [], set()
    page.keyboard.press("Tab")
    for _ in range(limit):
        ring = page.evaluate(RING)
        if ring["label"] in seen or ring["label"].startswith("body"):
            break  # round the page and back to the start
        seen.add(ring["label"])
        rings.append(ring)
        page.keyboard.press("Tab")
    return rings


def test_every_focus_ring_on_the_demo_pages_has_3_to_1_contrast_with_its_surroundings(
    live_server, new_page
):
    call_command("load_demo_content")
    weak = []
    checked = 0
    for viewport, names in ((DESKTOP, ["home", "petition", "action-alert"]), (PHONE, ["home"])):
        page = new_page(viewport)
        for name in names:
            page.goto(live_server.url + DEMO_PAGES["en"][name])
            if viewport is PHONE:
                page.get_by_role("button", name="Menu").click()  # its links take focus too
                page.evaluate("document.activeElement.blur()")
            for ring in rings_by_keyboard(page):
                checked += 1
                if not ring["ring"]:
                    weak.append((name, ring["label"], "no focus ring"))
                    continue
                ratio = contrast_ratio(as_hex(ring["ring"]), as_hex(ring["background"]))
                if ratio < 3:
                    weak.append((name, ring["label"], f"{ratio:.2f}:1", ring))

    assert weak == []
    assert checked > 60


def test_the_error_summary_and_invalid_fields_show_their_focus_ring_too(live_server, new_page):
    call_command("load_demo_content")
    page = new_page(DESKTOP)
    page.goto(live_server.url + DEMO_PAGES["en"]["petition"])
    time.sleep(2.2)  # the form refuses sign-ons sent within two seconds of rendering
    page.locator(".signon__submit").click()
    page.wait_for_load_state()

    summary = page.evaluate(RING)
    page.keyboard.press("Tab")
    first_link = page.evaluate(RING)

    assert summary["label"].startswith("div#signon-errors")
    for ring in (summary, first_link):
        assert contrast_ratio(as_hex(ring["ring"]), as_hex(ring["background"])) >= 3, ring
