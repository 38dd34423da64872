"""Compiling a catalog fails, naming the entry, on what `msgfmt --check-format` refuses and would
break or lose text at run time; it writes no .mo then. What msgfmt accepts compiles."""

import subprocess
import sys

import pytest

from newsroom.catalogs import CatalogError, compile_catalog
from tests.home.catalogs import needs_gnu_gettext, write_catalog

# (what is wrong, language, PO entries, what the message says) — msgfmt --check-format refuses each.
REFUSED = [
    (
        "a renamed placeholder",
        "es",
        """
        #, python-format
        msgid "%(name)s signed"
        msgstr "%(nombre)s firmó"
        """,
        "msgid '%(name)s signed': the translation's 'nombre' is not in the source (python-format)",
    ),
    (
        "a dropped placeholder",
        "es",
        """
        #, python-format
        msgid "Signed by %(name)s"
        msgstr "Firmado"
        """,
        "msgid 'Signed by %(name)s': the translation leaves out 'name' (python-format)",
    ),
    (
        "a placeholder of another type",
        "es",
        """
        #, python-format
        msgid "%(count)d days left"
        msgstr "Quedan %(count)s días"
        """,
        "'count' is an integer in the source, a string in the translation",
    ),
    (
        "fewer unnamed arguments",
        "es",
        """
        #, python-format
        msgid "%s of %s"
        msgstr "%s"
        """,
        "msgid '%s of %s': the source has 2 unnamed arguments, the translation 1",
    ),
    (
        "a lone percent sign",
        "es",
        """
        #, python-format
        msgid "%(name)s is at 100%%"
        msgstr "%(name)s al 100%"
        """,
        "the translation is not a valid format string",
    ),
    (
        "a renamed str.format field",
        "es",
        """
        #, python-brace-format
        msgid "Hello {name}"
        msgstr "Hola {nombre}"
        """,
        "msgid 'Hello {name}': the translation's 'nombre' is not in the source (python-brace-format)",
    ),
    (
        "a plural form with a foreign placeholder",
        "ar",
        """
        #, python-format
        msgid "%(count)s signature"
        msgid_plural "%(count)s signatures"
        msgstr[0] "لا توقيعات"
        msgstr[1] "توقيع واحد"
        msgstr[2] "توقيعان"
        msgstr[3] "%(count)s توقيعات"
        msgstr[4] "%(total)s توقيعًا"
        msgstr[5] "%(count)s توقيع"
        """,
        "msgid '%(count)s signature': msgstr[4]: the translation's 'total' is not in the source",
    ),
    (
        "a msgid defined twice",
        "es",
        """
        msgid "Donate"
        msgstr "Dona"

        msgid "Donate"
        msgstr "Haz un donativo"
        """,
        "msgid 'Donate' is defined twice (first at line 9)",
    ),
    (
        "an unterminated string",
        "es",
        """
        msgid "Donate
        msgstr "Dona"
        """,
        'django.po:9: end of line within a string (a closing " is missing)',
    ),
    (
        "a msgid without msgstr",
        "es",
        """
        msgid "Donate"

        msgid "Subscribe"
        msgstr "Suscríbete"
        """,
        "django.po:9: the msgid has no msgstr",
    ),
    (
        "a misspelt keyword",
        "es",
        """
        msgid "Donate"
        msgtsr "Dona"
        """,
        "django.po:10: syntax error: unknown keyword in 'msgtsr \"Dona\"'",
    ),
    (
        "plural forms without a msgid_plural",
        "es",
        """
        msgid "signature"
        msgstr[0] "firma"
        """,
        "django.po:10: msgstr[0] without a msgid_plural",
    ),
    (
        "text after a string",
        "es",
        """
        msgid "Donate"
        msgstr "Dona" ahora
        """,
        "django.po:10: expected one quoted string",
    ),
]

# Refused here though msgfmt --check-format lets them through: each loses text at run time.
REFUSED_HERE_ONLY = [
    (
        "a plural form for many numbers without the number",
        "ar",
        """
        #, python-format
        msgid "%(count)s signature"
        msgid_plural "%(count)s signatures"
        msgstr[0] "لا توقيعات"
        msgstr[1] "توقيع واحد"
        msgstr[2] "توقيعان"
        msgstr[3] "توقيعات"
        msgstr[4] "%(count)s توقيعًا"
        msgstr[5] "%(count)s توقيع"
        """,
        "msgid '%(count)s signature': msgstr[3]: the translation leaves out 'count'",
    ),
    (
        "Spanish's millions form without the number",
        "es",
        """
        #, python-format
        msgid "%(count)s signature"
        msgid_plural "%(count)s signatures"
        msgstr[0] "%(count)s firma"
        msgstr[1] "un millón de firmas"
        msgstr[2] "%(count)s firmas"
        """,
        "msgid '%(count)s signature': msgstr[1]: the translation leaves out 'count'",
    ),
    (
        "fewer plural forms than the language has",
        "es",
        """
        #, python-format
        msgid "%(count)s signature"
        msgid_plural "%(count)s signatures"
        msgstr[0] "%(count)s firma"
        msgstr[1] "%(count)s firmas"
        """,
        "2 plural forms, but the catalog's Plural-Forms says nplurals=3",
    ),
]

ACCEPTED = [
    (
        "placeholders in another order",
        "es",
        """
        #, python-format
        msgid "%(signer)s signed %(petition)s"
        msgstr "%(petition)s: firmó %(signer)s"
        """,
    ),
    (
        "a percent sign written as %%",
        "es",
        """
        #, python-format
        msgid "%(percent)s%% of the goal"
        msgstr "%(percent)s%% de la meta"
        """,
    ),
    (
        "Arabic's zero, one and two spelled out",
        "ar",
        """
        #, python-format
        msgid "%(count)s signature"
        msgid_plural "%(count)s signatures"
        msgstr[0] "لا توقيعات"
        msgstr[1] "توقيع واحد"
        msgstr[2] "توقيعان"
        msgstr[3] "%(count)s توقيعات"
        msgstr[4] "%(count)s توقيعًا"
        msgstr[5] "%(count)s توقيع"
        """,
    ),
    (
        "a fuzzy entry with a wrong placeholder (left out of the .mo)",
        "es",
        """
        #, fuzzy, python-format
        msgid "Signed by %(name)s"
        msgstr "Firmado por %(nombre)s"
        """,
    ),
    (
        "the same msgid in two contexts",
        "es",
        """
        msgctxt "navigation"
        msgid "Home"
        msgstr "Inicio"

        msgid "Home"
        msgstr "Portada"
        """,
    ),
    (
        "a str.format field with a format spec",
        "es",
        """
        #, python-brace-format
        msgid "{count:,} signatures, {{braces}}"
        msgstr "{count:,} firmas, {{llaves}}"
        """,
    ),
]


def _ids(cases):
    return [case[0] for case in cases]


@pytest.mark.parametrize(
    ("case", "language", "entries", "message"), REFUSED + REFUSED_HERE_ONLY, ids=_ids
)
def test_a_broken_catalog_is_refused_with_a_message_naming_the_entry(
    tmp_path, case, language, entries, message
):
    po = write_catalog(tmp_path, entries, language)

    with pytest.raises(CatalogError) as refused:
        compile_catalog(po)

    assert message in str(refused.value), case
    assert not po.with_suffix(".mo").exists()


def test_the_command_exits_non_zero_and_keeps_the_previous_mo(tmp_path):
    po = write_catalog(tmp_path, REFUSED[0][2])
    mo = po.with_suffix(".mo")
    mo.write_bytes(b"the previous catalog")

    finished = subprocess.run(
        [sys.executable, "-m", "newsroom.catalogs", "compile", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert finished.returncode == 1
    assert f"{po}:9: {REFUSED[0][3]}" in finished.stderr
    assert mo.read_bytes() == b"the previous catalog"


@pytest.mark.parametrize(("case", "language", "entries"), ACCEPTED, ids=_ids)
def test_what_msgfmt_accepts_compiles(tmp_path, case, language, entries):
    po = write_catalog(tmp_path, entries, language)

    assert compile_catalog(po).stat().st_size > 0


def _msgfmt_accepts(po) -> bool:
    return (
        subprocess.run(
            ["msgfmt", "--check-format", "-o", "/dev/null", str(po)], capture_output=True
        ).returncode
        == 0
    )


@pytest.mark.parametrize(("case", "language", "entries", "message"), REFUSED, ids=_ids)
def test_msgfmt_refuses_the_same_catalogs(tmp_path, case, language, entries, message):
    needs_gnu_gettext("msgfmt")

    assert not _msgfmt_accepts(write_catalog(tmp_path, entries, language)), case


@pytest.mark.parametrize(("case", "language", "entries"), ACCEPTED, ids=_ids)
def test_msgfmt_accepts_the_same_catalogs(tmp_path, case, language, entries):
    needs_gnu_gettext("msgfmt")

    assert _msgfmt_accepts(write_catalog(tmp_path, entries, language)), case
