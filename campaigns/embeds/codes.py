"""The code a partner pastes into its site to embed a petition: one script tag, or a plain frame
for sites that allow no scripts (it cannot grow with its content, so it is given a height)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info

FRAME_HEIGHT = 720  # pixels: the form of a petition with a few questions, on a phone


@dataclass(frozen=True)
class EmbedCode:
    language: str
    language_name: str
    script: str
    frame: str


def script_url(site_root: str) -> str:
    """embed.js at its unhashed address, which stays the same from one release to the next."""
    static = settings.STATIC_URL
    return (
        f"{static if static.startswith(('http:', 'https:', '//')) else site_root + static}embed.js"
    )


def embed_codes(site_root: str, petition_key, titles: dict[str, str], partner_code: str = ""):
    """The embed code in each language of `titles` (language → the petition's title in it)."""
    with translation.override(settings.LANGUAGE_CODE):  # no prefix: ?lang= names the language
        frame_url = site_root + reverse("embed_petition", args=[petition_key])
    codes = []
    for language, title in titles.items():
        query = {"lang": language, **({"partner": partner_code} if partner_code else {})}
        codes.append(
            EmbedCode(
                language=language,
                language_name=get_language_info(language)["name_local"],
                script=format_html(
                    '<script src="{}" data-petition="{}"{} data-lang="{}" data-title="{}" async>'
                    "</script>",
                    script_url(site_root),
                    petition_key,
                    format_html(' data-partner="{}"', partner_code) if partner_code else "",
                    language,
                    title,
                ),
                frame=format_html(
                    '<iframe src="{}?{}" title="{}" style="border:0;width:100%;height:{}px">'
                    "</iframe>",
                    frame_url,
                    urlencode(query),
                    title,
                    FRAME_HEIGHT,
                ),
            )
        )
    return codes
