"""The admin's webhooks (a snippet data officers manage) and their delivery log."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import PetitionPage

from .models import DeliveryStatus, Event, Webhook, WebhookDelivery


class WebhookForm(WagtailAdminModelForm):
    """Petitions are offered once each, by their source page's title."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        petitions = self.fields["petitions"]
        petitions.queryset = PetitionPage.objects.sources().order_by("title")
        petitions.widget = forms.CheckboxSelectMultiple(choices=petitions.choices)


class WebhookViewSet(SnippetViewSet):
    model = Webhook
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    menu_order = 700
    list_display = ["name", "url", "partner", "active"]
    list_filter = ["active"]
    edit_handler = ObjectList(Webhook.panels, base_form_class=WebhookForm)


class DeliveryPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are made by the worker and read by data officers; nobody adds, edits or
    deletes one. Sending one again needs the change permission."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


def sendable_again(delivery: WebhookDelivery) -> bool:
    """Done with (delivered or given up), and still holding what it sends: a delivered erasure
    has forgotten the address."""
    finished = delivery.status != DeliveryStatus.PENDING
    return finished and not (delivery.event == Event.SIGNER_ERASED and delivery.body is None)


class DeliveryIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if sendable_again(instance) and self.request.user.has_perm(
            "campaigns.change_webhookdelivery"
        ):
            url = reverse("webhooks_send_again", args=[instance.pk])
            buttons.append(MenuItem(_("Send again"), url=url, icon_name="resubmit", priority=40))
        return buttons


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "resubmit"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    menu_order = 710
    index_view_class = DeliveryIndexView
    list_display = [
        Column("event", label=_("event"), accessor="get_event_display"),
        "webhook",
        Column("status", label=_("status"), accessor="get_status_display"),
        "attempts",
        "response_code",
        "last_error",
        "created_at",
        "delivered_at",
    ]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "webhook",
        "event",
        "event_id",
        "status",
        "attempts",
        "response_code",
        "last_error",
        "created_at",
        "due_at",
        "delivered_at",
        "failed_at",
    ]
    copy_view_enabled = False
    add_to_reference_index = False
    form_fields = []
    permission_policy = DeliveryPermissionPolicy(WebhookDelivery)
