"""The site's URLs, plus its uploaded images, for the browser tests' live server (DEBUG is off in
tests, so newsroom.urls does not serve media; in production the proxy or the bucket does)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from newsroom.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
