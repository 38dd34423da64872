"""What the sign-on endpoint answers: the signer's thanks, or why the sign-on was refused.

HTML signers are sent on (303) to the petition's thank-you page, which the page cache serves;
JSON clients get the same message in the body. A repeat sign-on gets exactly the answer a first
one would: the answer depends on the petition, never on the signer.
"""

from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from newsroom.platform.answers import wants_json

from .admission import Admission
from .config import SignOnConfig
from .forms import form_for_petition


def thanks_message(double_opt_in: bool) -> tuple[str, str]:
    """(result, message) a signer of a petition with this setting is given."""
    if double_opt_in:
        return "pending", _(
            "Thank you! Please check your email and open the link we sent to confirm your signature."
        )
    return "signed", _("Thank you for signing.")


def thanks_answer(request, config: SignOnConfig):
    if not wants_json(request):
        response = HttpResponseRedirect(config.thanks_url)
        response.status_code = 303  # See Other: the thank-you page is fetched with GET
        return response
    with translation.override(config.language):
        result, message = thanks_message(config.double_opt_in)
        return JsonResponse({"status": result, "message": message, "thanks_url": config.thanks_url})


def refusal_answer(request, admission: Admission, load_page):
    """The refusal in the petition's language, as JSON or as a page."""
    refusal = admission.refusal
    with translation.override(admission.language or translation.get_language()):
        if wants_json(request):
            body = {"error": refusal.code, "message": str(refusal.message)}
            if refusal.code == "invalid":
                body["fields"] = form_for_petition(admission.config, admission.form_data).errors
            response = JsonResponse(body, status=refusal.status)
        elif refusal.code == "invalid":
            response = _petition_with_errors(request, admission, load_page)
        else:
            page = load_page(admission.config.page_id) if admission.config else None
            context = {"page": page, "message": refusal.message}
            response = TemplateResponse(
                request, "campaigns/signons/refusal.html", context, status=refusal.status
            ).render()
    for name, value in refusal.headers.items():
        response[name] = value
    return response


def _petition_with_errors(request, admission: Admission, load_page):
    """The petition page again, its form showing what needs correcting."""
    petition = load_page(admission.config.page_id)
    context = petition.get_context(request)
    context["form"] = form_for_petition(admission.config, admission.form_data)
    context["form_token"] = admission.form_data.get("form_token", "")
    return TemplateResponse(request, petition.get_template(request), context, status=400).render()
