"""Every interface string has a Spanish and an Arabic translation that keeps its placeholders."""

import gettext

import polib
import pytest

from newsroom.catalogs import check
from tests.home.catalogs import TRANSLATED_LANGUAGES, placeholders, po_path

EXPECTED_PLURAL_FORMS = {"es": 3, "ar": 6}


@pytest.fixture(params=TRANSLATED_LANGUAGES)
def catalog(request):
    path = po_path(request.param)
    assert path.exists(), f"{path} is missing: run `make makemessages` and translate it"
    return request.param, polib.pofile(str(path))


def _plural_function(catalog_file):
    plural_forms = catalog_file.metadata["Plural-Forms"]
    count = int(plural_forms.split("nplurals=")[1].split(";")[0])
    return count, gettext.c2py(plural_forms.split("plural=")[1].rstrip(";"))


def _forms_for_one_number(catalog_file) -> set[int]:
    """Plural forms used by exactly one number (Arabic's zero, one and two): these may spell the
    number out ("يوم واحد") instead of printing it, as GNU gettext allows."""
    _count, plural = _plural_function(catalog_file)
    uses: dict[int, int] = {}
    for n in range(10_000):
        uses[plural(n)] = uses.get(plural(n), 0) + 1
    return {form for form, times in uses.items() if times == 1}


def test_no_interface_string_is_untranslated_or_fuzzy(catalog):
    language, catalog_file = catalog

    untranslated = [entry.msgid for entry in catalog_file.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog_file.fuzzy_entries()]

    assert len(catalog_file) > 100
    assert untranslated == [], f"untranslated in {language}: {untranslated}"
    assert fuzzy == [], f"fuzzy in {language}: {fuzzy}"
    assert not catalog_file.metadata_is_fuzzy
    assert catalog_file.metadata["Language"] == language


def test_the_catalog_declares_the_languages_plural_forms(catalog):
    language, catalog_file = catalog

    count, plural = _plural_function(catalog_file)

    assert count == EXPECTED_PLURAL_FORMS[language]
    plural_entries = [entry for entry in catalog_file if entry.msgid_plural]
    assert plural_entries
    for entry in plural_entries:
        assert sorted(entry.msgstr_plural) == list(range(count)), entry.msgid
    if language == "ar":
        # zero, one, two, a few (3–10), many (11–99), and the rest (100, 101, 102…)
        assert [plural(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 1412)] == [
            0, 1, 2, 3, 3, 4, 4, 5, 5, 4,
        ]  # fmt: skip


def test_every_translation_keeps_the_placeholders_of_its_source(catalog):
    language, catalog_file = catalog
    spelled_out = _forms_for_one_number(catalog_file)
    count, _plural = _plural_function(catalog_file)
    problems = []

    for entry in catalog_file.translated_entries():
        if not entry.msgid_plural:
            if placeholders(entry.msgstr) != placeholders(entry.msgid):
                problems.append((entry.msgid, entry.msgstr))
            continue
        wanted = placeholders(entry.msgid_plural)
        for form, text in entry.msgstr_plural.items():
            found = placeholders(text)
            # A placeholder the source lacks would fail at render time; one left out loses text,
            # except a number a one-number form spells out.
            required = wanted & placeholders(entry.msgid) if form in spelled_out else wanted
            if not found <= wanted or not required <= found:
                problems.append((entry.msgid_plural, form, text))
        assert len(entry.msgstr_plural) == count

    assert problems == [], f"placeholders changed in {language}: {problems}"


def test_the_catalog_passes_the_checks_of_make_messages(catalog):
    """What `make messages` (newsroom/catalogs.py) refuses: syntax errors, a msgid defined twice,
    placeholders that differ from the source's, plural forms that differ from Plural-Forms."""
    language, catalog_file = catalog

    checked = check(po_path(language))  # CatalogError names each broken entry

    assert len(checked.translated_entries()) == len(catalog_file.translated_entries())


def test_the_compiled_catalog_matches_the_po_file(catalog):
    language, catalog_file = catalog
    mo_path = po_path(language).with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages` (make install does)"

    compiled = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(mo_path))
        if entry.msgid
    }
    source = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): entry.msgstr or entry.msgstr_plural
        for entry in catalog_file.translated_entries()
    }

    assert compiled == source, f"{mo_path} is out of date: run `make messages`"
