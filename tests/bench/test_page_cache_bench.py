"""Benchmark 4: the home page from the page cache against a view answering the same bytes from
memory, and uncached render time per page type.

gunicorn (newsroom/gunicorn.conf.py as shipped) serves the demo site from PostgreSQL (a bench
database it recreates) with the production settings and Redis; 32 client threads on loopback,
bounded in time and count. Printed, not asserted. The comparison is with a view that answers the
page's own bytes: the load generator shares the cores, and reading a 40 KB answer costs it more
than reading a 8-byte one, so a constant view measured the client as much as the cache.
"""

import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis

from tests.bench import harness

ROOT = harness.ROOT
DATABASE_URL = harness.DATABASE_URL
CLIENTS = 32
SECONDS = float(os.environ.get("BENCH_SECONDS", "3"))
ROUNDS = 3
MAX_REQUESTS = 50_000
RENDERS_PER_TYPE = 15


def free_port() -> int:
    wanted = os.environ.get("BENCH_PORT")
    if wanted:
        return int(wanted)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def recreate_database(url: str) -> None:
    psycopg = pytest.importorskip("psycopg")
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    try:
        connection = psycopg.connect(maintenance, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL unavailable: {error}")
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def bench_environment(port: int, same_bytes_file: str) -> dict:
    return harness.environment(
        PORT=str(port), GUNICORN_BIND=f"127.0.0.1:{port}", BENCH_SAME_BYTES_FILE=same_bytes_file
    )


def manage(environment: dict, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


PAGE_TYPES_SCRIPT = """
import json
from wagtail.models import Page
urls = {}
for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
    urls.setdefault(type(page).__name__, page.url)
print(json.dumps(urls))
"""


def get(connection_holder: list, port: int, path: str) -> int:
    if not connection_holder:
        connection_holder.append(http.client.HTTPConnection("127.0.0.1", port, timeout=10))
    connection = connection_holder[0]
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection_holder.clear()
        return response.status
    except (OSError, http.client.HTTPException):
        connection.close()
        connection_holder.clear()
        return 0


def throughput(port: int, path: str) -> tuple[float, int]:
    """Requests per second that CLIENTS threads get for `path`, and how many failed."""
    deadline = time.perf_counter() + SECONDS
    counts = {"ok": 0, "failed": 0}
    lock = threading.Lock()

    def client():
        holder: list = []
        while time.perf_counter() < deadline:
            status = get(holder, port, path)
            with lock:
                counts["ok" if status == 200 else "failed"] += 1
                if counts["ok"] + counts["failed"] >= MAX_REQUESTS:
                    break
        for connection in holder:
            connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts["ok"] / (time.perf_counter() - started), counts["failed"]


def median_render_ms(port: int, path: str) -> float:
    """Uncached: each request has a query string never seen before, so the page cache misses."""
    holder: list = []
    timings = []
    for number in range(RENDERS_PER_TYPE):
        separator = "&" if "?" in path else "?"
        started = time.perf_counter()
        status = get(holder, port, f"{path}{separator}uncached={time.time_ns()}-{number}")
        timings.append((time.perf_counter() - started) * 1000)
        assert status == 200, path
    return statistics.median(timings)


def wait_until_serving(port: int, server: subprocess.Popen, log) -> None:
    for _ in range(100):
        if server.poll() is not None:
            log.seek(0)
            raise RuntimeError("gunicorn exited: " + log.read().decode()[-2000:])
        if get([], port, "/healthz") == 200:
            return
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz")


def test_page_cache_throughput_against_a_bare_view_and_render_time_per_page_type():
    recreate_database(DATABASE_URL)
    port = free_port()
    with tempfile.NamedTemporaryFile(suffix=".html") as same_bytes:
        environment = bench_environment(port, same_bytes.name)
        manage(environment, "migrate", "--noinput")
        manage(environment, "load_demo_content")
        manage(environment, "collectstatic", "--noinput")
        script = PAGE_TYPES_SCRIPT
        page_urls = json.loads(manage(environment, "shell", "-c", script).splitlines()[-1])
        redis.Redis.from_url(environment["REDIS_URL"]).flushdb()  # the benchmark's own database

        # gunicorn's logs go to a file: an unread pipe would fill up and stall the workers.
        with tempfile.TemporaryFile() as log:
            rounds, renders = measure(environment, port, page_urls, log, same_bytes)
    report(environment, rounds, renders, page_urls)


def measure(environment: dict, port: int, page_urls: dict, log, same_bytes) -> tuple:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_serving(port, server, log)
        same_bytes.write(fetch(port, "/"))
        same_bytes.flush()
        for path in ("/", "/bench/constant/", "/bench/same-bytes/"):
            assert get([], port, path) == 200, path  # warm the cache and every worker's imports

        # Alternate short rounds so load from elsewhere on the machine hits each alike.
        rounds = [
            {
                name: throughput(port, path)
                for name, path in (
                    ("constant", "/bench/constant/"),
                    ("same bytes", "/bench/same-bytes/"),
                    ("cached", "/"),
                )
            }
            for _ in range(ROUNDS)
        ]
        renders = {name: median_render_ms(port, path) for name, path in page_urls.items()}
    finally:
        server.send_signal(signal.SIGQUIT)  # gunicorn's quick shutdown
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return rounds, renders


def fetch(port: int, path: str) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return body


def report(environment: dict, rounds: list, renders: dict, page_urls: dict) -> None:
    def rate(name):
        return statistics.median(round_[name][0] for round_ in rounds)

    def ratio(name, against):
        return statistics.median(round_[name][0] / round_[against][0] for round_ in rounds)

    failed = sum(failed for round_ in rounds for _rate, failed in round_.values())
    print(
        f"\n== 4. page cache: gunicorn.conf.py as shipped, production settings, Redis, "
        f"{CLIENTS} clients, {ROUNDS} rounds of {SECONDS:.0f} s per measurement"
    )
    print(f"   view answering the page's bytes : {rate('same bytes'):8.0f} req/s")
    print(f"   home page from the page cache   : {rate('cached'):8.0f} req/s")
    print(
        f"   cached / same bytes             : {ratio('cached', 'same bytes'):8.2f} (target >= 0.8)"
    )
    print(f"   constant 8-byte view            : {rate('constant'):8.0f} req/s")
    print(f"   cached / constant (old measure) : {ratio('cached', 'constant'):8.2f}")
    print(f"   failed requests                 : {failed:8d}")
    print("   uncached render, median of", RENDERS_PER_TYPE, "sequential requests:")
    for name, milliseconds in sorted(renders.items()):
        print(f"     {name:<24} {milliseconds:7.1f} ms  ({page_urls[name]})")
