"""Every static file a template names exists: with the manifest storage production uses, a missing
one makes the page (even the outage page) fail to render."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]""")


def test_every_static_file_named_in_a_template_exists():
    named = {
        (path.relative_to(TEMPLATES), name)
        for path in TEMPLATES.rglob("*.html")
        for name in STATIC_TAG.findall(path.read_text())
    }

    assert named
    assert [(str(path), name) for path, name in sorted(named) if not finders.find(name)] == []
