"""Demo petitions: the clergy sign-on letter (closed and delivered in July 2025), the faith leaders'
letter the action alert asks clergy to sign now, the policy platform pledge and the letter to the
President, each with generated confirmed signatures so the list, report and chart show something.

Signatures come only in the languages the petition is published in (translations.py says which),
so a report's count per language never names a language the petition has no page in."""

import json
import random
import unicodedata
from datetime import date, datetime, timedelta

from django.utils import timezone
from django.utils.html import strip_tags

from campaigns.models import CampaignIndexPage, PetitionKind, PetitionPage, Signature
from campaigns.signons.counting import set_count
from home.demo import ensure_image, ensure_page, home_page, rich_text
from resources.demo import ensure_topics

from .translations import demo_languages

CLERGY_LETTER = "clergy-letter-fair-asylum"
FAITH_LEADERS_LETTER = "faith-leaders-letter-protect-asylum"
PLEDGE = "policy-platform-pledge"
PRESIDENT_LETTER = "letter-to-the-president"

# What signing promises, where the form says that signers will hear from the coalition: the
# petition records it as consent to updates (updates_consent "implied") with these words.
PRESIDENT_UPDATES = (
    "By signing this petition you will receive periodic email updates from the coalition. "
    "You may unsubscribe at any time."
)
PLEDGE_UPDATES = (
    "We will send you occasional updates about the pledge. You can unsubscribe at any time."
)
PRIVACY_LINE = (
    "We never publish your email address, phone number or postal code. "
    '<a href="/privacy/">How we use your details</a>.'
)

FIRST_NAMES = [
    "Ruth",
    "Miriam",
    "David",
    "Sarah",
    "Daniel",
    "Leah",
    "Ana",
    "José",
    "Maria",
    "Samuel",
    "Rachel",
    "Aaron",
    "Naomi",
    "Elena",
    "Tomás",
    "Fatima",
    "Omar",
    "Grace",
    "Joseph",
    "Esther",
]
LAST_NAMES = [
    "Cohen",
    "Levi",
    "Goldberg",
    "Friedman",
    "Garcia",
    "Martinez",
    "Rosen",
    "Katz",
    "Haddad",
    "Nguyen",
    "Okafor",
    "Schwartz",
    "Klein",
    "Rivera",
    "Mendel",
    "Weiss",
    "Sandler",
    "Abrams",
]
PLACES = [
    ("Albuquerque", "NM"),
    ("Austin", "TX"),
    ("Chicago", "IL"),
    ("Philadelphia", "PA"),
    ("Oakland", "CA"),
    ("Tucson", "AZ"),
    ("Brooklyn", "NY"),
    ("Minneapolis", "MN"),
    ("Silver Spring", "MD"),
    ("Seattle", "WA"),
]
# Titles for the clergy letter's categories, in their order.
CLERGY_TITLES = [["Rabbi", "Rabbi", "Cantor"], ["Rev.", "Pastor", "Father"], ["Imam", "Sister"]]
CONGREGATIONS = [
    "Congregation Beth Am",
    "Temple Sinai",
    "Kehilat Shalom",
    "Congregation B'nai Israel",
    "Adas Israel",
    "Temple Emanu-El",
    "First Unitarian Church",
    "St. Mark's Episcopal Church",
]


def _blocks(kind: str, values) -> str:
    return json.dumps(
        [
            {"type": kind, "value": value, "id": f"{kind}-{index}"}
            for index, value in enumerate(values)
        ]
    )


def _fields(*names_required) -> str:
    return json.dumps(
        [
            {"type": "field", "value": {"name": name, "required": required}, "id": f"field-{name}"}
            for name, required in names_required
        ]
    )


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _generate_signatures(petition: PetitionPage, number: int, seed: int, *, clergy=False, days=30):
    """Add `number` confirmed signatures spread over `days` days, unless the petition has some."""
    if Signature.objects.filter(petition_key=petition.translation_key).exists():
        return
    rng = random.Random(seed)
    # Postal codes and phone numbers only where the form asks for them, drawn apart so the other
    # fields come out as before.
    contact = random.Random(seed + 1000)
    asked = {block.value["name"] for block in petition.signer_fields}
    categories = [block.id for block in petition.categories]
    languages = demo_languages(petition)
    implied_updates = petition.updates_consent == "implied"
    consent = strip_tags(petition.consent_text).strip()
    closes = petition.closes_at or timezone.now()
    signatures = []
    for index in range(number):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{_ascii(first)}.{_ascii(last)}.{index}@example.org"
        city, region = rng.choice(PLACES)
        category = rng.randrange(len(categories)) if categories else None
        # Most sign-ons come in the last days before the deadline, as campaigns usually go.
        offset = timedelta(days=min(rng.expovariate(0.25), days), minutes=rng.randrange(1440))
        signed_at = closes - offset
        # Drawn from the same list for every petition so the other fields come out as before;
        # a language the petition has no page in becomes English.
        locale = rng.choice(["en"] * 8 + ["es", "ar"])
        signatures.append(
            Signature(
                petition_key=petition.translation_key,
                page=petition,
                locale=locale if locale in languages else "en",
                title=rng.choice(CLERGY_TITLES[category]) if clergy else "",
                first_name=first,
                last_name=last,
                email=email,
                email_normalized=email,
                organisation=rng.choice(CONGREGATIONS) if clergy or rng.random() < 0.2 else "",
                city=city,
                region=region,
                country="USA",
                postal_code=f"{contact.randrange(10000, 99999)}" if "postal_code" in asked else "",
                phone=f"+1 202-555-{contact.randrange(10000):04d}" if "phone" in asked else "",
                category=categories[category] if categories else "",
                list_publicly=rng.random() < 0.8,
                consent_text=consent,
                consented_at=signed_at,
                updates_agreed=implied_updates,
                updates_wording=petition.updates_wording if implied_updates else "",
                updates_agreed_at=signed_at if implied_updates else None,
                status="confirmed",
                created_at=signed_at,
                confirmed_at=signed_at,
                utm_source=rng.choice(["", "", "newsletter", "partner", "social"]),
            )
        )
    Signature.objects.bulk_create(signatures, batch_size=500)
    set_count(petition.translation_key, number)


def build(stdout=None) -> None:
    take_action = ensure_page(home_page(), CampaignIndexPage, "take-action", title="Take action")
    topics = ensure_topics()

    clergy = ensure_page(
        take_action,
        PetitionPage,
        CLERGY_LETTER,
        topics=[topics["asylum"], topics["faith-in-action"]],
        title="Clergy letter for a fair and humane asylum process",
        kind=PetitionKind.LETTER,
        target="Members of Congress",
        intro=(
            "Rabbis, cantors and clergy of every faith call on Congress to keep the promise of "
            "asylum: a fair hearing, counsel, and dignity for people fleeing danger."
        ),
        letter=rich_text(
            "Dear Members of Congress,",
            "As clergy, we are taught to welcome the stranger, for we were strangers once. "
            "We write to urge you to protect a fair and humane asylum process.",
            "People who reach our border asking for safety deserve to be heard by a judge, to "
            "have a lawyer at their side and to wait for their hearing in our communities, not "
            "in detention.",
        ),
        demands=_blocks(
            "demand",
            [
                "Guarantee every asylum seeker a full and fair hearing.",
                "Fund legal representation for families and children.",
                "End family detention and invest in community-based alternatives.",
            ],
        ),
        closing=rich_text("With faith and hope, the undersigned clergy."),
        goal=1500,
        # Closed the evening before the refugee aid society delivered it: the story of July 18,
        # 2025 reports the delivery.
        closes_at=timezone.make_aware(datetime(2025, 7, 17, 23, 59)),
        delivered_on=date(2025, 7, 18),
        delivered_to="lawmakers on Capitol Hill",
        delivery_note="Delivered by the coalition's refugee aid society with more than 1,400 signatures.",
        signer_fields=_fields(
            ("title", True), ("organisation", True), ("city", True), ("region", True)
        ),
        categories=_blocks(
            "category", ["Rabbis and cantors", "Christian clergy", "Other faith leaders"]
        ),
        consent_text=rich_text(
            "Your name, title, congregation and city will appear on the published letter if you tick the box."
        ),
        thank_you=rich_text("Thank you for adding your voice to the letter."),
        share_text="Clergy of every faith are calling for a fair and humane asylum process.",
        list_signers=True,
        # The published letter keeps its public list of signers: a delivered letter is a record.
        retention_days=3650,
        listing_summary="More than 1,400 clergy signed; delivered to lawmakers on July 18, 2025.",
        listing_image=ensure_image("Faith leaders walking together", (78, 70, 120)),
    )
    _generate_signatures(clergy, 1412, seed=1, clergy=True)

    faith_leaders = ensure_page(
        take_action,
        PetitionPage,
        FAITH_LEADERS_LETTER,
        topics=[topics["asylum"], topics["faith-in-action"]],
        title="Faith leaders' letter: keep the door to asylum open",
        kind=PetitionKind.LETTER,
        target="Members of Congress",
        intro=(
            "The new asylum rules would turn away most people who ask for safety at the border. "
            "Clergy and lay leaders of every faith: add your name before Congress votes."
        ),
        letter=rich_text(
            "Dear Members of Congress,",
            "Our congregations welcome families who fled danger and waited years for a fair "
            "hearing. The rules announced this week would close that door at the border.",
            "We ask you to block them, and to keep the promise of asylum that our scriptures "
            "and our laws both make.",
        ),
        demands=_blocks(
            "demand",
            [
                "Block the new rules that turn away people asking for asylum at the border.",
                "Keep every asylum seeker's right to a full and fair hearing.",
                "Fund legal representation for families and children.",
            ],
        ),
        closing=rich_text("In faith, the undersigned leaders."),
        goal=1000,
        signer_fields=_fields(
            ("title", True), ("organisation", True), ("city", True), ("region", True)
        ),
        categories=_blocks(
            "category", ["Rabbis and cantors", "Christian clergy", "Other faith leaders"]
        ),
        consent_text=rich_text(
            "Your name, title, congregation and city will appear on the published letter if you tick the box."
        ),
        thank_you=rich_text("Thank you for adding your voice to the letter."),
        share_text="Faith leaders are asking Congress to keep the door to asylum open. Add your name:",
        list_signers=True,
        listing_image=ensure_image("Clergy at a vigil for asylum seekers", (96, 58, 112)),
    )
    _generate_signatures(faith_leaders, 186, seed=4, clergy=True, days=10)

    photo = ensure_image("Community leaders at a candidate forum", (120, 72, 40))
    pledge = ensure_page(
        take_action,
        PetitionPage,
        PLEDGE,
        topics=[topics["refugee-resettlement"]],
        title="Sign our policy platform pledge",
        kind=PetitionKind.PLEDGE,
        target="Candidates for public office",
        intro=(
            "Before the election, community members and leaders pledge to stand for a welcoming "
            "country. We will deliver the pledge, with every name, to the candidates."
        ),
        photo=photo,
        photo_caption="Community leaders meet candidates at a forum on immigration.",
        photo_credit="Photo: coalition staff",
        letter=rich_text("I pledge to vote, organise and speak up for a platform that:"),
        demands=_blocks(
            "demand",
            [
                "Restores a fair asylum system with timely hearings and access to counsel.",
                "Rebuilds refugee resettlement to welcome at least 125,000 people a year.",
                "Ends family separation and the detention of children.",
                "Offers a path to citizenship for long-time residents and Dreamers.",
                "Protects immigrants' access to health care, schools and courts.",
                "Keeps local police out of federal immigration enforcement.",
                "Funds community groups that help newcomers settle and find work.",
            ],
        ),
        closing=rich_text("Together we will hold every candidate to these commitments."),
        goal=2500,
        goal_auto_raise=True,
        signer_fields=_fields(
            ("title", False), ("organisation", False), ("city", False), ("region", False)
        ),
        categories=_blocks("category", ["Community leader", "Individual"]),
        updates_consent="implied",
        updates_wording=PLEDGE_UPDATES,
        consent_text=rich_text(PRIVACY_LINE),
        thank_you=rich_text(
            "Thank you for taking the pledge. Please share it with your community."
        ),
        share_text="I signed the policy platform pledge for a welcoming country. Join me:",
        list_signers=True,
        list_shows_title=True,
    )
    _generate_signatures(pledge, 340, seed=2)

    president = ensure_page(
        take_action,
        PetitionPage,
        PRESIDENT_LETTER,
        topics=[topics["asylum"], topics["border"]],
        title="A letter to the President: protect people seeking safety",
        kind=PetitionKind.PETITION,
        target="The President of the United States",
        intro="Add your name to our letter asking the President to take eight concrete steps.",
        listing_image=ensure_image("A family at a border crossing", (40, 96, 110)),
        letter=rich_text(
            "Dear Mr. President,",
            "We write as people of conscience who believe our country can be both secure and "
            "welcoming. We ask you to take these steps without delay:",
        ),
        demands=_blocks(
            "demand",
            [
                "Restore access to asylum at ports of entry.",
                "End the metering and turn-back policies at the border.",
                "Stop the detention of families and children.",
                "Expand legal pathways for people fleeing violence.",
                "Raise the refugee admissions ceiling and meet it.",
                "Fund immigration courts to end the backlog fairly.",
                "Guarantee counsel for children in immigration court.",
                "Protect Dreamers and holders of Temporary Protected Status.",
            ],
        ),
        closing=rich_text("Respectfully, the undersigned."),
        goal=5000,
        signer_fields=_fields(("postal_code", False), ("country", False), ("phone", False)),
        updates_consent="implied",
        updates_wording=PRESIDENT_UPDATES,
        consent_text=rich_text(PRIVACY_LINE),
        double_opt_in=True,
        thank_you=rich_text("Thank you. Your signature has been added to the letter."),
        share_text="I signed the letter to the President asking him to protect people seeking safety.",
    )
    _generate_signatures(president, 275, seed=3)
    if stdout:
        stdout.write("Demo petitions are in place.")
