"""The Signatures listing in the admin: filter, search and hide entries; needs signer-data permissions."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Signature, SignatureStatus


def petition_choices():
    """(translation key, title) of each petition, titled by its source page."""
    from campaigns.models import PetitionPage

    pages = PetitionPage.objects.sources().order_by("title")
    return [(str(key), title) for key, title in pages.values_list("translation_key", "title")]


class SignatureFilterSet(WagtailFilterSet):
    petition_key = django_filters.ChoiceFilter(label="Petition", choices=petition_choices)
    status = django_filters.ChoiceFilter(choices=SignatureStatus.choices)
    locale = django_filters.CharFilter(label="Language code")
    category = django_filters.CharFilter()
    created_at = django_filters.DateFromToRangeFilter(
        label="Signed between", widget=DateRangePickerWidget
    )

    class Meta:
        model = Signature
        fields = ["petition_key", "status", "locale", "category", "created_at"]


class SignaturePermissionPolicy(ModelPermissionPolicy):
    """Signatures come only from signers, and deleting one is erasing personal data."""

    def _get_permission_name(self, action):
        return super()._get_permission_name("erase" if action == "delete" else action)

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "group"
    menu_label = "Signatures"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["full_name", "email", "page", "status", "locale", "created_at"]
    filterset_class = SignatureFilterSet
    search_fields = ["first_name", "last_name", "email_normalized"]
    search_backend_name = None
    form_fields = ["hidden"]
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["confirmation_token_hash", "email_normalized"]
    copy_view_enabled = False
    # Signatures are not content: indexing each one's link to its page would queue a task per
    # sign-on and list a million "usages" of a viral petition page.
    add_to_reference_index = False
    list_per_page = 50
    permission_policy = SignaturePermissionPolicy(Signature)
