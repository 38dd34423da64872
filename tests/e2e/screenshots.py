"""`make screenshots`: full-page pictures of every page type, at 1280×800 and 390×844, in English,
Spanish and Arabic, so a designer can review the site without running it.

It builds the demo site in its own SQLite database (SCREENSHOTS_DATABASE, default
.screenshots.sqlite3, kept between runs), serves it with `manage.py runserver` on SCREENSHOTS_PORT
(default 8398) and drives Debian's chromium; the pictures go to the folder given as the argument
(default: screenshots/), named <language>-<page type>-<desktop|phone>.png.
"""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORTS  # noqa: E402
from tests.e2e.demo_pages import DEMO_PAGES, OPEN_PETITIONS  # noqa: E402

# Scroll the whole page first, so pictures that load lazily are in the screenshot.
LOAD_LAZY_PICTURES = """async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
    }
    scrollTo(0, 0);
}"""


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True)


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (our own local server)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def shoot(page, url, path):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate(LOAD_LAZY_PICTURES)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=path, full_page=True)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    port = os.environ.get("SCREENSHOTS_PORT", "8398")
    database = Path(os.environ.get("SCREENSHOTS_DATABASE", PROJECT / ".screenshots.sqlite3"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database.resolve()}"}
    manage("migrate", "--noinput", "-v0", env=env)
    manage("load_demo_content", env=env)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/healthz")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for size, viewport in VIEWPORTS.items():
                page = browser.new_page(viewport=viewport)
                for language, pages in DEMO_PAGES.items():
                    for name, path in pages.items():
                        shoot(page, base + path, folder / f"{language}-{name}-{size}.png")
                # The sign-on form after a failed submit (sent too soon it is refused; wait).
                page.goto(base + DEMO_PAGES["en"][OPEN_PETITIONS[0]])
                time.sleep(2.2)
                page.locator(".signon__submit").click()
                page.wait_for_load_state("networkidle")
                page.screenshot(path=folder / f"en-petition-form-errors-{size}.png")
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait()
    print(f"Screenshots in {folder.resolve()}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
