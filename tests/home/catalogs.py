"""The committed interface catalogs (locale/<code>/LC_MESSAGES/django.po) and their placeholders."""

import re
from pathlib import Path

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
