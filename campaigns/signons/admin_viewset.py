"""The Signatures listing in the admin: filter, search and hide entries; needs signer-data permissions.

Times are shown in the newsroom's TIME_ZONE, labelled with it; categories by their label on the
petition's source page (signatures store the category's id, which every translation shares).
"""

from datetime import datetime, time

import django_filters
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from campaigns.models import PetitionPage
from newsroom.platform.page_cache import remember

from .fields import EXPORTED_FIELDS
from .models import Signature, SignatureStatus


def petition_choices():
    """(translation key, title) of each petition, titled by its source page."""
    pages = PetitionPage.objects.sources().order_by("title")
    return [(str(key), title) for key, title in pages.values_list("translation_key", "title")]


def category_labels() -> dict[str, dict[str, str]]:
    """Petition key → {category id → its label on the petition's source page}, for every petition.

    Per petition, because ids are only unique within one petition (pages built from the same
    JSON, like the demo's, share ids such as `category-0`).
    """

    def compute():
        pages = PetitionPage.objects.sources().only("translation_key", "categories")
        return {str(page.translation_key): page.category_labels for page in pages}

    return remember("signons:category-labels", compute)


def newsroom_time(value) -> str:
    """A time in the newsroom's TIME_ZONE, labelled with the zone."""
    if value is None:
        return "—"
    local = timezone.localtime(value, timezone.get_default_timezone())
    return f"{date_format(local, 'DATETIME_FORMAT')} ({settings.TIME_ZONE})"


def signer_name(signature) -> str:
    """The name as typed, isolated so right-to-left text cannot reorder the row."""
    return format_html("<bdi>{}</bdi>", signature.full_name)


def category_label(signature) -> str:
    labels = category_labels().get(str(signature.petition_key), {})
    return labels.get(signature.category, signature.category) or "—"


class SignatureFilterSet(WagtailFilterSet):
    petition_key = django_filters.ChoiceFilter(label=_("Petition"), choices=petition_choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=SignatureStatus.choices)
    locale = django_filters.CharFilter(label=_("Language code"))
    category = django_filters.CharFilter(label=_("category"), method="filter_category")
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Signed between"), widget=DateRangePickerWidget, method="filter_signed_between"
    )

    class Meta:
        model = Signature
        fields = ["petition_key", "status", "locale", "category", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Days in the newsroom's zone (filter_signed_between), which the label names.
        self.filters["created_at"].label = f"{_('Signed between')} ({settings.TIME_ZONE})"

    def filter_category(self, queryset, name, value):
        """Signatures in every category whose label contains the text typed."""
        wanted = value.strip().casefold()
        matching = Q(pk__in=[])  # matches nothing when no category's label contains the text
        for petition_key, labels in category_labels().items():
            ids = [key for key, label in labels.items() if wanted in label.casefold()]
            if ids:
                matching |= Q(petition_key=petition_key, category__in=ids)
        return queryset.filter(matching)

    def filter_signed_between(self, queryset, name, value):
        """Whole days in TIME_ZONE, as the listing shows times (the date range field makes them
        days in whatever zone the staff member's admin uses)."""
        if value.start:
            queryset = queryset.filter(created_at__gte=newsroom_day(value.start, end=False))
        if value.stop:
            queryset = queryset.filter(created_at__lte=newsroom_day(value.stop, end=True))
        return queryset


def newsroom_day(moment, end: bool):
    """The first (or last) moment, in TIME_ZONE, of the calendar day `moment` was picked as."""
    return datetime.combine(
        moment.date(), time.max if end else time.min, timezone.get_default_timezone()
    )


class SignaturePermissionPolicy(ModelPermissionPolicy):
    """Signatures come only from signers, and deleting one is erasing personal data: `delete`
    needs the erase permission, and nobody may add one."""

    codenames = {"delete": "erase_signature"}

    def codename(self, action) -> str:
        return self.codenames.get(action, f"{action}_signature")

    def user_has_permission(self, user, action):
        return action != "add" and user.has_perm(f"campaigns.{self.codename(action)}")

    def users_with_any_permission(self, actions):
        codenames = [self.codename(action) for action in actions if action != "add"]
        permissions = Permission.objects.filter(
            content_type__app_label="campaigns", codename__in=codenames
        )
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=permissions)
                | Q(groups__permissions__in=permissions),
                is_active=True,
            )
            .distinct()
        )


class SignatureInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if isinstance(field, models.DateTimeField):
            return newsroom_time(value)
        if field_name == "category":
            return category_label(self.object)
        return super().get_field_display_value(field_name, field)


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "group"
    menu_label = _("Signatures")
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        Column("full_name", label=_("Name"), accessor=signer_name),
        "email",
        "page",
        "status",
        Column("category", label=_("category"), accessor=category_label),
        "locale",
        Column("created_at", label=_("signed at"), accessor=lambda s: newsroom_time(s.created_at)),
    ]
    filterset_class = SignatureFilterSet
    search_fields = ["first_name", "last_name", "email_normalized"]
    search_backend_name = None
    form_fields = ["hidden"]
    inspect_view_enabled = True
    inspect_view_class = SignatureInspectView
    inspect_view_fields = [
        "page",
        "status",
        *EXPORTED_FIELDS,
        "hidden",
        "email_owed",
        "email_error",
    ]
    copy_view_enabled = False
    # Signatures are not content: indexing each one's link to its page would queue a task per
    # sign-on and list a million "usages" of a viral petition page.
    add_to_reference_index = False
    list_per_page = 50
    permission_policy = SignaturePermissionPolicy(Signature)
