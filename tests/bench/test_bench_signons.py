"""The three sign-on benchmarks (`make bench`): figures are printed as ratios, never asserted.

Each starts gunicorn on PostgreSQL (BENCH_DATABASE_URL) itself and sends bounded load to
127.0.0.1 only. The machine may be shared, so the figures are indicative.
"""

import time

import pytest

from tests.bench import harness

CLIENTS = 32
SECONDS = 15
MAX_REQUESTS = 20_000


@pytest.fixture(scope="module")
def petitions():
    harness.ensure_database()
    return harness.prepare("petitions")


def report(title: str, lines: dict) -> None:
    print(f"\n== {title}")
    for label, value in lines.items():
        print(f"   {label}: {value}")


def test_sign_on_throughput_against_a_bare_insert_view(petitions):
    target = petitions["bench-signons"]
    run = int(time.time())  # fresh emails on every run, so no insert collides with an old one

    def sign_on(client, number):
        return {
            "first_name": "Bench",
            "last_name": f"Signer {client}",
            "email": f"bench-{run}-{client}-{number}@example.org",
            "form_token": target["token"],
            "website": "",
        }

    def bare(client, number):
        return {**sign_on(client, number), "email": f"bare-{run}-{client}-{number}@example.org"}

    with harness.gunicorn():
        # Warm up both paths with other emails than the measured runs use.
        harness.post_load("/bench/bare/", lambda c, n: bare(c + 1000, n), CLIENTS, 3, 500)
        harness.post_load(
            f"/sign/{target['pk']}/", lambda c, n: sign_on(c + 1000, n), CLIENTS, 3, 500
        )
        bare_run = harness.post_load("/bench/bare/", bare, CLIENTS, SECONDS, MAX_REQUESTS)
        signon_run = harness.post_load(
            f"/sign/{target['pk']}/", sign_on, CLIENTS, SECONDS, MAX_REQUESTS
        )
    report(
        "1. sign-on throughput (gunicorn, PostgreSQL, 32 clients)",
        {
            "bare ORM insert view": f"{bare_run['per_second']}/s {bare_run['statuses']}",
            "sign-on endpoint": f"{signon_run['per_second']}/s {signon_run['statuses']}",
            "sign-on / bare": round(signon_run["per_second"] / bare_run["per_second"], 2),
            "sign-on / 330 per second target": round(signon_run["per_second"] / 330, 2),
        },
    )


def test_petition_page_render_time_at_zero_and_a_million_signatures(petitions):
    loaded = harness.prepare("million", petitions["bench-million"]["key"])
    # No count cache: every view reads the counter rows, the worst case.
    with harness.gunicorn(workers=1, threads=1, BENCH_COUNT_CACHE_SECONDS="0"):
        paths = [petitions["bench-empty"]["url"], petitions["bench-million"]["url"]]
        empty, million = harness.get_latencies(paths, 300).values()
    report(
        "2. petition page render time (median of 300 each, taking turns; count cache off)",
        {
            "bulk load": loaded,
            "0 signatures": f"{harness.median_ms(empty)} ms",
            "1,000,000 signatures": f"{harness.median_ms(million)} ms",
            "million / zero": round(harness.median_ms(million) / harness.median_ms(empty), 2),
        },
    )


def test_csv_export_of_a_million_signatures_against_copy(petitions):
    harness.prepare("million", petitions["bench-million"]["key"])
    figures = harness.prepare("export", petitions["bench-million"]["key"])
    report(
        "3. CSV export of 1,000,000 signatures (admin view, streamed) vs PostgreSQL COPY",
        {
            **figures,
            "export speed / COPY speed": round(
                figures["copy_seconds"] / figures["export_seconds"], 2
            ),
        },
    )
