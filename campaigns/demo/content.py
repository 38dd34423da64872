"""Demo news and action alerts: the clergy-letter story, an open alert with every action, a past one.

The story (July 2025) reports the clergy letter's delivery, so it speaks of the letter as closed;
the alert's actions lead only to petitions still open (the faith leaders' letter, the letter to the
President)."""

import json
from datetime import datetime, timedelta

from django.utils import timezone

from campaigns.models import (
    ActionAlertPage,
    CampaignIndexPage,
    NewsIndexPage,
    NewsPage,
    PetitionPage,
    Target,
)
from campaigns.models.news import NewsPageAuthor, NewsUpdateNote
from home.demo import add_navigation, ensure_image, ensure_page, home_page, paragraphs, rich_text
from home.models import Issue, Person
from resources.demo import ensure_topics
from resources.models import PartnerPage

from .petitions import CLERGY_LETTER, FAITH_LEADERS_LETTER, PRESIDENT_LETTER


def petition(slug: str) -> PetitionPage | None:
    """The signons demo's petition with this slug, if it has been built."""
    return PetitionPage.objects.filter(slug=slug).first()


def partner(slug: str) -> PartnerPage | None:
    return PartnerPage.objects.filter(slug=slug).first()


def ensure_person(name: str, role: str) -> Person:
    return Person.objects.filter(name=name).first() or Person.objects.create(name=name, role=role)


def ensure_target(name: str, **fields) -> Target:
    return Target.objects.filter(name=name).first() or Target.objects.create(name=name, **fields)


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value}


def clergy_story(news: NewsIndexPage, topics: dict[str, Issue]) -> NewsPage:
    reporter = ensure_person("Dana Levin", "Staff writer")
    published = timezone.make_aware(datetime(2025, 7, 18, 10, 30))
    body = [
        block(
            "paragraph",
            rich_text(
                "More than 1,400 clergy have signed a letter urging lawmakers to keep a fair and "
                "humane asylum process. A refugee aid society delivered the letter to "
                "congressional offices on July 18."
            ),
        ),
        block(
            "quote",
            {
                "text": "We call on you to uphold the right of every person fleeing danger to ask "
                "for safety, and to be heard fairly when they do.",
                "name": "The clergy letter",
                "role": "",
                "place": "",
            },
        ),
        block(
            "paragraph",
            rich_text(
                "Signers came from synagogues, churches and mosques in 48 states. Organisers met "
                "staff for Sen. Maria Lopez (D-N.M.) and Rep. Tom Hale (R-Texas)."
            ),
        ),
        block(
            "quote",
            {
                "text": "Our tradition commands us to love the stranger, because we were "
                "strangers. That command does not end at the border.",
                "name": "Rabbi Miriam Adler",
                "role": "Senior Rabbi",
                "place": "Albuquerque, N.M.",
            },
        ),
        block(
            "paragraph",
            rich_text(
                "The letter closed to new signatures on the evening of July 17, the day before "
                "it was delivered."
            ),
        ),
    ]
    return ensure_page(
        news,
        NewsPage,
        "clergy-deliver-letter-for-fair-asylum",
        title="Over 1,400 clergy urge lawmakers to keep a fair and humane asylum process",
        dek="A refugee aid society delivered the sign-on letter to Capitol Hill on July 18.",
        published_at=published,
        hero_image=ensure_image("Clergy at the Capitol", (120, 84, 52)),
        hero_caption="Faith leaders deliver the letter to congressional offices.",
        hero_credit="Sam Ortiz / Refugee Aid Society",
        body=json.dumps(body),
        authors=[NewsPageAuthor(person=reporter)],
        update_notes=[
            NewsUpdateNote(
                time=published + timedelta(hours=1, minutes=44),
                text="This story has been updated with the number of states signers came from.",
            )
        ],
        topics=[topics["asylum"], topics["faith-in-action"]],
        partners=[p for p in (partner("refugee-aid-society"),) if p],
        featured_petition=petition(CLERGY_LETTER),
    )


def open_alert(take_action: CampaignIndexPage, topics: dict[str, Issue]) -> ActionAlertPage:
    senator = ensure_target(
        "Sen. Maria Lopez",
        office="U.S. Senator for New Mexico",
        chamber="senate",
        state="NM",
        phone="202-224-5521",
        social_handle="@SenMariaLopez",
        contact_url="https://lopez.senate.example/contact",
    )
    representative = ensure_target(
        "Rep. Tom Hale",
        office="U.S. Representative, Texas 23rd",
        chamber="house",
        state="TX",
        phone="202-225-4511",
        social_handle="@RepTomHale",
    )
    actions = [
        block(
            "contact_congress",
            {
                "heading": "Call your senators and representative",
                "intro": "Enter your ZIP code to get your own members of Congress and their numbers.",
                "chambers": "both",
                "script": "Hello, my name is ___ and I live in {state}. I am calling to ask "
                "{title} {member} to protect the right to seek asylum and to oppose the new "
                "restrictions. Thank you.",
                "social_post": "People fleeing danger deserve a fair hearing. Protect asylum now.",
                "count_calls": True,
            },
        ),
        block(
            "call",
            {
                "heading": "Call the White House and your members of Congress",
                "script": "Hello, I am a constituent from [town]. I am calling to ask you to "
                "protect the right to seek asylum and to oppose the new restrictions. Thank you.",
                "targets": [senator.pk, representative.pk],
                "phone": "202-456-1111",
                "phone_label": "White House comment line",
            },
        ),
        block(
            "email",
            {
                "heading": "Email the Senate Judiciary Committee",
                "recipient": "judiciary@senate.example",
                "subject": "Protect the right to seek asylum",
                "body": "As a person of faith, I ask you to keep our asylum process fair and "
                "humane, and to reject the new restrictions.",
            },
        ),
        block(
            "social_post",
            {
                "heading": "Post on social media",
                "text": "People fleeing danger deserve a fair hearing. Protect asylum now.",
                "handles": ["@WhiteHouse", "@SenMariaLopez"],
                "url": "https://coalition.example/take-action/",
            },
        ),
        block(
            "link",
            {
                "heading": "Faith leaders: sign our letter",
                "text": "Clergy and lay leaders can add their names to the coalition's letter.",
                "page": (petition(FAITH_LEADERS_LETTER) or take_action).pk,
                "url": "",
                "button_label": "Sign as a faith leader",
            },
        ),
    ]
    president_letter = petition(PRESIDENT_LETTER)
    if president_letter:
        actions.insert(
            1,
            block(
                "petition",
                {"heading": "Sign the letter to the President", "petition": president_letter.pk},
            ),
        )
    return ensure_page(
        take_action,
        ActionAlertPage,
        "protect-immigrants-and-asylum-seekers",
        title="Take action: protect immigrants and asylum seekers",
        listing_image=ensure_image("Callers at a phone bank", (150, 60, 50)),
        summary="The administration announced new limits on asylum this week. Here is how to "
        "respond before Congress votes.",
        deadline=timezone.now() + timedelta(days=60),
        body=paragraphs(
            "On Monday the administration announced rules that would turn away most people "
            "who ask for asylum at the southern border.",
            "Congress can block the rules. Lawmakers are counting calls this month.",
        ),
        actions=json.dumps(actions),
        thanks="Thank you for acting. Tell a friend, and ask your congregation to join you.",
        topics=[topics["asylum"], topics["border"]],
        partners=[p for p in (partner("rabbinic-human-rights-network"),) if p],
    )


def past_alert(take_action: CampaignIndexPage, topics: dict[str, Issue]) -> ActionAlertPage:
    return ensure_page(
        take_action,
        ActionAlertPage,
        "stop-family-detention",
        title="Tell Congress: stop family detention",
        summary="Congress voted on funding for family detention centres in the spring.",
        deadline=timezone.make_aware(datetime(2025, 4, 30, 17, 0)),
        body=paragraphs("Families seeking asylum were being held in detention centres."),
        actions=json.dumps(
            [
                block(
                    "call",
                    {
                        "heading": "Call the Capitol switchboard",
                        "script": "Please vote against funding for family detention.",
                        "targets": [],
                        "phone": "202-224-3121",
                        "phone_label": "Capitol switchboard",
                    },
                )
            ]
        ),
        outcome=rich_text("Thousands of you called. The funding was cut by a third."),
        topics=[topics["detention"]],
    )


def build(stdout=None) -> None:
    home = home_page()
    topics = ensure_topics()
    news = ensure_page(
        home,
        NewsIndexPage,
        "news",
        title="News",
        intro="Reporting on asylum, refugees and the faith communities who welcome them.",
    )
    take_action = ensure_page(home, CampaignIndexPage, "take-action", title="Take action")
    story = clergy_story(news, topics)
    open_alert(take_action, topics)
    past_alert(take_action, topics)

    if home.featured_story_id is None:
        home.featured_story = story
        home.save_revision().publish()

    pages = [news, take_action] + [
        page
        for page in (
            home.get_children().filter(slug="partners").first(),
            home.get_children().filter(slug="resources").first(),
        )
        if page
    ]
    add_navigation(*pages)
