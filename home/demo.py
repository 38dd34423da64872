"""Demo content for the home app, and the idempotent building blocks other apps' demo modules use."""

import io
import json

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings, StandardPage


def ensure_image(title: str, colour: tuple[int, int, int], size: tuple[int, int] = (1200, 630)):
    """Return the image called `title`, drawing it with Pillow the first time (nothing is downloaded)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    width, height = size
    for step in range(0, width, 40):  # diagonal bands so the picture reads as a photo placeholder
        shade = tuple(min(255, channel + 25) for channel in colour)
        draw.line([(step, 0), (step - height, height)], fill=shade, width=14)
    draw.rectangle([(0, height - 90), (width, height)], fill=(20, 24, 32))
    draw.text((30, height - 65), title, fill=(255, 255, 255), font_size=36)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60] + ".png"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=filename))


def ensure_page(parent: Page, page_class: type[Page], slug: str, **fields) -> Page:
    """Return the child of `parent` with this slug, creating and publishing it only if it is missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def rich_text(*paragraphs: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def paragraphs(*texts: str) -> str:
    """A StreamField value of paragraph blocks, as JSON."""
    return json.dumps([{"type": "paragraph", "value": rich_text(text)} for text in texts])


def home_page() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


def build(stdout=None) -> None:
    home = home_page()
    if not home.intro:
        home.title = "Coalition Newsroom"
        home.intro = (
            "News and action from a coalition of refugee-aid and rabbinic human-rights "
            "organisations working for a fair and humane asylum system."
        )
        home.hero_image = ensure_image("Volunteers at a welcome centre", (52, 94, 120), (1600, 600))
        home.search_description = "News, action alerts and petitions from the coalition."
        home.save_revision().publish()

    about = ensure_page(
        home,
        StandardPage,
        "about",
        title="About the coalition",
        intro="Faith communities and refugee advocates, working together.",
        body=paragraphs(
            "We are a coalition of refugee-aid societies and rabbinic human-rights groups. "
            "Together we report on asylum and immigration policy, and we ask our communities to act.",
            "Our members welcome refugees, accompany asylum seekers to their hearings and send "
            "delegations to the border. This newsroom is where we tell that story.",
        ),
    )
    privacy = ensure_page(
        home,
        StandardPage,
        "privacy",
        title="Privacy policy",
        intro="What we collect when you sign, and what we do with it.",
        body=paragraphs(
            "When you sign a petition we keep your name, email address and the details the form "
            "asks for. We never publish your email address, phone number or postal code.",
            "We list your name publicly only if you tick the box that says so. You can ask us to "
            "erase your signature at any time.",
        ),
    )

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_text:
        site_settings.navigation = json.dumps(
            [{"type": "link", "value": {"label": "About", "page": about.pk, "url": ""}}]
        )
        site_settings.footer_text = rich_text(
            f"Coalition Newsroom is published by a coalition of refugee-aid and rabbinic human-rights "
            f'groups. <a href="{privacy.url}">Privacy policy</a>.'
        )
        site_settings.social_accounts = json.dumps(
            [
                {
                    "type": "account",
                    "value": {
                        "platform": "bluesky",
                        "url": "https://bsky.app/profile/coalition.example",
                    },
                },
                {
                    "type": "account",
                    "value": {"platform": "mastodon", "url": "https://mastodon.social/@coalition"},
                },
            ]
        )
        site_settings.donate_url = "https://coalition.example/donate"
        site_settings.newsletter_url = "https://coalition.example/newsletter"
        site_settings.save()
