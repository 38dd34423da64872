"""Editors create and edit standard pages through the real admin form, and readers see each setting."""

from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory, SuperuserFactory
from tests.page_forms import (
    add_and_publish,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)


def standard_page_fields(title: str, slug: str, **overrides) -> dict:
    """Every field of the standard page's form, its body using each kind of block but embeds
    (which would ask an outside site)."""
    fields = {
        "title": title,
        "intro": "How the coalition began.",
        "body": streamfield([("paragraph", rich_text("<p>Founded in 2018.</p>"))]),
        **promote_tab(slug),
    }
    fields.update(overrides)
    return fields


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

    def test_every_setting_of_a_new_standard_page_reaches_its_readers(self):
        target = StandardPageFactory(parent=self.home, title="Join us", slug="join-us")
        document = get_document_model().objects.create(
            title="Annual report", file="documents/annual-report.pdf"
        )
        body = streamfield(
            [
                ("heading", {"text": "Beginnings", "level": "h3"}),
                ("paragraph", rich_text("<p>Founded after the 2018 border crisis.</p>")),
                (
                    "image",
                    {
                        "image": {
                            "image": ImageFactory(file__filename="march.jpg").pk,
                            "alt_text": "Clergy marching",
                            "decorative": "",
                        },
                        "caption": "The first march.",
                        "credit": "Ana Ruiz / HIAS",
                    },
                ),
                (
                    "quote",
                    {"text": "Welcome the stranger.", "name": "Rabbi Ruth", "role": "Rabbi"}
                    | {"place": "Albuquerque, N.M."},
                ),
                (
                    "call_to_action",
                    {"text": "Stand with us.", "page": target.pk, "button_label": "Join"},
                ),
                ("document", {"document": document.pk, "label": "Our annual report"}),
            ]
        )

        response = add_and_publish(
            self.client,
            self.home,
            StandardPage,
            standard_page_fields("Our history", "our-history", body=body),
        )

        self.assertEqual(response.status_code, 302)
        html = self.client.get("/our-history/").content.decode()
        self.assertIn("<h1>Our history</h1>", html)
        self.assertIn('<p class="lede">How the coalition began.</p>', html)
        self.assertIn("<h3>Beginnings</h3>", html)
        self.assertIn("Founded after the 2018 border crisis.", html)
        self.assertIn('alt="Clergy marching"', html)
        self.assertIn("/march", html)
        self.assertIn(
            'The first march. <span class="credit">Ana Ruiz / HIAS</span></figcaption>', html
        )
        self.assertIn("— <cite>Rabbi Ruth</cite>, Rabbi, Albuquerque, N.M.", html)
        self.assertIn("<p>Stand with us.</p>", html)
        self.assertIn('href="/join-us/">Join</a>', html)
        self.assertIn(f'href="{document.url}">Our annual report</a>', html)
        assert_promote_tab_shown(html, "our-history")

    def test_an_editor_edits_a_standard_page_and_readers_see_the_new_words(self):
        page = StandardPageFactory(parent=self.home, title="About", slug="about")

        response = edit_and_publish(
            self.client,
            page,
            standard_page_fields(
                "About the coalition",
                "about-us",
                intro="Forty congregations, one voice.",
                body=streamfield([("paragraph", rich_text("<p>We meet monthly.</p>"))]),
            ),
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/about/").status_code, 404)
        html = self.client.get("/about-us/").content.decode()
        self.assertIn("<h1>About the coalition</h1>", html)
        self.assertIn("Forty congregations, one voice.", html)
        self.assertIn("We meet monthly.", html)
        assert_promote_tab_shown(html, "about-us")

    def test_standard_pages_live_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
