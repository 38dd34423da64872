"""Rate limits count hits over sliding windows, in one cache round trip, on Redis and elsewhere."""

import pytest
import redis
from django.core.cache import caches

from newsroom.platform.rate_limit import exceeded
from newsroom.settings.caches import redis_cache

HOUR = 1_800_000 * 3600  # a time at the start of an hour (and of a minute)


@pytest.fixture(params=["local memory", "redis"])
def any_cache(request):
    if request.param == "redis":
        return request.getfixturevalue("redis_cache")
    return caches["default"]


def hits(count, now, limits=((3, 60),), ident="visitor"):
    return [exceeded("test", ident, limits, now=now) for _ in range(count)]


def test_the_hit_past_the_limit_is_refused(any_cache):
    assert hits(4, HOUR + 10) == [False, False, False, True]


def test_a_burst_straddling_the_end_of_a_window_is_still_refused(any_cache):
    before = hits(2, HOUR + 59.5)
    after = hits(2, HOUR + 60.2)

    assert before + after == [False, False, False, True]


def test_the_previous_window_weighs_less_as_it_slides_away(any_cache):
    hits(3, HOUR + 30)

    assert hits(1, HOUR + 61) == [True]  # the last 60 s still hold about three hits
    assert hits(1, HOUR + 110) == [False]  # most of those have slid out


def test_each_visitor_and_each_limit_count_on_their_own(any_cache):
    limits = ((2, 60), (3, 3600))
    assert hits(2, HOUR + 1, limits) == [False, False]
    assert hits(1, HOUR + 1, limits, ident="someone else") == [False]
    # A new minute, but the hour has now seen three hits: the fourth is refused.
    assert hits(1, HOUR + 300, limits) == [False]
    assert hits(1, HOUR + 400, limits) == [True]


def test_counters_on_redis_expire_after_two_windows(any_cache):
    if not hasattr(any_cache, "ttl"):
        pytest.skip("only Redis reports lifetimes")
    hits(1, HOUR + 10)

    assert 60 < any_cache.ttl(f"ratelimit:test:visitor:60:{HOUR // 60}") <= 120


def test_with_redis_unreachable_and_errors_ignored_nothing_is_refused(settings):
    settings.CACHES = {"default": redis_cache("redis://127.0.0.1:1/0")}

    assert hits(5, HOUR + 1) == [False] * 5


def test_with_redis_unreachable_and_errors_not_ignored_the_error_is_raised(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    with pytest.raises(redis.ConnectionError):
        exceeded("test", "visitor", [(1, 60)])
