"""Sign one petition from many threads at once, each with its own database connection."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connections
from django.test import Client

from tests.signons.posting import sign


def sign_concurrently(petition, emails: list[str], threads: int = 16) -> list[str]:
    """POST one sign-on per email, all released together; returns each JSON status."""
    barrier = threading.Barrier(min(threads, len(emails)))

    def one(index_email):
        index, email = index_email
        try:
            if index < barrier.parties:
                barrier.wait(timeout=10)
            response = sign(
                Client(), petition, email=email, ip=f"198.51.100.{index % 250}", json=True
            )
            return response.json().get("status", response.json().get("error"))
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(one, enumerate(emails)))
