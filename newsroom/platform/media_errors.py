"""Turns a media bucket outage into a clear 503 that says nothing was saved, instead of a 500."""

import logging

from boto3.exceptions import Boto3Error
from botocore.exceptions import BotoCoreError, ClientError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

STORAGE_ERRORS = (BotoCoreError, ClientError, Boto3Error)


def storage_unavailable_message() -> str:
    return gettext(
        "The file store is not answering, so nothing was saved. Please try again in a few minutes."
    )


class MediaStorageUnavailableMiddleware:
    """Answers 503 when a view (an upload, a rendition) fails because the file store is down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, STORAGE_ERRORS):
            return None
        logger.error("Media storage failed: %s", exception, exc_info=exception)
        message = storage_unavailable_message()
        wants_json = "application/json" in request.headers.get("Accept", "") or (
            request.headers.get("X-Requested-With") == "XMLHttpRequest"
        )
        if wants_json:
            response = JsonResponse({"success": False, "error_message": message}, status=503)
        else:
            response = TemplateResponse(
                request, "platform/storage_unavailable.html", {"message": message}, status=503
            )
        response["Retry-After"] = "60"
        return response
