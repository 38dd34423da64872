"""Sending webhook deliveries again: one from the log, or every one that failed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .models import WebhookDelivery


def _require_change(request) -> None:
    if not request.user.has_perm("campaigns.change_webhookdelivery"):
        raise PermissionDenied


def send_again(request, pk: int):
    """Confirm, then send one delivery again (same body, same idempotency key)."""
    _require_change(request)
    delivery = get_object_or_404(WebhookDelivery.objects.select_related("webhook"), pk=pk)
    if request.method == "POST":
        WebhookDelivery.objects.filter(pk=delivery.pk).send_again()
        messages.success(request, _("The delivery will be sent again in a moment."))
        return redirect("webhook_deliveries:index")
    return TemplateResponse(
        request, "campaigns/signons/admin/webhook_send_again.html", {"delivery": delivery}
    )


@require_POST
def send_failed_again(request):
    """Give every delivery the worker gave up on a fresh set of retries."""
    _require_change(request)
    number = WebhookDelivery.objects.failed().send_again()
    messages.success(
        request,
        ngettext(
            "%(count)d webhook delivery will be sent again.",
            "%(count)d webhook deliveries will be sent again.",
            number,
        )
        % {"count": number},
    )
    return redirect("wagtailadmin_home")
