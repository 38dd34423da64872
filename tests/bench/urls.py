"""The site's URLs plus the benchmarks' bare comparison views (never part of the product)."""

import os
import uuid
from functools import lru_cache
from pathlib import Path

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from campaigns.models import Signature
from newsroom.urls import urlpatterns as site_urlpatterns

BARE_PETITION_KEY = uuid.UUID("00000000-0000-4000-8000-00000000b0b0")


def constant(request):
    """A constant string: the ceiling any page view stands under."""
    return HttpResponse("constant", content_type="text/plain")


@lru_cache(maxsize=1)
def _same_bytes() -> bytes:
    return Path(os.environ["BENCH_SAME_BYTES_FILE"]).read_bytes()


def same_bytes(request):
    """The bytes of a page the benchmark saved (BENCH_SAME_BYTES_FILE), held in memory: what
    answering that page costs without the page cache's lookup."""
    return HttpResponse(_same_bytes(), content_type="text/html; charset=utf-8")


@csrf_exempt
def bare_insert(request):
    """Insert one row through the ORM and answer: the floor any sign-on view stands on."""
    Signature.objects.create(
        petition_key=BARE_PETITION_KEY,
        email=request.POST["email"],
        email_normalized=request.POST["email"].lower(),
        first_name=request.POST["first_name"],
        last_name=request.POST["last_name"],
        status="confirmed",
    )
    return HttpResponse("ok")


urlpatterns = [
    path("bench/constant/", constant),
    path("bench/same-bytes/", same_bytes),
    path("bench/bare/", bare_insert),
    *site_urlpatterns,
]
