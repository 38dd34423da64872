"""The deployment README describes, started for a benchmark: gunicorn with newsroom/gunicorn.conf.py
as shipped, the production settings (tests.bench.settings lifts only the rate limits and adds the
bare comparison views), Redis, PostgreSQL, and `manage.py deliver` sending mail to a local SMTP
sink. Traffic stays on 127.0.0.1; every process is stopped when the block ends.
"""

import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg
import redis

from tests.bench.harness import (
    DATABASE_URL,
    HOST,
    PORT,
    REDIS_URL,
    ROOT,
    environment,
    wait_until_serving,
)
from tests.mail_server import Inbox, MailServer

TICKS = os.sysconf("SC_CLK_TCK")


class TimedInbox(Inbox):
    """The SMTP sink: when each message arrived, by recipient."""

    def __init__(self):
        super().__init__()
        self.arrived: dict[str, float] = {}

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        with self.lock:
            for recipient in envelope.rcpt_tos:
                self.arrived.setdefault(recipient, now)
        return await super().handle_DATA(server, session, envelope)

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


def process_seconds(pid: int, with_children: bool = False) -> float:
    """CPU seconds a process has used (and, with_children, its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    used = int(fields[11]) + int(fields[12])  # utime, stime
    if with_children:
        used += int(fields[13]) + int(fields[14])  # cutime, cstime
    return used / TICKS


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, ValueError):
                continue
            if parent == pid:
                found.append(int(entry.name))
    return found


class Deployment:
    def __init__(self, log):
        self.log = log
        self.mail = MailServer()
        self.mail.inbox = TimedInbox()
        self.gunicorn = None
        self.worker = None

    @property
    def inbox(self) -> TimedInbox:
        return self.mail.inbox

    def environment(self):
        return environment(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(self.mail.port))

    def start(self):
        redis.Redis.from_url(REDIS_URL).flushdb()  # the benchmark's own Redis database
        self.mail.start()
        self.gunicorn = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
            cwd=ROOT,
            env=self.environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_until_serving(self.gunicorn, self.log)
        self.start_worker()
        return self

    def start_worker(self):
        self.worker = subprocess.Popen(
            [sys.executable, "manage.py", "deliver"],
            cwd=ROOT,
            env=self.environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def stop_worker(self):
        if self.worker:
            self.worker.send_signal(signal.SIGTERM)
            self.worker.wait(timeout=60)
            self.worker = None

    def stop(self):
        self.stop_worker()
        if self.gunicorn:
            self.gunicorn.send_signal(signal.SIGTERM)
            try:
                self.gunicorn.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.gunicorn.kill()
                self.gunicorn.wait()
        self.mail.stop()

    def cpu(self) -> dict[str, float]:
        """CPU seconds used so far by gunicorn (master, workers, recycled workers), the bench
        database's PostgreSQL backends and the delivery worker."""
        master = self.gunicorn.pid
        gunicorn = process_seconds(master, with_children=True) + sum(
            process_seconds(pid) for pid in children(master)
        )
        with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
            backends = [
                pid
                for (pid,) in connection.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ]
        postgres = {pid: process_seconds(pid) for pid in backends}
        worker = process_seconds(self.worker.pid) if self.worker else 0.0
        return {"gunicorn": gunicorn, "postgres": postgres, "worker": worker}


def cpu_used(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each part used between two readings (a backend that started meanwhile
    counts from zero; one that ended meanwhile is lost, so PostgreSQL's figure is a floor)."""
    postgres = sum(
        seconds - before["postgres"].get(pid, 0.0) for pid, seconds in after["postgres"].items()
    )
    return {
        "gunicorn": after["gunicorn"] - before["gunicorn"],
        "postgres": postgres,
        "worker": after["worker"] - before["worker"],
    }


@contextmanager
def deployment():
    with tempfile.TemporaryFile() as log:  # an unread pipe would fill and stall the servers
        running = Deployment(log)
        try:
            yield running.start()
        finally:
            running.stop()


class Readers:
    """Readers of a cached page and the count API during a surge: the latency of each GET."""

    def __init__(self, paths: list[str]):
        self.paths = paths
        self.timings = {path: [] for path in paths}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.read, daemon=True)

    def read(self):
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        while not self.stopping.is_set():
            for path in self.paths:
                started = time.perf_counter()
                try:
                    connection.request("GET", path)
                    response = connection.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
                    continue
                if response.status == 200:
                    self.timings[path].append(time.perf_counter() - started)
            time.sleep(0.05)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.thread.join(timeout=30)
