"""Benchmark: page-cache throughput vs a bare Django view, and uncached render time per page type.

gunicorn serves the demo site from PostgreSQL (a bench database it creates) with production
settings; 32 client threads on loopback, bounded in time and count. Printed, not asserted.
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/newsroom_bench),
REDIS_URL (optional: the shared cache, as in production), BENCH_PORT, BENCH_SECONDS.
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
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 32
SECONDS = float(os.environ.get("BENCH_SECONDS", "3"))
ROUNDS = 3
MAX_REQUESTS = 50_000
RENDERS_PER_TYPE = 15
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
)


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


def bench_environment(port: int) -> dict:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.bench.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=DATABASE_URL,
        PORT=str(port),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=environment.get("WEB_CONCURRENCY", "2"),
        AWS_STORAGE_BUCKET_NAME="",
    )
    return environment


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
    environment = bench_environment(port)
    manage(environment, "migrate", "--noinput")
    manage(environment, "load_demo_content")
    page_urls = json.loads(manage(environment, "shell", "-c", PAGE_TYPES_SCRIPT).splitlines()[-1])

    # gunicorn's logs go to a file: an unread pipe would fill up and stall the workers.
    with tempfile.TemporaryFile() as log:
        rounds, renders = measure(environment, port, page_urls, log)
    report(environment, rounds, renders, page_urls)


def measure(environment: dict, port: int, page_urls: dict, log) -> tuple:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_serving(port, server, log)
        for path in ("/", "/bench/constant/"):
            assert get([], port, path) == 200, path  # warm the cache and every worker's imports

        # Alternate short rounds so load from elsewhere on the machine hits both alike.
        rounds = [
            (throughput(port, "/bench/constant/"), throughput(port, "/")) for _ in range(ROUNDS)
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


def report(environment: dict, rounds: list, renders: dict, page_urls: dict) -> None:
    bare_rate = statistics.median(bare for (bare, _), _cached in rounds)
    cached_rate = statistics.median(cached for _bare, (cached, _) in rounds)
    ratio = statistics.median(cached / bare for (bare, _), (cached, _) in rounds)
    failed = sum(bare_failed + cached_failed for (_, bare_failed), (_, cached_failed) in rounds)
    cache = "Redis" if environment.get("REDIS_URL") else "local memory"
    print(
        f"\nPage cache benchmark: gunicorn {environment['WEB_CONCURRENCY']} workers, "
        f"{CLIENTS} clients, {SECONDS:.0f} s per measurement, PostgreSQL, {cache} cache"
    )
    print(f"  bare constant view : {bare_rate:8.0f} req/s (median of {ROUNDS} rounds)")
    print(f"  cached home page   : {cached_rate:8.0f} req/s (median of {ROUNDS} rounds)")
    print(f"  ratio cached/bare  : {ratio:8.2f} (median of per-round ratios; target >= 0.8)")
    print(f"  failed requests    : {failed:8d}")
    print("  uncached render, median of", RENDERS_PER_TYPE, "sequential requests:")
    for name, milliseconds in sorted(renders.items()):
        print(f"    {name:<24} {milliseconds:7.1f} ms  ({page_urls[name]})")
