"""An editor builds a partner's issue page in the admin: an epigraph with its citation, a glossary
footnote the text links to, and the logos of the partner's own partners."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from home.models import HomePage
from resources.models import PartnerPage
from tests.factories import SuperuserFactory
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory


def list_block(values) -> dict:
    """A ListBlock's form data: one item per value, in order."""
    items = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    return {"count": str(len(values)), **items}


class PartnerIssuePageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.partners = PartnerIndexPageFactory(parent=self.home)
        self.members = [
            PartnerPageFactory(parent=self.partners, title="Refugee Aid Society", slug="ras"),
            PartnerPageFactory(parent=self.partners, title="Coalition for Fair Asylum", slug="cfa"),
        ]
        self.client.force_login(SuperuserFactory(username="editor"))

    def issue_page_data(self, anchor="note-ger"):
        return nested_form_data(
            {
                "title": "Rabbinic Human Rights Network",
                "slug": "rhrn",
                "logo": ImageFactory().pk,
                "logo_alt_text": "Rabbinic Human Rights Network logo",
                "description": "Rabbis and cantors for human rights.",
                "website": "",
                "role": "member",
                "body": streamfield(
                    [
                        (
                            "quote",
                            {
                                "text": "Love the stranger, for you were strangers.",
                                "name": "Deuteronomy 10:19",
                                "role": "",
                                "place": "",
                            },
                        ),
                        (
                            "paragraph",
                            rich_text(
                                '<p>We are commanded to love the <a href="#note-ger">ger</a>.</p>'
                            ),
                        ),
                        (
                            "partners",
                            {"partners": list_block([member.pk for member in self.members])},
                        ),
                        (
                            "footnote",
                            {
                                "anchor": anchor,
                                "term": "Ger",
                                "text": rich_text("<p>Hebrew for “stranger”.</p>"),
                            },
                        ),
                    ]
                ),
                "cosponsored": inline_formset([]),
                "action-publish": "publish",
            }
        )

    def test_an_editor_publishes_an_epigraph_a_linked_footnote_and_partner_logos(self):
        self.assertCanCreate(self.partners, PartnerPage, self.issue_page_data())

        html = self.client.get("/partners/rhrn/").content.decode()
        self.assertIn("<cite>Deuteronomy 10:19</cite>", html)
        self.assertIn('<a href="#note-ger">ger</a>', html)
        self.assertIn('<div class="footnote" id="note-ger" role="note">', html)
        self.assertIn("<dfn>Ger</dfn>", html)
        wall = html[html.index('<ul class="logo-wall">') :]
        wall = wall[: wall.index("</ul>")]
        self.assertLess(wall.index('href="/partners/ras/"'), wall.index('href="/partners/cfa/"'))
        self.assertEqual(wall.count("<img"), 2)

    def test_a_partner_no_longer_live_drops_off_the_logos(self):
        self.assertCanCreate(self.partners, PartnerPage, self.issue_page_data())
        self.members[1].unpublish()

        html = self.client.get("/partners/rhrn/").content.decode()

        self.assertIn('href="/partners/ras/"', html)
        self.assertNotIn('href="/partners/cfa/"', html)

    def test_a_footnote_anchor_that_is_not_a_short_name_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/resources/partnerpage/{self.partners.pk}/",
            self.issue_page_data(anchor="note ger!"),
        )

        self.assertEqual(response.status_code, 200)
        self.assertFalse(PartnerPage.objects.filter(slug="rhrn").exists())
