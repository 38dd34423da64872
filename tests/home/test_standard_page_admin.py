"""Editors create standard pages through the real admin form."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.factories import SuperuserFactory


class StandardPageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.client.force_login(SuperuserFactory(username="editor-in-chief"))

    def test_an_admin_creates_a_standard_page_with_a_body_through_the_admin_form(self):
        data = nested_form_data(
            {
                "title": "Our history",
                "slug": "our-history",
                "intro": "How the coalition began.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Beginnings", "level": "h2"}),
                        ("paragraph", rich_text("<p>Founded after the 2018 border crisis.</p>")),
                        (
                            "quote",
                            {
                                "text": "Welcome the stranger.",
                                "name": "Rabbi Ruth",
                                "role": "",
                                "place": "",
                            },
                        ),
                    ]
                ),
                "action-publish": "publish",
            }
        )

        self.assertCanCreate(self.home, StandardPage, data)

        page = StandardPage.objects.get(slug="our-history")
        self.assertTrue(page.live)
        html = self.client.get(page.url).content.decode()
        self.assertIn("<h2>Beginnings</h2>", html)
        self.assertIn("Founded after the 2018 border crisis.", html)
        self.assertIn("— <cite>Rabbi Ruth</cite>", html)

    def test_standard_pages_live_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
