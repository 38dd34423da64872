"""A petition's count: sharded counter rows kept in step with confirmed signatures.

Every confirmed sign-on adds one to a randomly chosen shard in the same transaction as the
insert, so concurrent sign-ons rarely wait on the same row, and reading the count sums at most
SIGNON_COUNTER_SHARDS rows whatever the number of signatures.
"""

import random
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Sum

from .models import PetitionCounter, Signature, SignatureStatus


def _cache_key(petition_key) -> str:
    return f"signons:count:{petition_key}"


def increment_statement(petition_key, delta: int, *, rows_from: str = "") -> tuple[str, list]:
    """An upsert adding `delta` to one randomly chosen shard of the petition's count.

    One statement whether or not the shard has a row yet (PostgreSQL and SQLite both know
    ON CONFLICT): no savepoint or retry. With `rows_from` (a table, e.g. a WITH query's name)
    it adds `delta` once for each row there, which for a one-row INSERT … RETURNING means
    "only if the row went in".
    """
    meta = PetitionCounter._meta
    table, count = (connection.ops.quote_name(name) for name in (meta.db_table, "count"))
    key = meta.get_field("petition_key").get_db_prep_value(petition_key, connection)
    source = f"SELECT %s, %s, %s FROM {rows_from}" if rows_from else "VALUES (%s, %s, %s)"
    sql = (
        f"INSERT INTO {table} (petition_key, shard, {count}) {source} "
        f"ON CONFLICT (petition_key, shard) DO UPDATE SET {count} = {table}.{count} + %s"
    )
    return sql, [key, random.randrange(settings.SIGNON_COUNTER_SHARDS), delta, delta]


def adjust_count(petition_key, delta: int, *, drop_cached: bool = True) -> None:
    """Add `delta` to the petition's count; call inside the transaction that changed signatures.

    The cached count is dropped when the change commits, unless `drop_cached` is False.
    """
    if not delta:
        return
    with connection.cursor() as cursor:
        cursor.execute(*increment_statement(petition_key, delta))
    if drop_cached:
        transaction.on_commit(lambda: cache.delete(_cache_key(petition_key)))


def signature_count(petition_key, *, fresh: bool = False) -> int:
    """The number of confirmed signatures, read from the shards and cached for a few seconds.

    `fresh` reads the shards even when the cache holds a count, and caches what it read.
    """
    key = _cache_key(petition_key)
    count = None if fresh else cache.get(key)
    if count is None:
        total = PetitionCounter.objects.filter(petition_key=petition_key).aggregate(
            total=Sum("count")
        )["total"]
        count = max(total or 0, 0)
        cache.set(key, count, settings.SIGNON_COUNT_CACHE_SECONDS)
    return count


def signature_counts(petition_keys) -> dict:
    """{petition key: count} for several petitions: one cache read, one query for the misses.

    For listings (cards with a count): the cost does not grow with the number of petitions.
    """
    keys = {key: _cache_key(key) for key in set(petition_keys)}
    cached = cache.get_many(keys.values()) if keys else {}
    counts = {key: cached[name] for key, name in keys.items() if name in cached}
    missing = [key for key in keys if key not in counts]
    if missing:
        totals = dict(
            PetitionCounter.objects.filter(petition_key__in=missing)
            .values("petition_key")
            .annotate(total=Sum("count"))
            .values_list("petition_key", "total")
        )
        fresh = {key: max(totals.get(key) or 0, 0) for key in missing}
        cache.set_many(
            {keys[key]: count for key, count in fresh.items()}, settings.SIGNON_COUNT_CACHE_SECONDS
        )
        counts.update(fresh)
    return counts


def set_count(petition_key, count: int) -> None:
    """Replace the shards with one row holding `count` (bulk loads and reconciliation)."""
    with transaction.atomic():
        PetitionCounter.objects.filter(petition_key=petition_key).delete()
        PetitionCounter.objects.create(petition_key=petition_key, shard=0, count=count)
    cache.delete(_cache_key(petition_key))


def recount(fix: bool = False) -> list[tuple[uuid.UUID, int, int]]:
    """(petition key, counter, confirmed rows) for every petition whose counter has drifted."""
    counted = dict(
        PetitionCounter.objects.values("petition_key")
        .annotate(total=Sum("count"))
        .values_list("petition_key", "total")
    )
    actual = dict(
        Signature.objects.filter(status=SignatureStatus.CONFIRMED)
        .values("petition_key")
        .annotate(total=Count("id"))
        .values_list("petition_key", "total")
    )
    drift = []
    for key in sorted(set(counted) | set(actual), key=str):
        if counted.get(key, 0) != actual.get(key, 0):
            drift.append((key, counted.get(key, 0), actual.get(key, 0)))
            if fix:
                reconcile(key)
    return drift


def reconcile(petition_key) -> None:
    """Bring one petition's counter to its confirmed rows without losing a concurrent sign-on.

    The shards are locked while the rows are counted, and the difference is added rather than
    the total overwritten: a sign-on committed meanwhile keeps its increment.
    """
    with transaction.atomic():
        counted = sum(
            PetitionCounter.objects.select_for_update()
            .filter(petition_key=petition_key)
            .values_list("count", flat=True)
        )
        actual = Signature.objects.filter(
            petition_key=petition_key, status=SignatureStatus.CONFIRMED
        ).count()
        if actual != counted:
            adjust_count(petition_key, actual - counted)
