"""The committed .po files hold exactly the strings the code and templates ask to translate."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests.home.catalogs import TRANSLATED_LANGUAGES, needs_gnu_gettext, po_path

# What `make makemessages` leaves out of the scan besides the virtualenv and the tests.
NOT_SCANNED = (".venv", ".git", "tests", "locale", "media", "staticfiles")


def _msgids(path: Path) -> set[tuple[str, str, str]]:
    return {
        (entry.msgctxt or "", entry.msgid, entry.msgid_plural)
        for entry in polib.pofile(str(path))
        if not entry.obsolete
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, set]:
    """Run makemessages on a copy of the project, so the committed files stay untouched."""
    needs_gnu_gettext("xgettext")
    copy = tmp_path_factory.mktemp("project") / "newsroom"
    shutil.copytree(
        settings.BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(*NOT_SCANNED, "__pycache__", "*.sqlite3"),
    )
    (copy / "locale").mkdir()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete"]
    for code in TRANSLATED_LANGUAGES:
        command += ["--locale", code]
    subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True, timeout=120)
    return {
        code: _msgids(copy / "locale" / code / "LC_MESSAGES" / "django.po")
        for code in TRANSLATED_LANGUAGES
    }


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_po_file_has_every_string_the_code_marks_and_no_stale_ones(extracted, language):
    committed = _msgids(po_path(language))

    missing = sorted(extracted[language] - committed)
    stale = sorted(committed - extracted[language])

    assert extracted[language], "makemessages found nothing to translate"
    assert missing == [], f"new strings not in {language}'s .po: run `make makemessages`: {missing}"
    assert stale == [], f"strings no longer in the code, still in {language}'s .po: {stale}"
