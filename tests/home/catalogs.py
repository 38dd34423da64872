"""The committed interface catalogs (locale/<code>/LC_MESSAGES/django.po) and their placeholders."""

import os
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]

# %(name)s and %s (Python), {name} and {} (str.format).
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


def po_path(language_code: str) -> Path:
    return LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po"


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


# Plural-Forms of the two translated languages, as the committed catalogs declare them.
PLURAL_FORMS = {
    "es": "nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 && n%100<=99 ? 4 : 5;",
}


def write_catalog(locale_dir: Path, entries: str, language: str = "es") -> Path:
    """A locale/<language>/LC_MESSAGES/django.po under `locale_dir` holding `entries` (PO text)."""
    path = locale_dir / language / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        'msgid ""\nmsgstr ""\n'
        f'"Language: {language}\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {PLURAL_FORMS[language]}\\n"\n'
    )
    path.write_text(header + "\n" + textwrap.dedent(entries).strip() + "\n", encoding="utf-8")
    return path


def needs_gnu_gettext(program: str) -> None:
    """Skip a test that compares with GNU gettext where it is not installed; CI installs it, so
    there the comparison must run."""
    if shutil.which(program) is None:
        reason = f"GNU gettext's {program} is not installed (apt-get install gettext)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"Catalog tests must run in CI, but {reason}")
        pytest.skip(reason)
