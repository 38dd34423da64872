"""Admin views for sign-ons: petition reports, the logged CSV export and bulk invalidation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from campaigns.models import PetitionPage
from resources.partner_directory import partners

from .delivery import send_failed_again
from .export import Selection, csv_chunks, export_snapshot
from .invalidation import InvalidationForm, invalidate, matching_signatures
from .moderation import ENTRIES_PER_PAGE, set_hidden
from .public_list import describe_signer, public_signers
from .report import petition_report

EXPORT_ACTION = "campaigns.export_signatures"
INVALIDATE_ACTION = "campaigns.invalidate_signatures"


def _require(request, permission: str) -> None:
    if not request.user.has_perm(f"campaigns.{permission}"):
        raise PermissionDenied


def reports_index(request):
    """Every petition with its count; staff without signer-data permissions see counts only."""
    petitions = PetitionPage.objects.sources().order_by("-first_published_at", "title")
    return TemplateResponse(
        request, "campaigns/signons/admin/reports_index.html", {"petitions": petitions}
    )


def report(request, petition_key):
    petition = PetitionPage.objects.source_or_404(petition_key)
    language = translation.get_language()
    partner_names = {code: partner.name(language) for code, partner in partners().items()}
    context = {
        "petition": petition,
        # Signers who agreed to share their details with a partner, per partner, to export.
        "partner_exports": [
            (code, partner_names.get(code, code)) for code, _box in petition.partner_optin_boxes()
        ],
        "count": petition.signature_count(),
        "can_export": request.user.has_perm("campaigns.export_signature"),
        "can_invalidate": request.user.has_perm("campaigns.change_signature"),
        "can_view": request.user.has_perm("campaigns.view_signature"),
        "can_moderate_list": request.user.has_perm("campaigns.hide_signature"),
        **petition_report(petition, partner_names),
    }
    return TemplateResponse(request, "campaigns/signons/admin/report.html", context)


def export(request, petition_key):
    """Stream the petition's confirmed signatures as CSV and record the export in the audit log.

    `?for=mailing` holds only the signers who agreed to updates and have not unsubscribed;
    `?partner=<code>` only those who agreed to share their name and email with that partner,
    and only those.
    """
    _require(request, "export_signature")
    petition = PetitionPage.objects.source_or_404(petition_key)
    mailing = request.GET.get("for") == "mailing"
    partner = request.GET.get("partner", "")
    if partner and partner not in partners():
        raise Http404("No such partner.")
    selection, rows = export_snapshot(
        Selection(petition.translation_key, mailing=mailing, partner=partner)
    )
    data = {"petition": petition.title, "rows": rows}
    if mailing:
        data["for"] = "mailing"
    if partner:
        data["for"] = f"partner {partner}"
    log(instance=petition, action=EXPORT_ACTION, user=request.user, data=data)
    kind = f"shared-with-{partner}" if partner else "mailing-list" if mailing else "signatures"
    filename = f"{kind}-{slugify(petition.title)[:60]}-{timezone.now():%Y%m%d-%H%M}.csv"
    response = StreamingHttpResponse(
        csv_chunks(selection, petition.category_labels), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def invalidate_view(request, petition_key):
    """Preview, then invalidate, the signatures matching an IP hash, email domain or time range."""
    _require(request, "change_signature")
    petition = PetitionPage.objects.source_or_404(petition_key)
    form = InvalidationForm(request.POST or None)
    matches = None
    if request.method == "POST" and form.is_valid():
        criteria = {k: v for k, v in form.cleaned_data.items() if k != "confirm"}
        selection = matching_signatures(petition.translation_key, **criteria)
        if form.cleaned_data["confirm"]:
            number = invalidate(selection)
            log(
                instance=petition,
                action=INVALIDATE_ACTION,
                user=request.user,
                data={"petition": petition.title, "rows": number},
            )
            messages.success(
                request,
                ngettext(
                    "%(count)d signature invalidated.", "%(count)d signatures invalidated.", number
                )
                % {"count": number},
            )
            return redirect(reverse("signons_report", args=[petition.translation_key]))
        matches = selection.count()
    context = {"petition": petition, "form": form, "matches": matches}
    return TemplateResponse(request, "campaigns/signons/admin/invalidate.html", context)


@require_POST
def send_failed_emails_again(request):
    """Give every email the delivery worker gave up on a fresh set of retries."""
    _require(request, "change_signature")
    number = send_failed_again()
    messages.success(
        request,
        ngettext(
            "%(count)d email will be sent again.", "%(count)d emails will be sent again.", number
        )
        % {"count": number},
    )
    return redirect("wagtailadmin_home")


def public_list_view(request, petition_key):
    if not request.user.has_perm("campaigns.hide_signature"):
        raise PermissionDenied
    petition = PetitionPage.objects.source_or_404(petition_key)
    if request.method == "POST":
        hide = request.POST.get("action") == "hide"
        try:
            signature_id = int(request.POST.get("signature", ""))
        except ValueError:
            signature_id = 0
        if set_hidden(petition, signature_id, hide, request.user):
            messages.success(
                request,
                gettext("Entry hidden from the public list.")
                if hide
                else gettext("Entry shown again."),
            )
        else:
            messages.error(request, gettext("No such entry on this petition's public list."))
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
