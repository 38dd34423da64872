"""gunicorn takes its worker count and port from the environment."""

import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "newsroom" / "gunicorn.conf.py"


def load(monkeypatch, **variables):
    for name in (
        "WEB_CONCURRENCY",
        "GUNICORN_WORKERS",
        "GUNICORN_THREADS",
        "PORT",
        "GUNICORN_BIND",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_web_concurrency_sets_the_number_of_workers(monkeypatch):
    assert load(monkeypatch, WEB_CONCURRENCY="3", GUNICORN_WORKERS="9")["workers"] == 3


def test_gunicorn_workers_is_used_when_web_concurrency_is_not_set(monkeypatch):
    assert load(monkeypatch, GUNICORN_WORKERS="5")["workers"] == 5


def test_port_sets_the_address_gunicorn_listens_on(monkeypatch):
    config = load(monkeypatch, PORT="8123")

    assert config["bind"] == "0.0.0.0:8123"
    assert config["wsgi_app"] == "newsroom.wsgi:application"


def test_one_thread_means_plain_sync_workers(monkeypatch):
    assert load(monkeypatch, GUNICORN_THREADS="1")["worker_class"] == "sync"
