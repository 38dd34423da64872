"""Colour contrast as WCAG 2 measures it, for the accent colour editors choose."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# White text sits on the accent (buttons), and the accent is text on the page and on the light
# beige panels (--paper and --wash in newsroom/static/css/base.css): it must read on all three.
ACCENT_PARTNERS = ("#ffffff", "#f6f3ee")
MIN_TEXT_CONTRAST = 4.5


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a #rrggbb colour."""
    channels = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_accent_colour(value: str) -> None:
    if not HEX_COLOUR.match(value):
        raise ValidationError(_("Enter a colour as # and six hexadecimal digits, e.g. #b4261e."))
    worst = min(contrast_ratio(value, partner) for partner in ACCENT_PARTNERS)
    if worst < MIN_TEXT_CONTRAST:
        raise ValidationError(
            _(
                "This colour is too light: white text on it, and it as text on the page, would "
                "have a contrast of %(ratio).1f:1; choose a darker one (at least 4.5:1)."
            ),
            params={"ratio": worst},
        )
