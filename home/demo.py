"""Demo content for the home app, and the idempotent building blocks other apps' demo modules use."""

import io
import json
import math
import random

from django.conf import settings
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import HomePage, Issue, SiteChrome, SiteSettings, StandardPage
from home.translating import ensure_translation


def ensure_image(
    title: str, colour: tuple[int, int, int], size: tuple[int, int] = (1200, 630), *, logo=False
):
    """Return the image called `title`, drawing it with Pillow the first time (nothing is downloaded).

    A landscape with people in it, in shades of `colour`, or with `logo` a plain mark on white:
    no words in the picture (captions and alt text carry them, in every language).
    """
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    seed = random.Random(title)
    canvas = draw_mark(colour, size, seed) if logo else draw_scene(colour, size, seed)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60] + ".png"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=filename))


def shade(colour, amount: float) -> tuple[int, int, int]:
    """`colour` mixed with white (amount > 0) or black (amount < 0)."""
    target = 255 if amount > 0 else 0
    return tuple(round(c + (target - c) * abs(amount)) for c in colour)


def draw_scene(colour, size, seed: random.Random) -> PillowImage.Image:
    """Sky, sun, three hills and a small crowd on the nearest one, softened like a photograph."""
    width, height = size
    canvas = PillowImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    top, bottom = shade(colour, 0.55), shade((236, 200, 160), 0.3)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    sun_x, sun_r = seed.uniform(0.2, 0.8) * width, height * 0.12
    draw.ellipse(
        [sun_x - sun_r, height * 0.3 - sun_r, sun_x + sun_r, height * 0.3 + sun_r],
        fill=(255, 236, 200),
    )
    for layer, (level, tone) in enumerate(((0.55, 0.25), (0.68, -0.05), (0.8, -0.35))):
        phase, waves = seed.uniform(0, math.tau), seed.uniform(1.2, 2.4)
        ridge = [
            (
                x,
                height * level
                + math.sin(phase + waves * math.tau * x / width) * height * (0.06 - layer * 0.015),
            )
            for x in range(0, width + 20, 20)
        ]
        draw.polygon([(0, height), *ridge, (width, height)], fill=shade(colour, tone))
    people = seed.randint(5, 9)
    ground = height * 0.86
    for person in range(people):
        x = width * (0.15 + 0.7 * (person + seed.uniform(0.1, 0.6)) / people)
        tall = height * seed.uniform(0.14, 0.2)
        body = tall * 0.24
        ink = shade(colour, -0.7)
        draw.rounded_rectangle(
            [x - body / 2, ground - tall * 0.78, x + body / 2, ground + 4],
            radius=body / 2,
            fill=ink,
        )
        draw.ellipse(
            [x - body * 0.42, ground - tall, x + body * 0.42, ground - tall + body * 0.84], fill=ink
        )
    return canvas.filter(ImageFilter.GaussianBlur(radius=max(1, width // 600)))


def draw_mark(colour, size, seed: random.Random) -> PillowImage.Image:
    """A logo-like mark: overlapping circles and an arch in `colour`, centred on white."""
    width, height = size
    canvas = PillowImage.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    r = height * 0.28
    cx, cy = width / 2, height / 2
    offset = r * seed.uniform(0.45, 0.7)
    draw.ellipse([cx - offset - r, cy - r, cx - offset + r, cy + r], fill=colour)
    draw.ellipse([cx + offset - r, cy - r, cx + offset + r, cy + r], fill=shade(colour, 0.45))
    arch = r * 0.55
    draw.rounded_rectangle(
        [cx - arch / 2, cy - arch * 0.6, cx + arch / 2, cy + r],
        radius=arch / 2,
        fill=(255, 255, 255),
    )
    return canvas


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
    with translation.override(settings.LANGUAGE_CODE):
        erasure_url = reverse("signons_erasure_request")  # /privacy/erase/
    privacy = ensure_page(
        home,
        StandardPage,
        "privacy",
        title="Privacy policy",
        intro="What we collect when you sign, and what we do with it.",
        body=paragraphs(
            "When you sign a petition we keep your name, email address and the details the form "
            "asks for. We never publish your email address, phone number or postal code.",
            "We list your name publicly only if you tick the box that says so.",
            "When a petition says that signing brings you our email updates, we keep the wording "
            "you saw with your signature. Every email we send ends with a link to unsubscribe: "
            "one click, and we stop writing to you.",
            "You can erase your signatures at any time: "
            f'<a href="{erasure_url}">ask for an erasure link</a> with the email address you '
            "signed with. The link erases every signature made with it, and the counts go down "
            "accordingly.",
        ),
    )

    chrome = source_chrome()
    if not chrome.footer_text:
        chrome.site_name = "Coalition Newsroom"
        chrome.navigation = json.dumps(
            [{"type": "link", "value": {"label": "About", "page": about.pk, "url": ""}}]
        )
        chrome.footer_text = rich_text(
            "Coalition Newsroom is published by a coalition of refugee-aid and rabbinic human-rights "
            f'groups. <a linktype="page" id="{privacy.pk}">Privacy policy</a>.'
        )
        chrome.donate_label = "Donate"
        chrome.donate_url = "https://coalition.example/donate"
        chrome.newsletter_label = "Sign up for updates"
        chrome.newsletter_url = "https://coalition.example/newsletter"
        chrome.save()

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not site_settings.social_accounts:
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
        site_settings.save()


def source_chrome() -> SiteChrome:
    """The source language's chrome (a migration makes it; made here if someone deleted it)."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    chrome = SiteChrome.objects.filter(locale=locale).first()
    if chrome is None:
        chrome = SiteChrome.objects.create(locale=locale, site_name="Coalition Newsroom")
    return chrome


def add_navigation(*pages) -> None:
    """Add links to `pages` to the source language's menu, after those it has (once each)."""
    chrome = source_chrome()
    links = list(chrome.navigation.raw_data)
    linked = {link["value"].get("page") for link in links}
    missing = [page for page in pages if page.pk not in linked]
    if missing:
        links += [
            {"type": "link", "value": {"label": page.title, "page": page.pk, "url": ""}}
            for page in missing
        ]
        chrome.navigation = json.dumps(links)
        chrome.save()


# The chrome's words in the demo's other languages (the menu as campaigns.demo builds it).
CHROME_TRANSLATIONS = {
    "es": {
        "Coalition Newsroom": "Noticias de la Coalición",
        "About": "Quiénes somos",
        "News": "Noticias",
        "Take action": "Actúa",
        "Our partners": "Organizaciones aliadas",
        "Resources": "Recursos",
        "Coalition Newsroom is published by a coalition of refugee-aid and rabbinic human-rights "
        'groups. <a id="a1">Privacy policy</a>.': "Noticias de la Coalición es una publicación de "
        "una coalición de organizaciones de ayuda a refugiados y de rabinos por los derechos "
        'humanos. <a id="a1">Política de privacidad</a>.',
        "Donate": "Donar",
        "Sign up for updates": "Recibe nuestras novedades",
    },
    "ar": {
        "Coalition Newsroom": "أخبار التحالف",
        "About": "من نحن",
        "News": "الأخبار",
        "Take action": "تحرّك الآن",
        "Our partners": "شركاؤنا",
        "Resources": "موارد",
        "Coalition Newsroom is published by a coalition of refugee-aid and rabbinic human-rights "
        'groups. <a id="a1">Privacy policy</a>.': "يصدر «أخبار التحالف» عن تحالف من منظمات إغاثة "
        'اللاجئين وحاخامات حقوق الإنسان. <a id="a1">سياسة الخصوصية</a>.',
        "Donate": "تبرّع",
        "Sign up for updates": "اشترك في نشرتنا",
    },
}


# The demo topics' names and descriptions (resources.demo makes them in English).
TOPIC_TRANSLATIONS = {
    "es": {
        "Asylum": "Asilo",
        "The right to seek safety, and a fair and humane process to claim it.": "El derecho a "
        "buscar protección, y un proceso justo y humano para reclamarla.",
        "Refugee resettlement": "Reasentamiento de refugiados",
        "Welcoming refugees into our communities.": "Acoger a personas refugiadas en nuestras "
        "comunidades.",
        "Immigration detention": "Detención de inmigrantes",
        "People held while their cases are heard.": "Personas detenidas mientras se resuelven "
        "sus casos.",
        "Faith in action": "La fe en acción",
        "Clergy and congregations acting on their values.": "Clero y congregaciones que actúan "
        "según sus valores.",
        "The border": "La frontera",
        "Delegations, accompaniment and policy at the border.": "Delegaciones, acompañamiento y "
        "políticas en la frontera.",
    },
    "ar": {
        "Asylum": "اللجوء",
        "The right to seek safety, and a fair and humane process to claim it.": "الحق في طلب "
        "الأمان، وإجراءات عادلة وإنسانية للمطالبة به.",
        "Refugee resettlement": "إعادة توطين اللاجئين",
        "Welcoming refugees into our communities.": "الترحيب باللاجئين في مجتمعاتنا.",
        "Immigration detention": "احتجاز المهاجرين",
        "People held while their cases are heard.": "أشخاص محتجزون ريثما يُنظر في قضاياهم.",
        "Faith in action": "الإيمان في العمل",
        "Clergy and congregations acting on their values.": "رجال الدين والجماعات يعملون وفق "
        "قيمهم.",
        "The border": "الحدود",
        "Delegations, accompaniment and policy at the border.": "وفود ومرافقة وسياسات على الحدود.",
    },
}


def translate_shared_snippets() -> None:
    """Spanish and Arabic chrome and topics, made through wagtail-localize once the menu is complete."""
    chrome = source_chrome()
    topics = Issue.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for language_code, strings in CHROME_TRANSLATIONS.items():
        if Locale.objects.filter(language_code=language_code).exists():
            ensure_translation(chrome, language_code, strings)
            for topic in topics:
                ensure_translation(topic, language_code, TOPIC_TRANSLATIONS[language_code])
