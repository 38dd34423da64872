"""Benchmark settings: the production settings as deployed, with the rate limits lifted (the load
comes from one address; the limits are tested elsewhere) and the bare comparison views added."""

import os

from newsroom.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.bench.urls"
SIGNON_RATE_LIMITS = [(10**9, 60)]
# 0 makes every page view read the counter rows: the worst case for benchmark 2.
SIGNON_COUNT_CACHE_SECONDS = int(os.environ.get("BENCH_COUNT_CACHE_SECONDS", "5"))
