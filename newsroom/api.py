"""The read API for partners and embeds: Wagtail's API v2 at /api/v2/, for the public pages of
five types (news, action alerts, petitions, partners, resources), in every language.

What each type shows is declared here, in one place (API_FIELDS), so reviewing what the API
publishes is reading one list. Signatures are not pages: a petition shows its count, never a
signer. Listings cost the same number of queries however many pages they hold (counts in one
query, pictures with their renditions in one, locales joined); long text (bodies, letters,
actions) is in the detail view only. Anonymous answers come from the page cache, like pages, and
any site may read them (CORS).
"""

from django.db.models import Prefetch
from rest_framework.fields import CharField, Field, ReadOnlyField
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import expand_db_html

from campaigns.models import ActionAlertPage, NewsPage, PetitionPage
from campaigns.signons.counting import signature_counts
from newsroom.platform.page_cache import mark_public_answer
from resources.models import PartnerPage, ResourcePage

PICTURE_SPEC = "max-1200x1200"


class RichTextHTML(Field):
    """A rich text field as the HTML readers get: links to pages and documents resolved."""

    def to_representation(self, value):
        return expand_db_html(value)


class Delivery(Field):
    """When and to whom a petition was delivered, or null while it is not."""

    def get_attribute(self, petition):
        return petition

    def to_representation(self, petition):
        if not petition.delivered_on:
            return None
        return {
            "delivered_on": petition.delivered_on.isoformat(),
            "delivered_to": petition.delivered_to,
            "note": petition.delivery_note,
        }


class Downloads(Field):
    """A resource's documents: label, title and address (Wagtail's document view, which checks
    a private collection before serving the file)."""

    def get_attribute(self, resource):
        return resource

    def to_representation(self, resource):
        return [
            {
                "label": link.label or link.document.title,
                "title": link.document.title,
                "url": link.document.url,
            }
            for link in resource.documents.select_related("document")
        ]


def picture(name: str) -> APIField:
    return APIField(name, serializer=ImageRenditionField(PICTURE_SPEC))


API_FIELDS = {
    NewsPage: [
        "dek",
        "published_at",
        "source",
        picture("hero_image"),
        "hero_caption",
        "hero_credit",
        "body",
    ],
    ActionAlertPage: [
        "summary",
        "deadline",
        APIField("is_open"),
        "thanks",
        "body",
        "actions",
        APIField("outcome", serializer=RichTextHTML()),
    ],
    PetitionPage: [
        APIField("petition_key", serializer=CharField(source="translation_key")),
        "kind",
        "target",
        "intro",
        picture("photo"),
        "photo_caption",
        "photo_credit",
        APIField("signature_count"),
        APIField("goal", serializer=ReadOnlyField(source="shown_goal")),
        APIField("is_open"),
        "opens_at",
        "closes_at",
        APIField("delivery", serializer=Delivery()),
        APIField("letter", serializer=RichTextHTML()),
        "demands",
        APIField("closing", serializer=RichTextHTML()),
    ],
    PartnerPage: [
        "partner_code",
        "description",
        "website",
        "role",
        picture("logo"),
        "logo_alt_text",
        "body",
    ],
    ResourcePage: [
        "summary",
        "resource_type",
        APIField("downloads", serializer=Downloads()),
        "body",
    ],
}
# The pictures each type shows, fetched with their renditions for a whole listing at once.
PICTURES = {NewsPage: "hero_image", PetitionPage: "photo", PartnerPage: "logo"}


class NewsroomPagesAPIViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]  # one representation per address, so answers can be cached
    detail_only_fields = [
        "parent",
        "body",
        "actions",
        "outcome",
        "letter",
        "demands",
        "closing",
        "downloads",
    ]

    @classmethod
    def get_body_fields(cls, model):
        return [
            field if isinstance(field, APIField) else APIField(field)
            for field in [*cls.body_fields, *API_FIELDS.get(model, [])]
        ]

    def get_base_queryset(self):
        # Asked for three times per request; building it reads restrictions, site and locales.
        if not hasattr(self, "base_queryset"):
            self.base_queryset = super().get_base_queryset().type(*API_FIELDS)
        return self.base_queryset

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        if queryset.model in PICTURES:
            images = get_image_model().objects.prefetch_renditions(PICTURE_SPEC)
            queryset = queryset.prefetch_related(Prefetch(PICTURES[queryset.model], images))
        return queryset

    def paginate_queryset(self, queryset):
        pages = list(super().paginate_queryset(queryset))
        petitions = [page for page in pages if isinstance(page, PetitionPage)]
        counts = signature_counts([petition.translation_key for petition in petitions])
        for petition in petitions:
            petition.set_signature_count(counts.get(petition.translation_key, 0))
        return pages

    def dispatch(self, request, *args, **kwargs):
        mark_public_answer(request)  # Django's request: REST framework wraps it after this
        return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", NewsroomPagesAPIViewSet)
