"""Editors set up an action alert in the admin's add and edit forms, and readers see every setting."""

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from campaigns.models import ActionAlertPage
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PetitionPageFactory,
    TargetFactory,
)
from tests.factories import IssueFactory, StandardPageFactory
from tests.page_forms import (
    add_and_publish,
    assert_card_shown,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory


def alert_fields(title: str, slug: str, **overrides) -> dict:
    fields = {
        "title": title,
        "summary": "New limits on asylum were announced.",
        "deadline": "",
        "body": streamfield([]),
        "actions": streamfield([]),
        "thanks": "",
        "outcome": rich_text(""),
        "follow_ups": inline_formset([]),
        "topics": [],
        "partners": [],
        **promote_tab(slug),
    }
    fields.update(overrides)
    return fields


def every_kind_of_action(target, petition, page) -> dict:
    return streamfield(
        [
            (
                "call",
                {
                    "heading": "Call your senator",
                    "script": "I am a constituent.",
                    "targets": streamfield([("item", target.pk)]),
                    "phone": "202-224-3121",
                    "phone_label": "Capitol switchboard",
                },
            ),
            (
                "email",
                {
                    "heading": "Email the committee",
                    "recipient": "committee@senate.example",
                    "subject": "Protect asylum",
                    "body": "Please keep asylum fair.",
                },
            ),
            (
                "social_post",
                {
                    "heading": "Post on social media",
                    "text": "Asylum is a right.",
                    "handles": streamfield([("item", "@WhiteHouse")]),
                    "url": "https://coalition.example/asylum",
                },
            ),
            ("petition", {"heading": "Sign the petition", "petition": petition.pk}),
            (
                "link",
                {
                    "heading": "Faith leaders: sign our letter",
                    "text": "For clergy of every tradition.",
                    "page": page.pk,
                    "url": "",
                    "button_label": "Read the letter",
                },
            ),
        ]
    )


def test_every_setting_of_a_new_alert_reaches_its_readers(
    admin_client, client, home_page, take_action
):
    target = TargetFactory(name="Sen. Maria Lopez", office="U.S. Senator", phone="202-224-5521")
    petition = PetitionPageFactory(parent=take_action, title="Protect asylum seekers", goal=800)
    letter = StandardPageFactory(parent=home_page, title="Clergy letter", slug="clergy-letter")
    asylum = IssueFactory(name="Asylum", slug="asylum")
    partner = PartnerPageFactory(
        parent=PartnerIndexPageFactory(parent=home_page), title="Refugee Aid Society"
    )

    response = add_and_publish(
        admin_client,
        take_action,
        ActionAlertPage,
        alert_fields(
            "Protect asylum seekers now",
            "protect-asylum",
            deadline="2099-01-01 12:00",
            body=streamfield([("paragraph", rich_text("<p>The rule takes effect soon.</p>"))]),
            actions=every_kind_of_action(target, petition, letter),
            thanks="Thank you for acting!",
            outcome=rich_text("<p>Not shown while the alert is open.</p>"),
            topics=[asylum.pk],
            partners=[partner.pk],
        ),
    )

    assert response.status_code == 302
    html = client.get("/take-action/protect-asylum/").content.decode()
    assert "<h1>Protect asylum seekers now</h1>" in html
    assert '<p class="lede">New limits on asylum were announced.</p>' in html
    assert "Act by Jan. 1, 2099" in html
    assert "The rule takes effect soon." in html
    actions = html.split('<section class="actions"', 1)[1].split("</section>", 1)[0]
    assert "<strong>Sen. Maria Lopez</strong>, U.S. Senator (NM)" in actions
    assert 'href="tel:202-224-5521"' in actions
    assert (
        '<strong>Capitol switchboard</strong> <a class="button" href="tel:202-224-3121">' in actions
    )
    assert (
        'href="mailto:committee@senate.example?subject=Protect%20asylum&amp;body=Please%20keep%20asylum%20fair."'
        in actions
    )
    assert "<p>Asylum is a right. @WhiteHouse</p>" in actions
    assert "url=https%3A%2F%2Fcoalition.example%2Fasylum" in actions
    assert "Protect asylum seekers</a>" in actions and "0 signatures of 800" in actions
    assert "For clergy of every tradition." in actions
    assert 'href="/clergy-letter/">Read the letter</a>' in actions
    assert '<p class="alert__thanks">Thank you for acting!</p>' in actions
    assert "Not shown while the alert is open." not in html
    assert '<a href="/topics/asylum/">Asylum</a>' in html
    assert '<a href="/partners/refugee-aid-society/">Refugee Aid Society</a>' in html
    assert_promote_tab_shown(html, "protect-asylum")
    listing = client.get("/take-action/").content.decode()
    assert_card_shown(listing, "protect-asylum", "/take-action/protect-asylum/")


def test_an_editor_closes_an_alert_and_readers_see_what_happened_next(
    admin_client, client, home_page, take_action
):
    alert = ActionAlertPageFactory(parent=take_action, title="Stop the rule", slug="stop-the-rule")
    story = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), title="The rule is withdrawn"
    )

    response = edit_and_publish(
        admin_client,
        alert,
        alert_fields(
            "Stop the rule",
            "stop-the-rule",
            deadline="2025-03-01 17:00",
            actions=streamfield(
                [
                    (
                        "link",
                        {"heading": "Read more", "text": "", "page": ""}
                        | {"url": "https://x.example/", "button_label": "Go"},
                    )
                ]
            ),
            thanks="Thank you!",
            outcome=rich_text("<p>The rule was <b>withdrawn</b>.</p>"),
            follow_ups=inline_formset([{"story": story.pk}]),
        ),
    )

    assert response.status_code == 302
    html = client.get("/take-action/stop-the-rule/").content.decode()
    assert "This action closed on March 1, 2025." in html
    outcome = html.split('<section class="alert__outcome"', 1)[1].split("</section>", 1)[0]
    assert "What happened next" in outcome and "The rule was <b>withdrawn</b>." in outcome
    assert "The rule is withdrawn" in outcome
    assert "Read more" not in html and "Thank you!" not in html
    assert "stop-the-rule" not in client.get("/take-action/").content.decode()


def test_a_call_action_needs_a_target_or_a_phone_number(admin_client, take_action):
    call = {"heading": "Call", "script": "Hello.", "targets": streamfield([])}
    response = add_and_publish(
        admin_client,
        take_action,
        ActionAlertPage,
        alert_fields(
            "Call now",
            "call-now",
            actions=streamfield([("call", call | {"phone": "", "phone_label": ""})]),
        ),
    )

    assert "Choose at least one target or enter a phone number." in response.content.decode()
    assert not ActionAlertPage.objects.filter(slug="call-now").exists()
