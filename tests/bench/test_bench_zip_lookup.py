"""Benchmark: find your representatives (`make bench`; printed, never asserted).

1. ZIP lookup server time, p50/p95 over BENCH_ZIP_LOOKUPS (default 10,000) random ZIP codes, on
   PostgreSQL (BENCH_DATABASE_URL): uncached (the one indexed query) and remembered in the cache.
   Target: p95 ≤ 5 ms, one query.
2. An alert page with a lookup result (?zip=…), served by gunicorn from the page cache, against
   the same page rendered afresh each time.
"""

import json
import os
import subprocess
import sys

import pytest

from tests.bench import harness

LOOKUPS = int(os.environ.get("BENCH_ZIP_LOOKUPS", "10000"))
REQUESTS = 200


@pytest.fixture(scope="module")
def lookups():
    harness.ensure_database()
    harness.manage("collectstatic", "--noinput")  # README's deploy step; the manifest is needed
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.zip_lookup", str(LOOKUPS)],
        cwd=harness.ROOT,
        env=harness.environment(),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode:
        pytest.fail(f"the lookup benchmark failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_zip_lookup_server_time(lookups):
    print(f"\n== ZIP lookup, {lookups['lookups']} random ZIP codes (PostgreSQL)")
    print(f"   queries per uncached lookup: {lookups['queries_per_uncached_lookup']}")
    print(f"   uncached: {lookups['uncached']}")
    print(f"   remembered in the cache: {lookups['cached']}  (target p95 <= 5 ms)")


def test_alert_page_with_a_lookup_result_from_the_page_cache(lookups):
    paths = [f"{lookups['url']}?zip={zip_code}" for zip_code in lookups["zips"][:5]]
    with harness.gunicorn(workers=2, threads=4):
        cached = harness.get_latencies(paths, REQUESTS)
    with harness.gunicorn(workers=2, threads=4, PAGE_CACHE_SECONDS="0"):
        fresh = harness.get_latencies(paths, REQUESTS // 4)
    cached_all = [t for timings in cached.values() for t in timings]
    fresh_all = [t for timings in fresh.values() for t in timings]
    print(f"\n== Alert page with a lookup result, {len(paths)} ZIP codes in turn")
    print(f"   from the page cache: median {harness.median_ms(cached_all)} ms")
    print(f"   rendered each time:  median {harness.median_ms(fresh_all)} ms")
