"""Admin views: calls to Congress, a petition's signers by state and district, delivery packets."""

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log

from campaigns.models import PetitionPage

from .models import CallCount, Chamber, Member
from .packets import packet, packet_csv
from .places import signers_by_place

PACKET_ACTION = "representatives.export_delivery_packet"


def calls_report(request):
    """Every count of "I called", by page and member, largest first, with each page's total."""
    counts = CallCount.objects.select_related("page", "member").order_by("-count", "member")
    totals = (
        CallCount.objects.values("page", "page__title", "page__locale__language_code")
        .annotate(total=Sum("count"))
        .order_by("-total")
    )
    return TemplateResponse(
        request, "representatives/admin/calls.html", {"counts": counts, "totals": totals}
    )


def signers_by_place_view(request, petition_key):
    """A petition's confirmed signers by state and by district (counts only)."""
    petition = PetitionPage.objects.source_or_404(petition_key)
    places = signers_by_place(petition.translation_key)
    senators: dict[str, list[Member]] = {}
    for senator in Member.objects.in_office().filter(
        chamber=Chamber.SENATE, state__in=list(places.by_state)
    ):
        senators.setdefault(senator.state, []).append(senator)
    states = [
        (code, name, count, senators.get(code, []))
        for code, name, count in places.states_by_count()
    ]
    context = {
        "petition": petition,
        "places": places,
        "states": states,
        "can_export": request.user.has_perm("campaigns.export_signature"),
    }
    return TemplateResponse(request, "representatives/admin/signers_by_place.html", context)


def delivery_packet(request, petition_key, bioguide_id):
    """One member's constituents among the petition's public signers, as CSV; logged."""
    if not request.user.has_perm("campaigns.export_signature"):
        raise PermissionDenied
    petition = PetitionPage.objects.source_or_404(petition_key)
    member = get_object_or_404(Member.objects.in_office(), bioguide_id=bioguide_id)
    contents = packet(petition.translation_key, member)
    log(
        instance=petition,
        action=PACKET_ACTION,
        user=request.user,
        data={"petition": petition.title, "member": str(member), "rows": len(contents.rows)},
    )
    name = f"{slugify(petition.title)[:50]}-{slugify(member.full_name)}-{timezone.now():%Y%m%d}"
    response = HttpResponse(
        packet_csv(petition.title, contents), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="delivery-{name}.csv"'
    response["Cache-Control"] = "no-store"
    return response
