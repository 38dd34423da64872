"""Partner and resource pages go only under their own index, and each can be previewed.

Creating and editing them through the admin: test_partner_page_admin.py,
test_resource_page_admin.py, test_section_index_admin.py."""

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
