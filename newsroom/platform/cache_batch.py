"""Several cache operations in one round trip: a Redis pipeline on Redis, plain calls elsewhere.

A request that must read a value and count a hit (the sign-on endpoint reads its petition's
settings and counts the visitor against the rate limits) pays one network round trip for all of
it. Values are text or whole numbers, stored as such, so both kinds of cache read back what was
written. A Redis outage is handled as the cache's IGNORE_EXCEPTIONS option says for every other
cache call: logged, and the batch reads nothing and counts zero; otherwise the error is raised.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django_redis import get_redis_connection
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class Slot:
    """Where one operation's result lands when the batch runs."""

    def __init__(self, default):
        self.value = default


class CacheBatch:
    """Queue get/incr/set operations, then run() them together."""

    def __init__(self, alias: str = "default"):
        self.alias = alias
        self.cache = caches[alias]
        self.operations: list[tuple[str, str, object, Slot | None]] = []

    @classmethod
    def read(cls, key: str, alias: str = "default"):
        """One value, read as a batch would read it."""
        batch = cls(alias)
        slot = batch.get(key)
        batch.run()
        return slot.value

    def get(self, key: str) -> Slot:
        """The text stored under `key` (None when absent)."""
        slot = Slot(None)
        self.operations.append(("get", key, None, slot))
        return slot

    def incr(self, key: str, seconds: int) -> Slot:
        """Add one to the counter `key`, which lives `seconds` from its first increment."""
        slot = Slot(0)
        self.operations.append(("incr", key, seconds, slot))
        return slot

    def set(self, key: str, value: str, seconds: int) -> None:
        self.operations.append(("set", key, (value, seconds), None))

    def run(self) -> None:
        if not self.operations:
            return
        if isinstance(self.cache, RedisCache):
            self._run_on_redis()
        else:
            for operation in self.operations:
                self._run_one(*operation)
        self.operations = []

    def _run_one(self, kind, key, argument, slot) -> None:
        cache = self.cache
        if kind == "get":
            slot.value = cache.get(key)
        elif kind == "incr":
            try:
                slot.value = cache.incr(key)
            except ValueError:  # the first hit; add() is atomic if two race here
                slot.value = 1 if cache.add(key, 1, argument) else cache.incr(key)
        else:
            cache.set(key, argument[0], argument[1])

    def _run_on_redis(self) -> None:
        try:
            pipeline = get_redis_connection(self.alias).pipeline(transaction=False)
            for kind, key, argument, _slot in self.operations:
                name = self.cache.make_key(key)
                if kind == "get":
                    pipeline.get(name)
                elif kind == "incr":
                    # Start the counter with its lifetime (SET NX EX), then count: a counter can
                    # never be left without an expiry, on any Redis version.
                    pipeline.set(name, 0, ex=argument, nx=True)
                    pipeline.incr(name)
                else:
                    pipeline.set(name, argument[0], ex=argument[1])
            replies = iter(pipeline.execute())
        except RedisError:
            options = settings.CACHES[self.alias].get("OPTIONS", {})
            if not options.get("IGNORE_EXCEPTIONS"):
                raise
            logger.warning(
                "Cache unreachable: a batch of %d operations was skipped.", len(self.operations)
            )
            return
        for kind, _key, _argument, slot in self.operations:
            reply = next(replies)
            if kind == "get":
                slot.value = None if reply is None else reply.decode()
            elif kind == "incr":
                slot.value = next(replies)  # INCR's answer, after SET's
