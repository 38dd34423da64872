"""After `make makemessages`, `python -m newsroom.catalogs untranslated locale` lists what needs a
translation as JSON, and `... fill locale FILE.json` writes the translations back into the .po."""

import gettext
import json
import shutil

import polib
import pytest

from newsroom.catalogs import compile_catalog, main
from tests.home.catalogs import po_path, write_catalog

SPANISH = r"""
#: templates/home/footer.html
msgid "Sign the petition"
msgstr "Firma la petición"

#: templates/home/footer.html
msgid "Newsletter"
msgstr ""

#: campaigns/models/petitions.py
#, fuzzy, python-format
#| msgid "Signed by %(name)s"
msgid "Signed by %(name)s on %(date)s"
msgstr "Firmado por %(name)s"

msgctxt "navigation"
msgid "Home"
msgstr ""

#: templates/campaigns/petition_page.html
#, python-format
msgid "%(count)s signature"
msgid_plural "%(count)s signatures"
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""

#~ msgid "Old text"
#~ msgstr ""
"""

ARABIC = r"""
#, python-format
msgid "%(count)s day left"
msgid_plural "%(count)s days left"
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""
msgstr[3] ""
msgstr[4] ""
msgstr[5] ""
"""

TRANSLATIONS = {
    "es": {
        "Newsletter": "Boletín",
        "Signed by %(name)s on %(date)s": "Firmado por %(name)s el %(date)s",
        "navigation\x04Home": "Inicio",
        "%(count)s signature": {
            "msgid_plural": "%(count)s signatures",
            "msgstr": ["%(count)s firma", "%(count)s de firmas", "%(count)s firmas"],
        },
    },
    "ar": {
        "%(count)s day left": [
            "لم يبق أي يوم",
            "بقي يوم واحد",
            "بقي يومان",
            "بقيت %(count)s أيام",
            "بقي %(count)s يومًا",
            "بقي %(count)s يوم",
        ]
    },
}


@pytest.fixture
def locale_dir(tmp_path):
    write_catalog(tmp_path / "locale", SPANISH, "es")
    write_catalog(tmp_path / "locale", ARABIC, "ar")
    return tmp_path / "locale"


def _untranslated(path, capsys) -> dict:
    assert main(["untranslated", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def _fill(path, translations, tmp_path, capsys) -> tuple[int, str]:
    translations_file = tmp_path / "translations.json"
    translations_file.write_text(json.dumps(translations, ensure_ascii=False), encoding="utf-8")
    status = main(["fill", str(path), str(translations_file)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_untranslated_lists_empty_and_fuzzy_entries_per_language_with_their_plural_forms(
    locale_dir, capsys
):
    assert _untranslated(locale_dir, capsys) == {
        "ar": {
            "%(count)s day left": {"msgid_plural": "%(count)s days left", "msgstr": [""] * 6},
        },
        "es": {
            "Newsletter": "",
            "Signed by %(name)s on %(date)s": "",
            "navigation\x04Home": "",
            "%(count)s signature": {"msgid_plural": "%(count)s signatures", "msgstr": [""] * 3},
        },
    }


def test_untranslated_of_one_file_lists_its_entries(locale_dir, capsys):
    todo = _untranslated(locale_dir / "ar" / "LC_MESSAGES" / "django.po", capsys)

    assert list(todo) == ["%(count)s day left"]


def test_fill_writes_translations_and_plural_forms_and_clears_fuzzy(locale_dir, tmp_path, capsys):
    status, output = _fill(locale_dir, TRANSLATIONS, tmp_path, capsys)

    assert status == 0, output
    assert "locale/es/LC_MESSAGES/django.po: 4 entries filled, 0 still to translate" in output
    spanish_po = locale_dir / "es" / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(str(spanish_po))
    signed = catalog.find("Signed by %(name)s on %(date)s")
    assert not signed.fuzzy
    assert signed.flags == ["python-format"]
    assert signed.previous_msgid is None
    assert signed.occurrences == [("campaigns/models/petitions.py", "")]
    assert _untranslated(locale_dir, capsys) == {"ar": {}, "es": {}}

    with compile_catalog(spanish_po).open("rb") as file:
        spanish = gettext.GNUTranslations(file)
    assert spanish.gettext("Newsletter") == "Boletín"
    assert spanish.pgettext("navigation", "Home") == "Inicio"
    assert spanish.gettext("Signed by %(name)s on %(date)s") == "Firmado por %(name)s el %(date)s"
    assert spanish.ngettext("%(count)s signature", "%(count)s signatures", 3) == "%(count)s firmas"
    with compile_catalog(locale_dir / "ar" / "LC_MESSAGES" / "django.po").open("rb") as file:
        arabic = gettext.GNUTranslations(file)
    assert arabic.ngettext("%(count)s day left", "%(count)s days left", 2) == "بقي يومان"
    assert arabic.ngettext("%(count)s day left", "%(count)s days left", 11) == "بقي %(count)s يومًا"


def test_fill_leaves_entries_given_empty_strings_as_they_were(locale_dir, tmp_path, capsys):
    status, output = _fill(
        locale_dir / "es" / "LC_MESSAGES" / "django.po",
        {"Newsletter": "Boletín", "Signed by %(name)s on %(date)s": ""},
        tmp_path,
        capsys,
    )

    assert status == 0, output
    todo = _untranslated(locale_dir / "es" / "LC_MESSAGES" / "django.po", capsys)
    assert "Newsletter" not in todo
    assert "Signed by %(name)s on %(date)s" in todo


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        (
            {
                "es": {
                    "Newsletter": "Boletín",
                    "Signed by %(name)s on %(date)s": "Firmado por %(nombre)s",
                }
            },
            "msgid 'Signed by %(name)s on %(date)s': the translation's 'nombre' is not in the source",
        ),
        ({"es": {"Newsleter": "Boletín"}}, "no entry 'Newsleter' in the catalog"),
        (
            {"es": {"%(count)s signature": "%(count)s firmas"}},
            "msgid '%(count)s signature' needs a list of plural forms",
        ),
        (
            {"es": {"%(count)s signature": ["%(count)s firma", "%(count)s firmas"]}},
            "2 plural forms, but the catalog's Plural-Forms says nplurals=3",
        ),
        ({"fr": {"Newsletter": "Lettre"}}, "no catalog for fr"),
    ],
    ids=["placeholder", "unknown msgid", "string for plurals", "too few forms", "no language"],
)
def test_fill_refuses_a_bad_translation_and_writes_nothing(
    locale_dir, tmp_path, capsys, translations, message
):
    before = {path: path.read_bytes() for path in locale_dir.glob("*/LC_MESSAGES/django.po")}

    status, output = _fill(locale_dir, {"ar": TRANSLATIONS["ar"], **translations}, tmp_path, capsys)

    assert status == 1
    assert message in output
    assert {path: path.read_bytes() for path in before} == before


def test_filling_nothing_leaves_a_committed_catalog_byte_for_byte(tmp_path, capsys):
    copy = tmp_path / "django.po"
    shutil.copy(po_path("es"), copy)

    status, output = _fill(copy, {}, tmp_path, capsys)

    assert status == 0, output
    assert copy.read_bytes() == po_path("es").read_bytes()
