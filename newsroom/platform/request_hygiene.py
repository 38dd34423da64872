"""Refuse, with a clear 400, requests whose address or query string carries a NUL byte.

Such a byte is never valid in a search, a topic slug or a page number, and PostgreSQL refuses it
in any text parameter: answering early keeps it from becoming a 500 deep inside a view.
"""

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.utils import translation
from django.utils.translation import gettext as _


class RejectNullBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            # Ahead of LocaleMiddleware: the address's language, not what the thread last served.
            language = translation.get_language_from_path(request.path_info)
            with translation.override(language or settings.LANGUAGE_CODE):
                return HttpResponseBadRequest(
                    _("The address contains a null byte, which is not allowed."),
                    content_type="text/plain; charset=utf-8",
                )
        return self.get_response(request)
