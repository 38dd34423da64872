"""Rate limits: how often one visitor may do one thing, over sliding windows in the shared cache.

Each limit is (count, seconds). A hit is counted in the current fixed window, and the estimate
of the last `seconds` adds the previous window's count weighted by how much of it still lies in
the sliding window (Cloudflare's approximation). So a burst cannot straddle a window's end to get
twice the limit, and no window turns over for everyone at the same instant; each check costs one
cache round trip, whatever the number of limits.
"""

import time

from .cache_batch import CacheBatch

clock = time.time


class Hit:
    """One counted hit; `exceeded` is known once the batch it was counted in has run."""

    def __init__(self, batch: CacheBatch, scope: str, ident: str, limits, now: float):
        self.limits = list(limits)
        self.windows = []
        for count, seconds in self.limits:
            index, into = divmod(now, seconds)
            prefix = f"ratelimit:{scope}:{ident}:{seconds}"
            current = batch.incr(f"{prefix}:{int(index)}", 2 * seconds)
            previous = batch.get(f"{prefix}:{int(index) - 1}")
            self.windows.append((count, into / seconds, current, previous))

    @property
    def exceeded(self) -> bool:
        return any(
            int(previous.value or 0) * (1 - elapsed) + current.value > count
            for count, elapsed, current, previous in self.windows
        )


def count_hit(batch: CacheBatch, scope: str, ident: str, limits, now: float | None = None) -> Hit:
    """Count a hit in `batch` (run it before reading `exceeded`)."""
    return Hit(batch, scope, ident, limits, clock() if now is None else now)


def exceeded(scope: str, ident: str, limits, now: float | None = None) -> bool:
    """Count one hit for `ident` in `scope`; True when past any (count, seconds) limit."""
    batch = CacheBatch()
    hit = count_hit(batch, scope, ident, limits, now)
    batch.run()
    return hit.exceeded
