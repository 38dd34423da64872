"""'I called': anonymous counts of calls per page and member, and an alert's total.

Nothing about the caller is stored; the rate limit counts a salted hash of their address in the
cache only, and forgets it when its window ends.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum

from newsroom.platform.rate_limit import exceeded
from newsroom.platform.visitors import visitor_hash

from .models import CallCount

RATE_LIMIT_SCOPE = "representatives:call"


def too_many_calls(request) -> bool:
    """Counts this visitor's "I called" and says whether they are past the limits."""
    return exceeded(
        RATE_LIMIT_SCOPE, visitor_hash(request), settings.REPRESENTATIVES_CALL_RATE_LIMITS
    )


def record_call(page, member) -> int:
    """Add one call to the member from the page; the page's total across its translations."""
    updated = CallCount.objects.filter(page=page, member=member).update(count=F("count") + 1)
    if not updated:
        try:
            with transaction.atomic():
                CallCount.objects.create(page=page, member=member, count=1)
        except IntegrityError:  # another reader's first call to this member won the race
            CallCount.objects.filter(page=page, member=member).update(count=F("count") + 1)
    return total_calls(page.translation_key, fresh=True)


def total_calls(translation_key, *, fresh: bool = False) -> int:
    """Calls made from a page and its translations (cached for seconds, like petition counts)."""
    key = f"representatives:calls:{translation_key}"
    total = None if fresh else cache.get(key)
    if total is None:
        total = (
            CallCount.objects.filter(page__translation_key=translation_key).aggregate(
                total=Sum("count")
            )["total"]
            or 0
        )
        cache.set(key, total, settings.REPRESENTATIVES_CALL_COUNT_CACHE_SECONDS)
    return total
