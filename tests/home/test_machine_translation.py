"""Machine translation in the translation editor: offline in development, DeepL when a key is set."""

import subprocess
import sys
from pathlib import Path

from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

from home.translating import translate
from tests.factories import StandardPageFactory

ROOT = Path(__file__).resolve().parents[2]


def test_the_offline_translator_fills_every_string_of_a_spanish_draft(admin_client, home_page):
    translate(home_page, "es", {})
    about = StandardPageFactory(
        parent=home_page, title="Who we are", slug="who", intro="Faith and refuge."
    )
    spanish = translate(about, "es", {}, publish=False)
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=spanish.locale
    )

    admin_client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]))

    machine = dict(
        StringTranslation.objects.filter(
            locale=spanish.locale, translation_type="machine"
        ).values_list("translation_of__data", "data")
    )
    assert machine["Who we are"] == "are we Who"  # the offline stand-in reverses the words
    assert machine["Faith and refuge."] == "refuge. and Faith"


def translator_class(**environment) -> str:
    script = "from django.conf import settings; print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env={
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
            "PATH": "/usr/bin:/bin",
            **environment,
        },
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def test_deepl_is_used_when_a_key_is_set():
    assert translator_class().endswith("DummyTranslator")
    assert translator_class(DEEPL_API_KEY="secret:fx").endswith("DeepLTranslator")
