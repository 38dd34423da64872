"""Admin wiring: the calls report, signers by place and delivery packets, their log entries."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from . import admin_views


@hooks.register("register_admin_urls")
def register_representatives_admin_urls():
    return [
        path("calls-to-congress/", admin_views.calls_report, name="representatives_calls"),
        path(
            "petition-reports/<uuid:petition_key>/places/",
            admin_views.signers_by_place_view,
            name="representatives_signers_by_place",
        ),
        path(
            "petition-reports/<uuid:petition_key>/places/packet/<str:bioguide_id>/",
            admin_views.delivery_packet,
            name="representatives_delivery_packet",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_calls_menu_item():
    return MenuItem(
        _("Calls to Congress"), reverse("representatives_calls"), icon_name="mobile-alt", order=60
    )


@hooks.register("register_log_actions")
def register_packet_log_action(actions):
    @actions.register_action(admin_views.PACKET_ACTION)
    class PacketFormatter(LogFormatter):
        label = _("Export a delivery packet")

        def format_message(self, log_entry):
            return _("Exported a delivery packet for %(member)s: %(rows)s named signers") % {
                "member": log_entry.data.get("member", ""),
                "rows": log_entry.data.get("rows", 0),
            }
