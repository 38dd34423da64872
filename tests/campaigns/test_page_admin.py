"""Campaign page types go only where they belong, and each can be previewed in the admin.

Creating and editing each page type through the admin: test_news_page_admin.py,
test_action_alert_admin.py, test_section_index_admin.py."""

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
from tests.factories import SuperuserFactory


class CampaignPageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.client.force_login(SuperuserFactory(username="editor"))

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
