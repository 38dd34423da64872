"""ZIP lookup timings, run in its own process with tests.bench.settings:
`python -m tests.bench.zip_lookup COUNT` migrates the bench database, makes an alert with the
contact action, times COUNT lookups of random ZIP codes and prints one JSON line.
"""

import json
import os
import random
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Site  # noqa: E402

from campaigns.models import ActionAlertPage, CampaignIndexPage  # noqa: E402
from campaigns.representatives.lookup import find  # noqa: E402
from campaigns.representatives.models import ZipCode  # noqa: E402
from home.demo import ensure_page  # noqa: E402
from tests.representatives.conftest import contact_block  # noqa: E402


def alert() -> str:
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = ensure_page(home, CampaignIndexPage, "take-action", title="Take action")
    name, value = contact_block()
    page = ensure_page(
        index,
        ActionAlertPage,
        "bench-contact-congress",
        title="Benchmark: call Congress",
        summary="Call your members of Congress.",
        actions=json.dumps([{"type": name, "value": value}]),
    )
    return page.url


def percentiles(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def main(count: int) -> dict:
    call_command("migrate", verbosity=0)
    url = alert()
    zip_codes = list(ZipCode.objects.values_list("zip_code", flat=True))
    chosen = random.Random(15).choices(zip_codes, k=count)
    with CaptureQueriesContext(connection) as queries:  # counted apart: capturing costs time
        for zip_code in chosen[:100]:
            cache.delete(f"representatives:zip:{zip_code}")
            find(zip_code)
    uncached, cached = [], []
    for zip_code in chosen:
        cache.delete(f"representatives:zip:{zip_code}")  # the remembered answer, if any
        started = time.perf_counter()
        find(zip_code)
        uncached.append(time.perf_counter() - started)
        started = time.perf_counter()
        find(zip_code)
        cached.append(time.perf_counter() - started)
    return {
        "url": url,
        "zips": sorted(set(chosen))[:50],
        "lookups": count,
        "queries_per_uncached_lookup": round(len(queries) / min(count, 100), 3),
        "uncached": percentiles(uncached),
        "cached": percentiles(cached),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
