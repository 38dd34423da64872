"""The delivery worker, run as README says, waits out a database outage and then sends."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from campaigns.models import Signature
from tests.databases import only_on_postgresql
from tests.fault_proxy import FaultProxy
from tests.mail_server import MailServer
from tests.signons.posting import sign
from tests.waiting import wait_for

PROJECT = Path(__file__).resolve().parents[2]


def start_worker(database_port: int, mail_port: int) -> subprocess.Popen:
    """`manage.py deliver` with the production settings, the database behind the proxy."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "DJANGO_SECRET_KEY": "a-test-secret-key-that-is-long-enough-for-production-settings",
        "DJANGO_ALLOWED_HOSTS": "newsroom.example.org",
        "DATABASE_URL": f"postgres://{database['USER']}@127.0.0.1:{database_port}/{database['NAME']}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        "EMAIL_USE_TLS": "false",
        "LOG_LEVEL": "INFO",
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", "deliver"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


class Output:
    """The worker's output, read as it comes."""

    def __init__(self, process):
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self.read, args=(process,), daemon=True)
        self.reader.start()

    def read(self, process):
        for line in process.stdout:
            self.lines.append(line)

    def __str__(self):
        return "".join(self.lines)


@only_on_postgresql("the worker runs against PostgreSQL behind a proxy, as in production")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_waits_out_a_database_outage_then_sends_the_email(client, petition):
    sign(client, petition, email="ruth@example.org")
    database = FaultProxy(
        (
            connection.settings_dict["HOST"] or "127.0.0.1",
            int(connection.settings_dict["PORT"] or 5432),
        )
    ).start()
    database.cut()
    mail = MailServer().start()
    worker = start_worker(database.port, mail.port)
    output = Output(worker)
    try:
        noticed = wait_for(lambda: "Database unreachable" in str(output), 60)
        time.sleep(1.5)  # it keeps waiting and trying
        still_running_during_the_outage = worker.poll() is None
        nothing_sent_during_the_outage = mail.inbox.recipients == []

        database.restore()
        delivered = wait_for(lambda: mail.inbox.recipients == ["ruth@example.org"], 60)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
        output.reader.join(timeout=5)
        database.cut()
        mail.stop()

    assert noticed, output
    assert still_running_during_the_outage and nothing_sent_during_the_outage
    assert delivered, output
    assert worker.returncode == 0, output
    assert Signature.objects.get().email_owed == ""
