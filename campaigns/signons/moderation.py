"""Editors moderate a petition's public signer list: hide or show an entry, seeing only public fields."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.log_actions import log

from .admin_views import petition_or_404
from .models import Signature
from .public_list import describe_signer, public_signers

HIDE_ACTION = "campaigns.hide_signer"
ENTRIES_PER_PAGE = 100


def set_hidden(petition, signature_id: int, hidden: bool, user) -> bool:
    """Hide or show one listed signer of `petition`; logs the change without naming the signer."""
    changed = Signature.objects.filter(
        pk=signature_id, petition_key=petition.translation_key, list_publicly=True
    ).update(hidden=hidden)
    if changed:
        log(instance=petition, action=HIDE_ACTION, user=user, data={"hidden": hidden})
    return bool(changed)


def public_list_view(request, petition_key):
    if not request.user.has_perm("campaigns.hide_signature"):
        raise PermissionDenied
    petition = petition_or_404(petition_key)
    if request.method == "POST":
        hide = request.POST.get("action") == "hide"
        try:
            signature_id = int(request.POST.get("signature", ""))
        except ValueError:
            signature_id = 0
        if set_hidden(petition, signature_id, hide, request.user):
            messages.success(
                request, "Entry hidden from the public list." if hide else "Entry shown again."
            )
        else:
            messages.error(request, "No such entry on this petition's public list.")
        return redirect(reverse("signons_public_list", args=[petition.translation_key]))
    page = Paginator(public_signers(petition, include_hidden=True), ENTRIES_PER_PAGE).get_page(
        request.GET.get("p")
    )
    entries = [
        {"pk": row["pk"], "hidden": row["hidden"], "text": describe_signer(row)}
        for row in page.object_list
    ]
    return TemplateResponse(
        request,
        "campaigns/signons/admin/public_list.html",
        {"petition": petition, "entries": entries, "page": page},
    )
