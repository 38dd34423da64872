"""The per-IP rate limit counts in one Redis round trip and still refuses past each window's limit."""

import os

import pytest
import redis
from django.core.cache import caches

from campaigns.models import Signature
from campaigns.signons.protection import Refusal, check_rate_limit
from tests.signons.posting import sign_past_the_minute_limit

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


def _redis_reachable() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(
    not _redis_reachable(), reason=f"needs Redis at {REDIS_URL} (set TEST_REDIS_URL)"
)


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-signons-{os.getpid()}",
        }
    }
    # Only this test's keys: never flush a database someone else may use.
    caches["default"].delete_pattern("*")
    yield caches["default"]
    caches["default"].delete_pattern("*")


def test_the_twenty_first_sign_on_in_a_minute_is_refused_on_redis(client, petition, redis_cache):
    response = sign_past_the_minute_limit(client, petition)

    assert response.status_code == 429
    assert "Too many sign-ons from your network" in response.content.decode()
    assert Signature.objects.count() == 20


def test_each_window_counts_separately_and_expires(redis_cache, settings):
    settings.SIGNON_RATE_LIMITS = [(2, 60), (3, 3600)]
    for _ in range(2):
        check_rate_limit("petition", "ip", now=1_000_000)
    with pytest.raises(Refusal) as refusal:
        check_rate_limit("petition", "ip", now=1_000_000)
    assert refusal.value.status == 429

    # A new minute, but the hour has now seen three requests: the fourth is refused.
    with pytest.raises(Refusal) as refusal:
        check_rate_limit("petition", "ip", now=1_000_000 + 60)
    assert refusal.value.status == 429

    client = redis_cache.client.get_client()
    minute_key = redis_cache.make_key(f"signons:rate:petition:ip:60:{1_000_000 // 60}")
    assert 0 < client.ttl(minute_key) <= 60


def test_with_redis_unreachable_and_errors_ignored_the_sign_on_is_not_refused(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        }
    }
    check_rate_limit("petition", "ip")  # no exception: an outage degrades, it does not refuse


def test_with_redis_unreachable_and_errors_not_ignored_the_error_is_raised(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    with pytest.raises(redis.ConnectionError):
        check_rate_limit("petition", "ip")
