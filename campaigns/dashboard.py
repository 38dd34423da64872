"""Admin dashboard panels: sign-ons today per petition (counts only) and actions closing this week."""

from datetime import timedelta

from django.db.models import Count
from django.utils import timezone
from wagtail.admin.ui.components import Component

from campaigns.models import (
    ActionAlertPage,
    PetitionPage,
    Signature,
    SignatureStatus,
    WebhookDelivery,
)


def sign_ons_today(limit: int = 10) -> list[dict]:
    """Today's sign-ons per petition, most first: a title and a number, never a signer."""
    start_of_day = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    counts = list(
        Signature.objects.filter(created_at__gte=start_of_day)
        .exclude(status=SignatureStatus.INVALIDATED)
        .values("petition_key")
        .annotate(count=Count("id"))
        .order_by("-count")[:limit]
    )
    # Each petition is named by its source page.
    pages = {
        page.translation_key: page
        for page in PetitionPage.objects.sources().filter(
            translation_key__in=[row["petition_key"] for row in counts]
        )
    }
    return [{"petition": pages.get(row["petition_key"]), "count": row["count"]} for row in counts]


def actions_closing_within(days: int = 7):
    """Live action alerts whose deadline falls between now and `days` from now, soonest first."""
    now = timezone.now()
    return (
        ActionAlertPage.objects.live()
        .filter(deadline__gt=now, deadline__lte=now + timedelta(days=days))
        .select_related("locale")
        .order_by("deadline")
    )


class SignOnsTodayPanel(Component):
    name = "sign_ons_today"
    template_name = "campaigns/dashboard/sign_ons_today.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = sign_ons_today()
        return context


class ActionsClosingPanel(Component):
    name = "actions_closing"
    template_name = "campaigns/dashboard/actions_closing.html"
    order = 160

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["alerts"] = actions_closing_within(days=7)
        return context


class FailedDeliveriesPanel(Component):
    """What the delivery worker gave up on (a count, never an address), for staff who may send
    it again once the problem is fixed. Subclasses say what, and who may act on it."""

    permission = ""

    def __init__(self, failed: int):
        self.failed = failed

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["failed"] = self.failed
        return context

    @staticmethod
    def count_failed() -> int:
        raise NotImplementedError

    @classmethod
    def for_user(cls, user):
        """The panel, if this user may act on it and there is something to show."""
        if not user.has_perm(cls.permission):
            return None
        failed = cls.count_failed()
        return cls(failed) if failed else None


class FailedEmailsPanel(FailedDeliveriesPanel):
    """Signers' emails, for staff who may change signatures."""

    name = "failed_emails"
    template_name = "campaigns/dashboard/failed_emails.html"
    order = 140
    permission = "campaigns.change_signature"

    @staticmethod
    def count_failed() -> int:
        return Signature.objects.email_failed().count()


class FailedWebhooksPanel(FailedDeliveriesPanel):
    """Webhook deliveries, for staff who may send them again (data officers)."""

    name = "failed_webhooks"
    template_name = "campaigns/dashboard/failed_webhooks.html"
    order = 145
    permission = "campaigns.change_webhookdelivery"

    @staticmethod
    def count_failed() -> int:
        return WebhookDelivery.objects.failed().count()
