"""The sign-on benchmarks (`make bench`): figures are printed as ratios, never asserted.

Benchmark 1 measures the deployment README describes (tests/bench/deployment.py): production
settings with only the rate limits lifted, newsroom/gunicorn.conf.py as shipped, Redis, and
`manage.py deliver` sending every email to a local SMTP sink. Half the clients sign as a browser
does (form post, then the thank-you page the 303 leads to), half ask for JSON; two readers load
the cached petition page and the count API meanwhile. The bare ORM-insert view, served by the same
gunicorn, takes turns with the sign-ons. Traffic goes to 127.0.0.1 only, bounded in count and time;
the load generator shares the machine's cores with everything it measures.
"""

import http.client
import os
import statistics
import threading
import time
from urllib.parse import urlencode, urlsplit

import pytest

from tests.bench import harness
from tests.bench.deployment import Readers, cpu_used, deployment
from tests.waiting import wait_for

CLIENTS = 64
SECONDS = float(os.environ.get("BENCH_SECONDS", "8"))
ROUNDS = 3  # bare and sign-on take turns, so a burst of load elsewhere hits both alike
MAX_REQUESTS = 20_000
BACKLOG = int(os.environ.get("BENCH_BACKLOG", "20000"))


@pytest.fixture(scope="module")
def petitions():
    harness.ensure_database()
    prepared = harness.prepare("petitions")
    harness.manage("collectstatic", "--noinput")  # README's deploy step; the manifest is needed
    return prepared


def report(title: str, lines: dict) -> None:
    print(f"\n== {title}")
    for label, value in lines.items():
        print(f"   {label}: {value}")


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


class SignOnLoad:
    """`clients` keep-alive clients posting sign-ons for `seconds`; `html_share` of them as a
    browser (following the 303 to the thank-you page), the rest asking for JSON."""

    def __init__(self, path: str, fields, html_share: float):
        self.path, self.fields, self.html_share = path, fields, html_share
        self.lock = threading.Lock()
        self.done = {"html": 0, "json": 0}
        self.failed: dict = {}
        self.acknowledged: dict[str, float] = {}  # email → when the signer was answered

    def run(self, clients: int, seconds: float) -> dict:
        deadline = time.monotonic() + seconds
        html_clients = round(clients * self.html_share)
        threads = [
            threading.Thread(target=self.client, args=(index, index < html_clients, deadline))
            for index in range(clients)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        total = self.done["html"] + self.done["json"]
        return {"per_second": round(total / elapsed, 1), "seconds": elapsed, "total": total}

    def client(self, index: int, as_browser: bool, deadline: float) -> None:
        connection = http.client.HTTPConnection(harness.HOST, harness.PORT, timeout=30)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://{harness.HOST}:{harness.PORT}",
            "Accept": "text/html" if as_browser else "application/json",
        }
        number = 0
        while time.monotonic() < deadline:
            with self.lock:
                if sum(self.done.values()) >= MAX_REQUESTS:
                    return
            fields = self.fields(index, number)
            number += 1
            try:
                connection.request("POST", self.path, urlencode(fields), headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                if as_browser and status == 303:
                    location = urlsplit(response.getheader("Location")).path
                    connection.request("GET", location, headers={"Accept": "text/html"})
                    thanks = connection.getresponse()
                    thanks.read()
                    status = 200 if thanks.status == 200 else f"thanks {thanks.status}"
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(harness.HOST, harness.PORT, timeout=30)
                status = "error"
            with self.lock:
                if status == 200:
                    self.done["html" if as_browser else "json"] += 1
                    self.acknowledged[fields["email"]] = time.monotonic()
                else:
                    self.failed[status] = self.failed.get(status, 0) + 1


def test_sign_on_throughput_as_deployed_against_a_bare_insert_view(petitions):
    target = petitions["bench-signons"]
    run = int(time.time())  # fresh emails on every run, so no insert collides with an old one

    def form(prefix):
        def fields(client, number):
            return {
                "first_name": "Bench",
                "last_name": f"Signer {client}",
                "email": f"{prefix}-{run}-{client}-{number}@example.org",
                "form_token": target["token"],
                "website": "",
            }

        return fields

    signon_path = f"/sign/{target['pk']}/"
    rates = {"bare": [], "mixed": [], "json": [], "html": []}
    cpu = {"mixed": [], "json": [], "html": []}
    failures = {}
    acknowledged: dict[str, float] = {}
    started_load = load_average()
    with deployment() as deployed:
        # Warm up every path (connections, caches, imports) with emails the rounds never use.
        SignOnLoad(signon_path, form("warm"), 0.5).run(CLIENTS, 3)
        harness.post_load("/bench/bare/", form("warm-bare"), CLIENTS, 3, 2000)
        readers_paths = [target["url"], f"/api/petitions/{target['key']}/count/"]
        with Readers(readers_paths) as readers:
            for number in range(ROUNDS):
                bare = harness.post_load(
                    "/bench/bare/", form(f"bare{number}"), CLIENTS, SECONDS, MAX_REQUESTS
                )
                rates["bare"].append(bare["per_second"])
                for kind, html_share in (("mixed", 0.5), ("json", 0.0), ("html", 1.0)):
                    before = deployed.cpu()
                    load = SignOnLoad(signon_path, form(f"{kind}{number}"), html_share)
                    measured = load.run(CLIENTS, SECONDS)
                    used = cpu_used(before, deployed.cpu())
                    rates[kind].append(measured["per_second"])
                    cpu[kind].append({part: s / measured["total"] for part, s in used.items()})
                    acknowledged.update(load.acknowledged)
                    for status, count in load.failed.items():
                        failures[status] = failures.get(status, 0) + count
        surge_end = time.monotonic()
        delivered_during = deployed.inbox.count()
        # Then the mail left over from the surge.
        wait_for(lambda: deployed.inbox.count() >= len(acknowledged), 300)
        arrived = dict(deployed.inbox.arrived)
        drained_after = time.monotonic() - surge_end
        latencies = [arrived[email] - at for email, at in acknowledged.items() if email in arrived]

        # 4. one worker against a backlog of 20,000 owed emails.
        deployed.stop_worker()
        harness.prepare("backlog", petitions["bench-backlog"]["key"], str(BACKLOG))
        baseline = deployed.inbox.count()
        backlog_started = time.monotonic()
        before = deployed.cpu()
        deployed.start_worker()
        wait_for(lambda: deployed.inbox.count() - baseline >= BACKLOG, 600)
        backlog_seconds = time.monotonic() - backlog_started
        backlog_cpu = cpu_used(before, deployed.cpu())
        backlog_sent = deployed.inbox.count() - baseline

    bare_rate = statistics.median(rates["bare"])

    def ms(seconds_per_signon: list[dict], part: str) -> float:
        return round(statistics.median(row[part] for row in seconds_per_signon) * 1000, 2)

    report(
        f"1. sign-ons as deployed (gunicorn.conf.py as shipped, production settings, Redis, "
        f"`deliver` to an SMTP sink; {CLIENTS} clients, {ROUNDS} rounds of {SECONDS:.0f} s)",
        {
            "bare ORM insert view (same gunicorn)": f"{bare_rate}/s, rounds {rates['bare']}",
            "sign-ons, half HTML (303 + thank-you page) and half JSON": (
                f"{statistics.median(rates['mixed'])}/s, rounds {rates['mixed']}: "
                f"{statistics.median(rates['mixed']) / bare_rate:.2f}x the bare view (target >= 0.5x)"
            ),
            "sign-ons, JSON only": f"{statistics.median(rates['json'])}/s: "
            f"{statistics.median(rates['json']) / bare_rate:.2f}x",
            "sign-ons, HTML only": f"{statistics.median(rates['html'])}/s: "
            f"{statistics.median(rates['html']) / bare_rate:.2f}x",
            "server CPU per sign-on (gunicorn / PostgreSQL / worker), mixed": (
                f"{ms(cpu['mixed'], 'gunicorn')} / {ms(cpu['mixed'], 'postgres')} / "
                f"{ms(cpu['mixed'], 'worker')} ms"
            ),
            "gunicorn CPU per HTML sign-on / per JSON sign-on": (
                f"{ms(cpu['html'], 'gunicorn')} / {ms(cpu['json'], 'gunicorn')} ms = "
                f"{ms(cpu['html'], 'gunicorn') / ms(cpu['json'], 'gunicorn'):.2f}x (target <= 2x)"
            ),
            "failed requests": failures or 0,
            "emails: acknowledged sign-ons / sent during the surge / all sent": (
                f"{len(acknowledged)} / {delivered_during} / {len(arrived)} "
                f"({drained_after:.0f} s after the surge)"
            ),
            "sign-on to email, p50 / p95": (
                f"{harness.percentile_ms(latencies, 0.5) / 1000:.1f} s / "
                f"{harness.percentile_ms(latencies, 0.95) / 1000:.1f} s"
            ),
            "cached petition page during the surge, p50 / p95": (
                f"{harness.percentile_ms(readers.timings[readers_paths[0]], 0.5)} / "
                f"{harness.percentile_ms(readers.timings[readers_paths[0]], 0.95)} ms"
            ),
            "count API during the surge, p50 / p95": (
                f"{harness.percentile_ms(readers.timings[readers_paths[1]], 0.5)} / "
                f"{harness.percentile_ms(readers.timings[readers_paths[1]], 0.95)} ms"
            ),
            "load average before / after": f"{started_load} / {load_average()}",
        },
    )
    report(
        f"1b. one delivery worker against a backlog of {BACKLOG:,} owed emails",
        {
            "sent": f"{backlog_sent:,} in {backlog_seconds:.1f} s: "
            f"{backlog_sent / backlog_seconds:.0f} emails/s (target >= the sign-on rate, "
            f"{statistics.median(rates['mixed'])}/s)",
            "worker / PostgreSQL CPU per email": f"{backlog_cpu['worker'] / backlog_sent * 1000:.2f}"
            f" / {backlog_cpu['postgres'] / backlog_sent * 1000:.2f} ms",
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
