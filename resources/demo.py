"""Demo topics, coalition partners and the resource library (a study text with a generated PDF)."""

import io
import json

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.demo import ensure_image, ensure_page, home_page, paragraphs
from home.models import Issue
from resources.models import (
    PartnerIndexPage,
    PartnerPage,
    PartnerRole,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
)
from resources.models.library import ResourceDocument

TOPICS = [
    ("asylum", "Asylum", "The right to seek safety, and a fair and humane process to claim it."),
    ("refugee-resettlement", "Refugee resettlement", "Welcoming refugees into our communities."),
    ("detention", "Immigration detention", "People held while their cases are heard."),
    ("faith-in-action", "Faith in action", "Clergy and congregations acting on their values."),
    ("border", "The border", "Delegations, accompaniment and policy at the border."),
]

PARTNERS = [
    (
        "coalition-for-fair-asylum",
        "Coalition for Fair Asylum",
        PartnerRole.LEAD,
        (122, 34, 30),
        "The coalition itself: faith communities and refugee advocates working together.",
    ),
    (
        "refugee-aid-society",
        "Refugee Aid Society",
        PartnerRole.MEMBER,
        (31, 79, 168),
        "A refugee aid society that has welcomed refugees and asylum seekers for generations.",
    ),
    (
        "rabbinic-human-rights-network",
        "Rabbinic Human Rights Network",
        PartnerRole.MEMBER,
        (46, 110, 73),
        "Rabbis and cantors who act for the human rights of every person, citizen or stranger.",
    ),
]

# Each partner's code for its embeds and reports; their demo sites may embed our petitions.
PARTNER_CODES = {
    "coalition-for-fair-asylum": "cfa",
    "refugee-aid-society": "ras",
    "rabbinic-human-rights-network": "rhrn",
}

STUDY_TEXT_TITLE = "Welcoming the stranger: a text for the seder table"


def ensure_topics() -> dict[str, Issue]:
    topics = {}
    for slug, name, description in TOPICS:
        # The source-language topic: its translations share the slug.
        topics[slug] = Issue.objects.filter(
            slug=slug, locale=Locale.get_default()
        ).first() or Issue.objects.create(slug=slug, name=name, description=description)
    return topics


def ensure_pdf(title: str, lines: list[str]):
    """Return the document called `title`, drawing a one-page PDF with Pillow the first time."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", (1240, 1754), (255, 255, 255))  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), title, fill=(0, 0, 0), font_size=40)
    for number, line in enumerate(lines):
        draw.text((100, 220 + number * 50), line, fill=(30, 30, 30), font_size=28)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    document = Document(title=title, file=ContentFile(buffer.getvalue(), name="seder-text.pdf"))
    document._set_document_file_metadata()
    document.save()
    return document


def build(stdout=None) -> None:
    home = home_page()
    topics = ensure_topics()

    partners_index = ensure_page(
        home,
        PartnerIndexPage,
        "partners",
        title="Our partners",
        intro="The organisations that make up the coalition.",
    )
    for slug, name, role, colour, description in PARTNERS:
        ensure_page(
            partners_index,
            PartnerPage,
            slug,
            title=name,
            logo=ensure_image(f"{name} logo", colour, (600, 300), logo=True),
            logo_alt_text=f"{name} logo",
            description=description,
            role=role,
            website=f"https://{slug}.example/",
            partner_code=PARTNER_CODES[slug],
            embed_sites=f"https://{slug}.example",
            body=paragraphs(
                f"{name} is part of the coalition's work for a fair and humane asylum system: "
                "campaigns, delegations to the border, coalition work and advocacy.",
            ),
        )

    resources_index = ensure_page(
        home,
        ResourceIndexPage,
        "resources",
        title="Resources",
        intro="Guides, toolkits and texts for congregations and communities.",
    )
    study_text = ensure_pdf(
        STUDY_TEXT_TITLE,
        [
            "You shall not oppress a stranger, for you know the heart of the stranger,",
            "having yourselves been strangers in the land of Egypt. (Exodus 23:9)",
            "",
            "Read aloud before the second cup. Then ask: who is the stranger among us today?",
        ],
    )
    ensure_page(
        resources_index,
        ResourcePage,
        "welcoming-the-stranger",
        title=STUDY_TEXT_TITLE,
        summary="A reading and discussion questions on welcoming refugees, for use at a seder.",
        resource_type=ResourceType.STUDY,
        body=json.dumps(
            [
                {
                    "type": "quote",
                    "value": {
                        "text": "You shall not oppress a stranger, for you know the heart "
                        "of the stranger.",
                        "name": "Exodus 23:9",
                        "role": "",
                        "place": "",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Families can read this text together and talk about the "
                    "people seeking asylum in our own time.</p>",
                },
            ]
        ),
        documents=[ResourceDocument(document=study_text, label="The seder text (PDF)")],
        topics=[topics["faith-in-action"], topics["asylum"]],
    )
