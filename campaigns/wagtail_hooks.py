"""Admin wiring for campaigns: call targets, the Signatures listing, petition reports, export and invalidation."""

from django.urls import path, reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.dashboard import (
    ActionsClosingPanel,
    FailedEmailsPanel,
    FailedWebhooksPanel,
    SignOnsTodayPanel,
)
from campaigns.embeds.admin_views import embed_codes_view
from campaigns.listings import attach_signature_counts, home_page_sections
from campaigns.models import PetitionPage, Target
from campaigns.signons import admin_views, moderation
from campaigns.signons.admin_viewset import SignatureViewSet
from campaigns.signons.privacy import ERASE_ACTION
from campaigns.signons.webhooks import admin_views as webhook_admin_views
from campaigns.signons.webhooks.admin_viewset import WebhookDeliveryViewSet, WebhookViewSet


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "group"
    menu_label = _("Call targets")
    list_display = ["name", "office", "chamber", "state", "phone"]
    list_filter = ["chamber", "state"]
    search_fields = ["name", "office"]


register_snippet(TargetViewSet)
register_snippet(WebhookViewSet)


@hooks.register("register_admin_viewset")
def register_signature_viewset():
    return SignatureViewSet("signatures")


@hooks.register("register_admin_viewset")
def register_webhook_delivery_viewset():
    return WebhookDeliveryViewSet("webhook_deliveries")


@hooks.register("register_admin_urls")
def register_signon_admin_urls():
    return [
        path("petition-reports/", admin_views.reports_index, name="signons_reports"),
        path("petition-reports/<uuid:petition_key>/", admin_views.report, name="signons_report"),
        path(
            "petition-reports/<uuid:petition_key>/export/",
            admin_views.export,
            name="signons_export",
        ),
        path(
            "petition-reports/<uuid:petition_key>/invalidate/",
            admin_views.invalidate_view,
            name="signons_invalidate",
        ),
        path(
            "signature-emails/send-again/",
            admin_views.send_failed_emails_again,
            name="signons_send_failed_emails_again",
        ),
        path(
            "petition-reports/<uuid:petition_key>/public-list/",
            admin_views.public_list_view,
            name="signons_public_list",
        ),
        path(
            "petition-reports/<uuid:petition_key>/embed/",
            embed_codes_view,
            name="embeds_codes",
        ),
        path(
            "webhook-deliveries/<int:pk>/send-again/",
            webhook_admin_views.send_again,
            name="webhooks_send_again",
        ),
        path(
            "webhook-deliveries/send-failed-again/",
            webhook_admin_views.send_failed_again,
            name="webhooks_send_failed_again",
        ),
    ]


@hooks.register("register_page_header_buttons")
def petition_embed_codes_button(page, user, view_name, next_url=None):
    if page.specific_class is PetitionPage:
        url = reverse("embeds_codes", args=[page.translation_key])
        yield Button(_("Embed on partners' sites"), url, icon_name="code", priority=80)


@hooks.register("register_reports_menu_item")
def register_petition_reports_menu_item():
    return MenuItem(_("Petitions"), reverse("signons_reports"), icon_name="doc-full", order=50)


@hooks.register("register_log_actions")
def register_signon_log_actions(actions):
    @actions.register_action(admin_views.EXPORT_ACTION)
    class ExportFormatter(LogFormatter):
        label = _("Export signatures")

        def format_message(self, log_entry):
            rows = log_entry.data["rows"]
            if log_entry.data.get("for") == "mailing":
                return ngettext(
                    "Exported the mailing list: %(rows)d signer",
                    "Exported the mailing list: %(rows)d signers",
                    rows,
                ) % {"rows": rows}
            return ngettext("Exported %(rows)d signature", "Exported %(rows)d signatures", rows) % {
                "rows": rows
            }

    @actions.register_action(moderation.HIDE_ACTION)
    class HideFormatter(LogFormatter):
        label = _("Hide or show a public signer")

        def format_message(self, log_entry):
            if log_entry.data.get("hidden"):
                return gettext("Hid an entry on the public signer list")
            return gettext("Showed an entry on the public signer list again")

    @actions.register_action(admin_views.INVALIDATE_ACTION)
    class InvalidateFormatter(LogFormatter):
        label = _("Invalidate signatures")

        def format_message(self, log_entry):
            rows = log_entry.data["rows"]
            return ngettext(
                "Invalidated %(rows)d signature", "Invalidated %(rows)d signatures", rows
            ) % {"rows": rows}

    @actions.register_action(ERASE_ACTION)
    class EraseFormatter(LogFormatter):
        label = _("Erase a signer")

        def format_message(self, log_entry):
            number = log_entry.data["signatures"]
            return ngettext(
                "Erased %(number)d signature at a signer's request",
                "Erased %(number)d signatures at a signer's request",
                number,
            ) % {"number": number}


@hooks.register("construct_homepage_panels")
def add_campaign_dashboard_panels(request, panels):
    for failed in (FailedEmailsPanel, FailedWebhooksPanel):
        panel = failed.for_user(request.user)
        if panel:
            panels.append(panel)
    panels.extend([SignOnsTodayPanel(), ActionsClosingPanel()])


# The home page's featured story, latest stories and open actions.
hooks.register("home_page_sections", home_page_sections)
# Cards of petitions show their count and progress.
hooks.register("prepare_cards", attach_signature_counts)
