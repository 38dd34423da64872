"""Reading a petition's count: a sum over at most SIGNON_COUNTER_SHARDS counter rows (kept in
step with confirmed signatures by models.py), cached for SIGNON_COUNT_CACHE_SECONDS, whatever the
number of signatures; and checking the counters against the signatures.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Sum

from .models import PetitionCounter, Signature, SignatureStatus, count_cache_key


def signature_count(petition_key, *, fresh: bool = False) -> int:
    """The number of confirmed signatures, read from the shards and cached for a few seconds.

    `fresh` reads the shards even when the cache holds a count, and caches what it read.
    """
    key = count_cache_key(petition_key)
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
    keys = {key: count_cache_key(key) for key in set(petition_keys)}
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
    cache.delete(count_cache_key(petition_key))


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
            PetitionCounter.objects.add(petition_key, actual - counted)
