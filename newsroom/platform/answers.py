"""Answers every endpoint shares: a refusal or an outage, in the format the client asked for.

A client that sends `Accept: application/json` gets `{"error": code, "message": text}`; others a
small HTML page that needs no database, so even an outage can be explained.
"""

import logging
import sys
from functools import wraps

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# How long a client should wait before trying again while the database is unreachable.
OUTAGE_RETRY_SECONDS = 30


def wants_json(request) -> bool:
    return "application/json" in request.META.get("HTTP_ACCEPT", "")


def plain_answer(
    request, status: int, code: str, message: str, headers=None, *, json: bool | None = None
) -> HttpResponse:
    """The answer as JSON (when `json`, or by default when the client asked) or a small page."""
    if wants_json(request) if json is None else json:
        response = JsonResponse({"error": code, "message": str(message)}, status=status)
    else:
        html = render_to_string(
            "platform/answer.html", {"message": message, "home_url": language_home_url()}
        )
        response = HttpResponse(html, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def language_home_url() -> str:
    """The home page in the active language (/, /es/, /ar/), worked out without the database."""
    language = get_language() or settings.LANGUAGE_CODE
    return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"


def allow_methods(*methods: str):
    """Like Django's require_http_methods, but the 405 says why, in the format asked for."""

    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if request.method not in methods:
                message = _("This address does not take %(method)s requests.") % {
                    "method": request.method
                }
                return plain_answer(
                    request, 405, "method_not_allowed", message, {"Allow": ", ".join(methods)}
                )
            return view(request, *args, **kwargs)

        return checked

    return decorator


def database_unavailable(request, *, json: bool | None = None) -> HttpResponse:
    return plain_answer(
        request,
        503,
        "unavailable",
        _("We cannot reach our database just now. Nothing was lost; please try again in a minute."),
        {"Retry-After": str(OUTAGE_RETRY_SECONDS)},
        json=json,
    )


def server_error(request):
    """handler500: an unreachable database is an outage (503 with Retry-After), not a bug.

    Django calls this inside its handling of the uncaught exception, so sys.exc_info() holds it,
    wherever it was raised: a view, a middleware, a template.
    """
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable(request)
    if wants_json(request):
        return JsonResponse(
            {"error": "server_error", "message": _("Something went wrong.")}, status=500
        )
    return HttpResponse(render_to_string("500.html", {"home_url": language_home_url()}), status=500)
