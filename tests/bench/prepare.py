"""Set up the benchmark database: `python -m tests.bench.prepare (petitions|million|export)`.

Runs in its own process with tests.bench.settings, so the pytest process never touches it.
"""

import json
import os
import resource
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from wagtail.models import Site  # noqa: E402

from campaigns.models import CampaignIndexPage, PetitionCounter, PetitionPage, Signature  # noqa: E402
from campaigns.signons import form_tokens  # noqa: E402
from home.demo import ensure_page  # noqa: E402

MILLION = 1_000_000


def petitions() -> dict:
    """Migrate, then make an empty petition and one for the million; print their keys and tokens."""
    call_command("migrate", verbosity=0)
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = ensure_page(home, CampaignIndexPage, "take-action", title="Take action")
    result = {}
    for slug in ("bench-empty", "bench-million", "bench-signons", "bench-backlog"):
        page = ensure_page(index, PetitionPage, slug, title=f"Benchmark {slug}", goal=1000)
        result[slug] = {
            "pk": page.pk,
            "key": str(page.translation_key),
            "url": page.url,
            "token": form_tokens.issue(page.translation_key, now=time.time() - 60),
        }
    # Benchmark 1 measures fresh inserts each run.
    Signature.objects.exclude(
        petition_key=PetitionPage.objects.get(slug="bench-million").translation_key
    ).delete()
    for slug in ("bench-signons", "bench-empty"):
        PetitionCounter.objects.filter(petition_key=result[slug]["key"]).delete()
    return result


def million(key: str) -> dict:
    """Bulk-load 1,000,000 confirmed signatures for `key` with INSERT … SELECT generate_series."""
    existing = Signature.objects.filter(petition_key=key).count()
    started = time.monotonic()
    if existing != MILLION:
        Signature.objects.filter(petition_key=key).delete()
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO campaigns_signature (
                    petition_key, locale, title, first_name, last_name, email, email_normalized,
                    organisation, city, region, postal_code, country, phone, category, comment,
                    consent_text, consented_at, list_publicly, hidden, status,
                    created_at, confirmed_at, ip_hash, referrer, source,
                    utm_source, utm_medium, utm_campaign, email_owed, email_attempts, email_error,
                    updates_agreed, updates_wording, partner, partner_optins)
                SELECT %s, 'en', '', 'Signer', 'Number ' || n, 'signer' || n || '@example.org',
                    'signer' || n || '@example.org', 'Congregation ' || (n %% 500), 'Austin', 'TX',
                    '78701', 'USA', '', '', '', 'Consent', now(), n %% 3 = 0, false, 'confirmed',
                    now() - (n || ' seconds')::interval, now(), '', '', '', '', '', '', '', 0, '',
                    false, '', '', '{}'::jsonb
                FROM generate_series(1, %s) AS n
                """,
                [key, MILLION],
            )
            cursor.execute("ANALYZE campaigns_signature")
    # Spread the count over every shard, as a million sign-ons would have.
    PetitionCounter.objects.filter(petition_key=key).delete()
    from django.conf import settings

    shards = settings.SIGNON_COUNTER_SHARDS
    PetitionCounter.objects.bulk_create(
        PetitionCounter(
            petition_key=key, shard=shard, count=MILLION // shards + (shard < MILLION % shards)
        )
        for shard in range(shards)
    )
    return {"loaded_seconds": round(time.monotonic() - started, 1), "reused": existing == MILLION}


def export(key: str, rounds: str = "3") -> dict:
    """Time the admin's CSV export of the million against PostgreSQL COPY, taking turns.

    Memory: the process's peak RSS, and, in one more untimed pass under tracemalloc, the peak of
    what the export itself allocated (tracemalloc slows Python down, so it is never timed).
    """
    import tracemalloc

    from django.test import Client

    from campaigns.signons.export import COLUMNS
    from tests.factories import SuperuserFactory

    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(SuperuserFactory(username=f"bench-exporter-{time.time_ns()}"))
    columns = ", ".join(COLUMNS)
    copy_sql = (
        f"COPY (SELECT {columns} FROM campaigns_signature WHERE petition_key = '{key}' "
        "AND status = 'confirmed' ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)"
    )

    def run_export() -> tuple[int, int]:
        response = client.get(f"/admin/petition-reports/{key}/export/")
        size = rows = 0
        for chunk in response.streaming_content:
            size += len(chunk)
            rows += chunk.count(b"\n")
        return size, rows - 1

    def run_copy() -> int:
        copied = 0
        with connection.cursor() as cursor, cursor.cursor.copy(copy_sql) as copy:
            for block in copy:
                copied += len(block)
        return copied

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    export_times, copy_times = [], []
    for _ in range(int(rounds)):
        started = time.monotonic()
        size, rows = run_export()
        export_times.append(round(time.monotonic() - started, 2))
        started = time.monotonic()
        copied = run_copy()
        copy_times.append(round(time.monotonic() - started, 2))
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

    tracemalloc.start()
    run_export()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "rows": rows,
        "export_bytes": size,
        "copy_bytes": copied,
        "export_seconds": export_times,
        "copy_seconds": copy_times,
        "export_seconds_median": statistics.median(export_times),
        "copy_seconds_median": statistics.median(copy_times),
        "rss_before_mb": rss_before,
        "rss_peak_mb": rss_peak,
        "export_own_peak_python_mb": round(traced_peak / 2**20, 1),
    }


def backlog(key: str, number: str = "20000") -> dict:
    """`number` confirmed signatures of `key` each owed its thank-you email now."""
    from django.utils import timezone

    Signature.objects.filter(petition_key=key).delete()
    page = PetitionPage.objects.get(translation_key=key)
    now = timezone.now()
    Signature.objects.bulk_create(
        (
            Signature(
                petition_key=key,
                page=page,
                locale="en",
                first_name="Backlog",
                last_name=f"Signer {n}",
                email=f"backlog-{n}@example.org",
                email_normalized=f"backlog-{n}@example.org",
                status="confirmed",
                email_owed="thanks",
                email_due_at=now,
            )
            for n in range(int(number))
        ),
        batch_size=5000,
    )
    return {"owed": int(number)}


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    commands = {"petitions": petitions, "million": million, "export": export, "backlog": backlog}
    print(json.dumps(commands[command](*args)))
