"""Public views: find your members of Congress (a page and its JSON twin) and "I called".

All inside the language prefix, so answers come in the reader's language. The lookups carry no
per-visitor state and are cacheable per ZIP; "I called" needs no session or CSRF cookie (it is
posted from cached pages) and checks the Origin and a rate limit instead.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from .blocks import contact_blocks
from .calls import record_call, too_many_calls, total_calls
from .contact import contact_result
from .lookup import Outcome
from .models import Member

QUERY_KEYS = ("zip", "seat", "state")


def wants_json(request) -> bool:
    return "application/json" in request.META.get("HTTP_ACCEPT", "")


def cacheable(response):
    if settings.PAGE_CACHE_SECONDS > 0:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return response


def lookup_status(result) -> int:
    return 400 if result.lookup.outcome == Outcome.INVALID else 200


@require_GET
def find_representatives(request):
    """/representatives/?zip=…: the reader's members of Congress, without any script; with
    ?page=<id>&block=<block id>, as that action asks (its script, "I called")."""
    result = result_for(request, heading_level=2)
    if result is None:
        raise Http404("No such action.")
    response = TemplateResponse(
        request, "representatives/find.html", {"result": result}, status=lookup_status(result)
    )
    return cacheable(response)


@require_GET
def lookup(request):
    """The same answer as JSON with its HTML, for the result shown in place."""
    result = result_for(request)
    if result is None:
        message = _("This action is no longer on the page.")
        return JsonResponse({"error": "not_found", "message": message}, status=404)
    html = render_to_string("representatives/result.html", {"result": result}, request=request)
    return cacheable(JsonResponse(as_json(result, html), status=lookup_status(result)))


def result_for(request, heading_level: int = 4):
    """The result for the query, for the action named by ?page&block if any (None if it is gone)."""
    value, page, block_id = None, None, request.GET.get("block", "")
    if request.GET.get("page"):
        page, value = page_and_block(request.GET["page"], block_id)
        if value is None:
            return None
    return contact_result(
        request.GET,
        value=value,
        page=page,
        block_id=block_id,
        calls=total_calls(page.translation_key) if value and value["count_calls"] else 0,
        heading_level=heading_level,
    )


def page_and_block(page_id: str, block_id: str):
    """The live, public page and the value of its contact block with this id (None if gone)."""
    page = Page.objects.live().public().filter(pk=page_id if page_id.isdigit() else 0).first()
    if page is None:
        return None, None
    page = page.specific
    value = next((child for child_id, child in contact_blocks(page) if child_id == block_id), None)
    return page, value


def as_json(result, html: str) -> dict:
    lookup = result.lookup
    body = {"outcome": str(lookup.outcome), "zip": lookup.zip_code, "state": lookup.state}
    if lookup.outcome == Outcome.INVALID:
        body["error"] = "invalid_zip"
    body["members"] = [member_json(card.seat) for card in result.cards]
    body["candidates"] = [member_json(seat) for seat in lookup.candidates]
    body["html"] = html
    return body


def member_json(seat) -> dict:
    member, office = seat.member, seat.office
    data = {"state": seat.state, "chamber": seat.chamber, "district": seat.district}
    if member is None:
        return {**data, "vacant": True}
    return {
        **data,
        "vacant": False,
        "bioguide_id": member.bioguide_id,
        "name": member.full_name,
        "title": member.title,
        "party": member.party_name,
        "phone": member.phone,
        "contact_url": member.contact_url,
        "office": {"city": office.city, "phone": office.phone} if office else None,
    }


@csrf_exempt
@require_POST
def called(request):
    """A reader says they called a member from an action: count it, anonymously."""
    if not same_origin(request):
        return refuse(request, 403, _("This form must be sent from our own site."))
    page, value = page_and_block(request.POST.get("page", ""), request.POST.get("block", ""))
    member = Member.objects.in_office().filter(bioguide_id=request.POST.get("member", "")).first()
    if value is None or not value["count_calls"] or member is None:
        return refuse(
            request, 400, _("We could not count that call: the action or member is gone.")
        )
    if too_many_calls(request):
        return refuse(
            request,
            429,
            _("Thank you! You have told us about many calls already; please try again later."),
        )
    total = record_call(page, member)
    if wants_json(request):
        return JsonResponse(
            {
                "calls": total,
                "calls_text": calls_text(total),
                "message": _("Thank you for calling. Your call is counted."),
            }
        )
    return HttpResponseRedirect(back_to(request, page, member), status=303)


def back_to(request, page, member) -> str:
    """The page the reader called from (the action's page, or the finder page), showing the
    same members with a thank-you."""
    path = request.POST.get("next", "")
    if not (path.startswith("/") and url_has_allowed_host_and_scheme(path, {request.get_host()})):
        path = page.get_url(request)
    # The finder page needs to be told which action it speaks for; the action's page does not.
    keys = QUERY_KEYS + (("page", "block") if path == reverse("representatives_find") else ())
    query = {key: request.POST[key] for key in keys if request.POST.get(key)}
    query["called"] = member.bioguide_id
    return f"{path}?{urlencode(query)}#member-{member.bioguide_id}"


def calls_text(total: int) -> str:
    return ngettext("One call made", "%(total)s calls made", total) % {"total": intcomma(total)}


def same_origin(request) -> bool:
    """The Origin (or, without one, the Referer) names this site; a form on another site may
    not count calls through our readers' browsers."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER", "")
    if not source:
        return True  # old browsers and privacy tools send neither; the rate limit still holds
    try:
        return urlsplit(source).netloc == request.get_host()
    except ValueError:
        return False


def refuse(request, status: int, message: str):
    if wants_json(request):
        return JsonResponse({"error": "refused", "message": message}, status=status)
    return TemplateResponse(
        request, "representatives/refusal.html", {"message": message}, status=status
    )
