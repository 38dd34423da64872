"""Factories for partners and resources."""

import factory
import wagtail_factories

from resources.models import PartnerIndexPage, PartnerPage, ResourceIndexPage, ResourcePage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerIndexPage

    title = "Partners"
    slug = "partners"


class PartnerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Partner {n}")
    logo = factory.SubFactory(wagtail_factories.ImageFactory)
    logo_alt_text = factory.LazyAttribute(lambda partner: f"{partner.title} logo")
    description = "A member of the coalition."


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Resources"
    slug = "resources"


class ResourcePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A guide for congregations."
