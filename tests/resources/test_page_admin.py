"""Editors create partners and resources through the admin, and only under their own index."""

from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_factories import ImageFactory

from home.models import HomePage
from resources.models import (
    PartnerIndexPage,
    PartnerPage,
    ResourceIndexPage,
    ResourcePage,
)
from tests.factories import SuperuserFactory
from tests.resources.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)


class ResourcePageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.client.force_login(SuperuserFactory(username="editor"))

    def partner_data(self, **overrides):
        data = {
            "title": "Refugee Aid Society",
            "slug": "refugee-aid-society",
            "logo": ImageFactory().pk,
            "logo_alt_text": "Refugee Aid Society logo",
            "description": "Welcoming refugees since 1881.",
            "website": "https://ras.example/",
            "role": "member",
            "body": streamfield([]),
            "cosponsored": inline_formset([]),
            "action-publish": "publish",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_an_editor_publishes_a_partner_with_its_logo(self):
        partners = PartnerIndexPageFactory(parent=self.home)

        self.assertCanCreate(partners, PartnerPage, self.partner_data())

        wall = self.client.get("/partners/").content.decode()
        page = self.client.get("/partners/refugee-aid-society/").content.decode()
        # On the wall the name beside the logo says it all; the partner's page describes the logo.
        self.assertIn('href="/partners/refugee-aid-society/"', wall)
        self.assertIn('alt="Refugee Aid Society logo"', page)

    def test_a_partner_without_alt_text_for_its_logo_is_refused(self):
        partners = PartnerIndexPageFactory(parent=self.home)

        response = self.client.post(
            f"/admin/pages/add/resources/partnerpage/{partners.pk}/",
            self.partner_data(logo_alt_text=""),
        )

        self.assertContains(response, "This field is required.")
        self.assertFalse(PartnerPage.objects.exists())

    def test_an_editor_publishes_a_resource_with_a_document(self):
        resources = ResourceIndexPageFactory(parent=self.home)
        document = get_document_model().objects.create(
            title="Seder text", file="documents/seder.pdf"
        )
        data = nested_form_data(
            {
                "title": "Welcoming the stranger",
                "slug": "welcoming-the-stranger",
                "summary": "A text for the seder table.",
                "resource_type": "study",
                "documents": inline_formset([{"document": document.pk, "label": ""}]),
                "body": streamfield([]),
                "action-publish": "publish",
            }
        )

        self.assertCanCreate(resources, ResourcePage, data)

        html = self.client.get("/resources/welcoming-the-stranger/").content.decode()
        self.assertIn("Seder text", html)
        self.assertIn("(PDF", html)

    def test_partner_and_resource_pages_go_only_under_their_index(self):
        self.assertAllowedParentPageTypes(PartnerIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage})
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertCanNotCreateAt(HomePage, PartnerPage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)

    def test_every_partner_and_resource_page_type_can_be_previewed(self):
        partners = PartnerIndexPageFactory(parent=self.home)
        resources = ResourceIndexPageFactory(parent=self.home)
        for index in (partners, resources):
            self.assertPageIsPreviewable(index)
        # StreamField editors are drawn by JavaScript, so the form data is given explicitly.
        partner = PartnerPageFactory(parent=partners, live=False)
        self.assertPageIsPreviewable(
            partner, post_data=self.partner_data(slug=partner.slug, title="Draft partner")
        )
        resource = ResourcePageFactory(parent=resources, live=False)
        self.assertPageIsPreviewable(
            resource,
            post_data=nested_form_data(
                {
                    "title": "Draft resource",
                    "slug": resource.slug,
                    "summary": "A guide.",
                    "resource_type": "guide",
                    "documents": inline_formset([]),
                    "body": streamfield([]),
                }
            ),
        )
