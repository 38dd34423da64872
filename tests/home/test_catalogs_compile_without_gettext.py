"""The interface catalogs compile to .mo files with Python alone (newsroom/catalogs.py, polib), and
Django's gettext reads from them what GNU gettext's msgfmt would have written."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from newsroom.catalogs import compile_catalog
from tests.home.catalogs import TRANSLATED_LANGUAGES, needs_gnu_gettext, po_path, write_catalog

BASE_DIR = Path(settings.BASE_DIR)

ENTRIES = r"""
#: templates/campaigns/petition_page.html
msgid "Sign the petition"
msgstr "Firma la petición"

msgctxt "navigation"
msgid "Home"
msgstr "Inicio"

#, python-format
msgid "%(count)s signature"
msgid_plural "%(count)s signatures"
msgstr[0] "%(count)s firma"
msgstr[1] "%(count)s de firmas"
msgstr[2] "%(count)s firmas"

#, fuzzy
msgid "Donate"
msgstr "Dona (sin revisar)"

msgid "Newsletter"
msgstr ""

msgid "Line one\nand \"two\""
msgstr "Línea uno\ny \"dos\""

#~ msgid "Old text"
#~ msgstr "Texto viejo"
"""


def _read(mo_path: Path) -> gettext.GNUTranslations:
    with mo_path.open("rb") as file:
        return gettext.GNUTranslations(file)


def _lookups(translations: gettext.GNUTranslations, catalog: polib.POFile) -> dict:
    """What Django would show for every entry of the catalog (plural entries at 0, 1, 2, 5, 11,
    100 and a million)."""
    answers = {}
    for entry in catalog:
        if entry.msgid_plural:
            for n in (0, 1, 2, 5, 11, 100, 1_000_000):
                key = (entry.msgctxt, entry.msgid, n)
                if entry.msgctxt:
                    answers[key] = translations.npgettext(
                        entry.msgctxt, entry.msgid, entry.msgid_plural, n
                    )
                else:
                    answers[key] = translations.ngettext(entry.msgid, entry.msgid_plural, n)
        elif entry.msgctxt:
            answers[(entry.msgctxt, entry.msgid)] = translations.pgettext(
                entry.msgctxt, entry.msgid
            )
        else:
            answers[(None, entry.msgid)] = translations.gettext(entry.msgid)
    return answers


def test_a_compiled_catalog_gives_translations_contexts_and_plural_forms(tmp_path):
    po = write_catalog(tmp_path, ENTRIES)

    mo = compile_catalog(po)

    assert mo == po.with_suffix(".mo")
    spanish = _read(mo)
    assert spanish.gettext("Sign the petition") == "Firma la petición"
    assert spanish.pgettext("navigation", "Home") == "Inicio"
    assert spanish.gettext("Home") == "Home"
    signatures = ("%(count)s signature", "%(count)s signatures")
    assert spanish.ngettext(*signatures, 1) == "%(count)s firma"
    assert spanish.ngettext(*signatures, 1_000_000) == "%(count)s de firmas"
    assert spanish.ngettext(*signatures, 7) == "%(count)s firmas"
    assert spanish.gettext('Line one\nand "two"') == 'Línea uno\ny "dos"'
    assert spanish.info()["language"] == "es"


def test_fuzzy_untranslated_and_obsolete_entries_stay_english(tmp_path):
    spanish = _read(compile_catalog(write_catalog(tmp_path, ENTRIES)))

    assert spanish.gettext("Donate") == "Donate"
    assert spanish.gettext("Newsletter") == "Newsletter"
    assert spanish.gettext("Old text") == "Old text"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_committed_catalogs_read_as_msgfmt_would_compile_them(tmp_path, language):
    needs_gnu_gettext("msgfmt")
    ours = compile_catalog(po_path(language), tmp_path / "ours.mo")
    theirs = tmp_path / "msgfmt.mo"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(theirs), str(po_path(language))], check=True
    )
    catalog = polib.pofile(str(po_path(language)))

    expected = _lookups(_read(theirs), catalog)
    assert _lookups(_read(ours), catalog) == expected
    assert _read(ours).plural(21) == _read(theirs).plural(21)
    translated = [answer for key, answer in expected.items() if answer != key[1]]
    assert len(translated) > 100


def test_the_compiler_needs_neither_django_nor_gettext(tmp_path):
    write_catalog(tmp_path / "locale", ENTRIES)
    program = "import sys, newsroom.catalogs; sys.exit(newsroom.catalogs.main() or 'django' in sys.modules)"

    finished = subprocess.run(
        [sys.executable, "-c", program, "compile", "locale"],
        cwd=tmp_path,
        env={"PATH": str(tmp_path / "nothing"), "PYTHONPATH": str(BASE_DIR)},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert finished.returncode == 0, finished.stderr
    mo = tmp_path / "locale" / "es" / "LC_MESSAGES" / "django.mo"
    assert _read(mo).gettext("Sign the petition") == "Firma la petición"


@pytest.fixture
def project_without_gettext(tmp_path):
    """A directory that `make` treats as the project (its Makefile, the shared virtualenv, the
    newsroom package) with a Spanish catalog, and a PATH with make and no msgfmt."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    if not (BASE_DIR / ".venv" / ".installed").exists():
        pytest.skip("the virtualenv was not made by `make install`")
    for name in ("Makefile", ".venv", "newsroom"):
        (tmp_path / name).symlink_to(BASE_DIR / name)
    programs = tmp_path / "bin"
    programs.mkdir()
    (programs / "make").symlink_to(make)
    write_catalog(tmp_path / "locale", ENTRIES)
    return tmp_path, {"PATH": str(programs), "HOME": str(tmp_path)}


def _make_messages(project, env) -> subprocess.CompletedProcess:
    # -o: the shared virtualenv counts as installed; the test builds only the catalogs.
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "messages"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_make_messages_compiles_without_msgfmt_and_only_when_the_po_changed(
    project_without_gettext,
):
    project, env = project_without_gettext
    assert shutil.which("msgfmt", path=env["PATH"]) is None
    po = project / "locale" / "es" / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")

    first = _make_messages(project, env)
    assert first.returncode == 0, first.stderr
    assert _read(mo).gettext("Sign the petition") == "Firma la petición"

    again = _make_messages(project, env)
    assert again.returncode == 0, again.stderr
    assert "newsroom.catalogs" not in again.stdout

    po.write_text(po.read_text().replace("Firma la petición", "Firma la carta"), encoding="utf-8")
    os.utime(po, (mo.stat().st_mtime + 5, mo.stat().st_mtime + 5))
    changed = _make_messages(project, env)
    assert changed.returncode == 0, changed.stderr
    assert _read(mo).gettext("Sign the petition") == "Firma la carta"


def test_make_messages_stops_at_a_broken_catalog_and_names_the_entry(project_without_gettext):
    project, env = project_without_gettext
    po = project / "locale" / "es" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text().replace('"%(count)s firmas"', '"muchas firmas"'), encoding="utf-8")

    finished = _make_messages(project, env)

    assert finished.returncode != 0
    assert "msgid '%(count)s signature'" in finished.stderr
    assert "msgstr[2]: the translation leaves out 'count'" in finished.stderr
    assert not po.with_suffix(".mo").exists()
