"""Benchmark plumbing: the PostgreSQL database, a gunicorn server, and a bounded load generator.

Traffic goes only to 127.0.0.1, and every loop stops after a fixed number of requests or seconds.
"""

import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg

from tests.waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
)
PORT = int(os.environ.get("BENCH_PORT", "8390"))
HOST = "127.0.0.1"


REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")


def environment(**extra) -> dict:
    """What README's Deploying section exports, pointed at the benchmark's own services."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.bench.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # Plain HTTP on loopback: there is no TLS proxy in front to redirect to.
        DJANGO_SECURE_SSL_REDIRECT="false",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        GUNICORN_BIND=f"{HOST}:{PORT}",
        AWS_STORAGE_BUCKET_NAME="",
        EMAIL_USE_TLS="false",
    )
    env.pop("WEB_CONCURRENCY", None)  # the shipped default: 2 × cores + 1
    env.update(extra)
    return env


def ensure_database() -> None:
    """Create the benchmark database if it is missing (never the suite's or anyone else's)."""
    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin_url = DATABASE_URL.replace(parts.path, "/postgres", 1)
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare(*args: str, **extra_env) -> dict:
    """Run tests/bench/prepare.py in its own process and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.prepare", *args],
        cwd=ROOT,
        env=environment(**extra_env),
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode:
        raise RuntimeError(f"preparing the benchmark data failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def healthy() -> bool:
    try:
        connection = http.client.HTTPConnection(HOST, PORT, timeout=2)
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False


def wait_until_serving(server: subprocess.Popen, log=None, seconds: float = 60) -> None:
    """Until the server on PORT answers /healthz (its log, if given, explains an early exit)."""
    if not wait_for(lambda: server.poll() is not None or healthy(), seconds, every=0.3):
        raise RuntimeError(f"the server did not answer /healthz within {seconds:.0f} s")
    if server.poll() is not None:
        output = ""
        if log is not None:
            log.seek(0)
            output = log.read().decode()[-3000:]
        raise RuntimeError(f"the server exited: {output}")


@contextmanager
def gunicorn(workers: int = 3, threads: int = 8, **extra_env):
    """gunicorn serving the site on PORT; stopped (by its own pid) when the block ends."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tests.bench.wsgi:application",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread",
            "--threads",
            str(threads),
            "--log-level",
            "warning",
            "--keep-alive",
            "30",
        ],
        cwd=ROOT,
        env=environment(**extra_env),
    )
    try:
        wait_until_serving(process)
        yield f"http://{HOST}:{PORT}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def post_load(path: str, fields, clients: int, seconds: float, max_requests: int) -> dict:
    """`clients` keep-alive connections POST `fields(client, n)` forms until time or count runs out."""
    lock = threading.Lock()
    stats = {"ok": 0, "failed": 0, "statuses": {}}
    sent = [0]
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        number = 0
        while time.monotonic() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    return
                sent[0] += 1
            body = urlencode(fields(index, number))
            number += 1
            try:
                connection.request(
                    "POST",
                    path,
                    body,
                    {
                        "Content-Type": "application/x-www-form-urlencoded",
                        "Origin": f"http://{HOST}:{PORT}",
                        "Accept": "application/json",
                    },
                )
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
                status = "error"
            with lock:
                stats["ok" if status == 200 else "failed"] += 1
                stats["statuses"][status] = stats["statuses"].get(status, 0) + 1

    started = time.monotonic()
    workers = [threading.Thread(target=client, args=(index,)) for index in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    stats["seconds"] = round(elapsed, 2)
    stats["per_second"] = round(stats["ok"] / elapsed, 1)
    return stats


def get_latencies(paths: list[str], requests: int, warmup: int = 20) -> dict[str, list[float]]:
    """GETs of each path in turn over one keep-alive connection; seconds per request per path.

    Taking turns means a burst of load from elsewhere on the machine hits every path alike.
    """
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    timings = {path: [] for path in paths}
    for number in range(warmup + requests):
        for path in paths:
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"GET {path} answered {response.status}")
            if number >= warmup:
                timings[path].append(time.perf_counter() - started)
    return timings


def median_ms(timings: list[float]) -> float:
    return round(statistics.median(timings) * 1000, 2)


def percentile_ms(timings: list[float], share: float) -> float:
    """The `share` percentile (0.95: p95) in milliseconds; 0 without timings."""
    if not timings:
        return 0.0
    ordered = sorted(timings)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000, 1)


def manage(*arguments: str, **extra_env) -> str:
    """Run a manage.py command with the benchmark's settings; its output."""
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment(**extra_env),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{done.stderr[-4000:]}")
    return done.stdout
