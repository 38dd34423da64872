"""/favicon.ico, which browsers and feed readers ask for by that name: the static icon's address."""

from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.http import require_GET


@require_GET
def favicon(request):
    # The hashed static name changes with the file, so the redirect is what is kept, not the icon.
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))
