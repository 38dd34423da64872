"""The three sign-on benchmarks (`make bench`): figures are printed as ratios, never asserted.

Each starts gunicorn on PostgreSQL (BENCH_DATABASE_URL) itself and sends bounded load to
127.0.0.1 only. The machine may be shared, so the figures are indicative.
"""

import os
import statistics
import time

import pytest

from tests.bench import harness

CLIENTS = 32
SECONDS = 8
ROUNDS = 5  # bare and sign-on take turns, so a burst of load elsewhere hits both alike
MAX_REQUESTS = 20_000


@pytest.fixture(scope="module")
def petitions():
    harness.ensure_database()
    return harness.prepare("petitions")


def report(title: str, lines: dict) -> None:
    print(f"\n== {title}")
    for label, value in lines.items():
        print(f"   {label}: {value}")


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


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

    paths = {"bare": "/bench/bare/", "sign-on": f"/sign/{target['pk']}/"}
    forms = {"bare": bare, "sign-on": sign_on}
    rates = {"bare": [], "sign-on": []}
    statuses = {"bare": {}, "sign-on": {}}
    started_load = load_average()
    with harness.gunicorn():
        # Warm up both paths (connections, caches) with other emails than the measured runs use.
        for name in paths:
            harness.post_load(
                paths[name], lambda c, n, f=forms[name]: f(c + 1000, n), CLIENTS, 3, 500
            )
        for number in range(ROUNDS):
            for name in paths:
                # Each round signs with its own client numbers, so no email repeats.
                def fields(c, n, f=forms[name], offset=(number + 1) * 10_000):
                    return f(c + offset, n)

                run_stats = harness.post_load(paths[name], fields, CLIENTS, SECONDS, MAX_REQUESTS)
                rates[name].append(run_stats["per_second"])
                for status, count in run_stats["statuses"].items():
                    statuses[name][status] = statuses[name].get(status, 0) + count
    bare_rate = statistics.median(rates["bare"])
    signon_rate = statistics.median(rates["sign-on"])
    report(
        f"1. sign-on throughput (gunicorn, PostgreSQL, {CLIENTS} clients, "
        f"{ROUNDS} alternating rounds of {SECONDS} s each)",
        {
            "bare ORM insert view": f"median {bare_rate}/s, rounds {rates['bare']} "
            f"{statuses['bare']}",
            "sign-on endpoint": f"median {signon_rate}/s, rounds {rates['sign-on']} "
            f"{statuses['sign-on']}",
            "sign-on / bare (medians)": round(signon_rate / bare_rate, 2),
            "sign-on / bare (each round)": [
                round(s / b, 2) for s, b in zip(rates["sign-on"], rates["bare"], strict=True)
            ],
            "sign-on / 330 per second target": round(signon_rate / 330, 2),
            "load average before / after": f"{started_load} / {load_average()}",
        },
    )


def test_petition_page_render_time_at_zero_and_a_million_signatures(petitions):
    loaded = harness.prepare("million", petitions["bench-million"]["key"])
    # No count cache: every view reads the counter rows, the worst case. No page cache either,
    # or the page would be rendered once and the benchmark would time cache hits.
    with harness.gunicorn(
        workers=1, threads=1, BENCH_COUNT_CACHE_SECONDS="0", PAGE_CACHE_SECONDS="0"
    ):
        paths = [petitions["bench-empty"]["url"], petitions["bench-million"]["url"]]
        empty, million = harness.get_latencies(paths, 300).values()
    report(
        "2. petition page render time (median of 300 each, taking turns; count and page cache off)",
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
        "3. CSV export of 1,000,000 signatures (admin view, streamed) vs PostgreSQL COPY, taking turns",
        {
            **figures,
            "export speed / COPY speed (medians)": round(
                figures["copy_seconds_median"] / figures["export_seconds_median"], 2
            ),
            "load average after": load_average(),
        },
    )
