"""The shared cache: Redis when REDIS_URL is set, built here so tests use the production options."""


def redis_cache(location: str) -> dict:
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": "newsroom",
        "OPTIONS": {
            # Fail fast when Redis is unreachable instead of holding every worker for ages...
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
            # ...and carry on without it: a cache miss renders the page, reads the counter rows.
            # Wagtail itself keeps site routes in this cache, so an outage must not raise.
            "IGNORE_EXCEPTIONS": True,
        },
    }
