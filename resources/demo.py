"""Demo topics, coalition partners and the resource library (a study text with a generated PDF).

The Rabbinic Human Rights Network's page is a partner's issue page (content shape 5): an epigraph
with its citation, a glossary footnote, what its work includes, its partners' logos, a resource,
a petition to sign and where to sign up for updates, built from the blocks editors have. It leads
to the faith leaders' letter, so the petitions are built before this module runs."""

import io
import json

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from home.demo import ensure_image, ensure_page, home_page, paragraphs, rich_text
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
from resources.models.partners import PartnerCosponsorship

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

# The topic pages each partner appears on.
PARTNER_TOPICS = {
    "coalition-for-fair-asylum": ["asylum", "border"],
    "refugee-aid-society": ["refugee-resettlement", "asylum"],
    "rabbinic-human-rights-network": ["faith-in-action", "detention"],
}

# Each partner's code for its embeds and reports; their demo sites may embed our petitions.
PARTNER_CODES = {
    "coalition-for-fair-asylum": "cfa",
    "refugee-aid-society": "ras",
    "rabbinic-human-rights-network": "rhrn",
}

STUDY_TEXT_TITLE = "Welcoming the stranger: a text for the seder table"

ISSUE_PAGE_PARTNER = "rabbinic-human-rights-network"
# The petitions the issue page asks readers to sign (campaigns.demo.petitions builds them).
FAITH_LEADERS_LETTER = "faith-leaders-letter-protect-asylum"
PRESIDENT_LETTER = "letter-to-the-president"
NEWSLETTER_URL = "https://coalition.example/newsletter"  # the site's "Sign up for updates"


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


def petition_page(slug: str) -> Page | None:
    """The English petition with this slug, if the petitions are built (no campaigns import)."""
    return Page.objects.filter(slug=slug, locale__language_code="en").first()


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value}


def heading(text: str) -> dict:
    return block("heading", {"text": text, "level": "h2"})


def issue_page_body(partner_pages: list[Page], resource: ResourcePage, study_text) -> str:
    """The Rabbinic Human Rights Network's immigration-justice page, as a StreamField value."""
    body = [
        heading("Immigration justice"),
        block(
            "quote",
            {
                "text": "When strangers live among you in your land, do not wrong them. Treat "
                "them as you treat your own citizens, and love them as yourself, for you were "
                "strangers in the land of Egypt.",
                "name": "Leviticus 19:33–34",
                "role": "",
                "place": "",
            },
        ),
        block(
            "paragraph",
            rich_text(
                'No command appears in the Torah more often than the command to love the <a href="#note-ger">ger</a>, '
                "the stranger who lives among us. Rabbis and cantors in our network act on it: "
                "we stand with immigrants and asylum seekers, whoever they are and wherever they "
                "come from."
            ),
        ),
        block(
            "paragraph",
            rich_text(
                "We bring the moral voice of the Jewish community to the fight for a fair and "
                "humane immigration system, side by side with the people it affects."
            ),
        ),
        heading("Our work includes"),
        block(
            "paragraph",
            "<ul>"
            "<li>Campaigns that ask Congress to protect the right to seek asylum.</li>"
            "<li>Delegations of rabbis to the border with the Refugee Aid Society.</li>"
            "<li>Coalition work with faith communities and refugee advocates.</li>"
            "<li>Advocacy with lawmakers in Washington and in their home states.</li>"
            "</ul>",
        ),
        heading("Our partners"),
        block("partners", {"partners": [page.pk for page in partner_pages]}),
        heading("Resources"),
        block(
            "paragraph",
            rich_text(
                f'<a linktype="page" id="{resource.pk}">Welcoming the stranger</a> is a reading '
                "and discussion questions for the seder table."
            ),
        ),
        block("document", {"document": study_text.pk, "label": "The seder text (PDF)"}),
    ]
    letter = petition_page(FAITH_LEADERS_LETTER)
    if letter:
        body += [
            heading("Take action"),
            block(
                "call_to_action",
                {
                    "text": "Clergy and lay leaders: ask Congress to keep the door to asylum open.",
                    "page": letter.pk,
                    "button_label": "Sign the faith leaders' letter",
                },
            ),
        ]
    body += [
        heading("Sign up for updates"),
        block(
            "paragraph",
            rich_text(
                f'Get our news and action alerts by email: <a href="{NEWSLETTER_URL}">sign up '
                "for updates</a>. You can unsubscribe at any time."
            ),
        ),
        block(
            "footnote",
            {
                "anchor": "note-ger",
                "term": "Ger",
                "text": rich_text(
                    "Hebrew for “stranger”: a person who lives among a people not their own. "
                    "The Torah tells us to love the ger thirty-six times."
                ),
            },
        ),
    ]
    return json.dumps(body)


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
    study = ensure_page(
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

    partner_pages = []
    for slug, name, role, colour, description in PARTNERS:
        fields = {}
        if slug == ISSUE_PAGE_PARTNER:
            fields["body"] = issue_page_body(partner_pages, study, study_text)
            fields["cosponsored"] = [
                PartnerCosponsorship(action=page)
                for page in map(petition_page, (FAITH_LEADERS_LETTER, PRESIDENT_LETTER))
                if page
            ]
        else:
            fields["body"] = paragraphs(
                f"{name} is part of the coalition's work for a fair and humane asylum system: "
                "campaigns, delegations to the border, coalition work and advocacy.",
            )
        partner_pages.append(
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
                topics=[topics[topic] for topic in PARTNER_TOPICS[slug]],
                **fields,
            )
        )
