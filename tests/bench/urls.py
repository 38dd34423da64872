"""Bench-only URLs: the site, plus a bare view returning a constant string as the throughput ceiling."""

from django.http import HttpResponse
from django.urls import path

from newsroom.urls import urlpatterns as site_urlpatterns


def constant(request):
    return HttpResponse("constant", content_type="text/plain")


urlpatterns = [path("bench/constant/", constant), *site_urlpatterns]
