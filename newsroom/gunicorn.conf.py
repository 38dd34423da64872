"""gunicorn settings, read from the environment: `gunicorn -c newsroom/gunicorn.conf.py`."""

import multiprocessing
import os


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "newsroom.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "").strip() or f"0.0.0.0:{env_int('PORT', 8000)}"

# WEB_CONCURRENCY is the name most platforms set; GUNICORN_WORKERS is accepted as well.
workers = env_int(
    "WEB_CONCURRENCY", env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
)
# More than one thread lets a worker overlap waiting on PostgreSQL, Redis and S3.
threads = env_int("GUNICORN_THREADS", 4)
worker_class = "gthread" if threads > 1 else "sync"
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak never takes a server down.
max_requests = 2000
max_requests_jitter = 200

# Logs go to stdout/stderr for the process manager or platform to collect.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()

# The load balancer in front sets X-Forwarded-Proto; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
