"""Editors create stories, alerts and the indexes through the admin, and only where they belong."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import (
    ActionAlertPage,
    CampaignIndexPage,
    NewsIndexPage,
    NewsPage,
    PetitionPage,
)
from home.models import HomePage
from tests.campaigns.factories import (
    ActionAlertPageFactory,
    CampaignIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.factories import IssueFactory, PersonFactory, SuperuserFactory


class CampaignPageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.client.force_login(SuperuserFactory(username="editor"))

    def test_an_editor_publishes_a_story_with_byline_quote_update_note_and_topic(self):
        news = NewsIndexPageFactory(parent=self.home)
        writer = PersonFactory(name="Dana Levin")
        topic = IssueFactory(name="Asylum", slug="asylum")
        data = nested_form_data(
            {
                "title": "Clergy deliver letter",
                "slug": "clergy-deliver-letter",
                "dek": "Over 1,400 clergy signed.",
                "source": "",
                "published_at": "",
                "hero_caption": "",
                "hero_credit": "",
                "authors": inline_formset([{"person": writer.pk}]),
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>The letter was delivered on July 18.</p>")),
                        (
                            "quote",
                            {
                                "text": "Love the stranger.",
                                "name": "Rabbi Miriam Adler",
                                "role": "Senior Rabbi",
                                "place": "Albuquerque, N.M.",
                            },
                        ),
                    ]
                ),
                "update_notes": inline_formset(
                    [{"time": "2025-07-18 12:14", "text": "Added the senator's reply."}]
                ),
                "related_links": inline_formset([]),
                "action-publish": "publish",
            }
        )
        data["topics"] = [topic.pk]

        self.assertCanCreate(news, NewsPage, data)

        story = NewsPage.objects.get(slug="clergy-deliver-letter")
        html = self.client.get(story.url).content.decode()
        self.assertIn("By Dana Levin", html)
        self.assertIn("— <cite>Rabbi Miriam Adler</cite>, Senior Rabbi, Albuquerque, N.M.", html)
        self.assertIn("Added the senator&#x27;s reply.", html)
        self.assertIn('<a href="/topics/asylum/">Asylum</a>', html)
        self.assertEqual(story.published_at, story.first_published_at)

    def test_an_editor_publishes_an_action_alert_with_an_email_action(self):
        take_action = CampaignIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Protect asylum seekers",
                "slug": "protect-asylum-seekers",
                "summary": "New limits on asylum were announced.",
                "deadline": "2099-01-01 12:00",
                "body": streamfield([]),
                "actions": streamfield(
                    [
                        (
                            "email",
                            {
                                "heading": "Email the committee",
                                "recipient": "committee@senate.example",
                                "subject": "Protect asylum",
                                "body": "Please keep asylum fair.",
                            },
                        )
                    ]
                ),
                "thanks": "Thank you!",
                "outcome": rich_text(""),
                "follow_ups": inline_formset([]),
                "action-publish": "publish",
            }
        )

        self.assertCanCreate(take_action, ActionAlertPage, data)

        html = self.client.get("/take-action/protect-asylum-seekers/").content.decode()
        self.assertIn(
            'href="mailto:committee@senate.example?subject=Protect%20asylum&amp;body=Please%20keep%20asylum%20fair."',
            html,
        )

    def test_a_call_action_needs_a_target_or_a_phone_number(self):
        take_action = CampaignIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Call now",
                "slug": "call-now",
                "summary": "Call your senators.",
                "deadline": "",
                "body": streamfield([]),
                "actions": streamfield(
                    [
                        (
                            "call",
                            {
                                "heading": "Call",
                                "script": "Hello.",
                                "targets": streamfield([]),
                                "phone": "",
                                "phone_label": "",
                            },
                        )
                    ]
                ),
                "thanks": "",
                "outcome": rich_text(""),
                "follow_ups": inline_formset([]),
                "action-publish": "publish",
            }
        )

        response = self.client.post(
            f"/admin/pages/add/campaigns/actionalertpage/{take_action.pk}/", data
        )

        self.assertContains(response, "Choose at least one target or enter a phone number.")
        self.assertFalse(ActionAlertPage.objects.filter(slug="call-now").exists())

    def test_each_campaign_page_type_goes_only_where_it_belongs(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedParentPageTypes(ActionAlertPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(ActionAlertPage, set())
        self.assertAllowedSubpageTypes(CampaignIndexPage, {PetitionPage, ActionAlertPage})
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(Page, NewsIndexPage)

    def test_every_campaign_page_type_can_be_previewed(self):
        news = NewsIndexPageFactory(parent=self.home)
        take_action = CampaignIndexPageFactory(parent=self.home)
        story = NewsPageFactory(parent=news, live=False)
        alert = ActionAlertPageFactory(parent=take_action, live=False)
        for page in (news, take_action):
            self.assertPageIsPreviewable(page)
        # StreamField editors are drawn by JavaScript, so the form data is given explicitly.
        self.assertPageIsPreviewable(
            story,
            post_data=nested_form_data(
                {
                    "title": "Draft story",
                    "slug": story.slug,
                    "dek": "",
                    "authors": inline_formset([]),
                    "body": streamfield([("paragraph", rich_text("<p>Draft words.</p>"))]),
                    "update_notes": inline_formset([]),
                    "related_links": inline_formset([]),
                }
            ),
        )
        self.assertPageIsPreviewable(
            alert,
            post_data=nested_form_data(
                {
                    "title": "Draft alert",
                    "slug": alert.slug,
                    "summary": "Act now.",
                    "body": streamfield([]),
                    "actions": streamfield([]),
                    "outcome": rich_text(""),
                    "follow_ups": inline_formset([]),
                }
            ),
        )
