"""Which CDN or HTTP cache gets purged on publish: Cloudflare, CloudFront or a generic HTTP purge URL."""

import os
from collections.abc import Mapping

BACKENDS = "wagtail.contrib.frontend_cache.backends"


def frontend_cache_from_environment(environ: Mapping[str, str] = os.environ) -> dict:
    """The WAGTAILFRONTENDCACHE setting; empty (no purging) when no CDN is configured."""

    def value(name: str) -> str:
        return environ.get(name, "").strip()

    backends = {}
    if value("CLOUDFLARE_API_TOKEN") and value("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": f"{BACKENDS}.CloudflareBackend",
            "BEARER_TOKEN": value("CLOUDFLARE_API_TOKEN"),
            "ZONEID": value("CLOUDFLARE_ZONE_ID"),
        }
    if value("CLOUDFRONT_DISTRIBUTION_ID"):
        # Credentials come from boto3's usual chain, as for the media bucket.
        backends["cloudfront"] = {
            "BACKEND": f"{BACKENDS}.CloudfrontBackend",
            "DISTRIBUTION_ID": value("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    if value("FRONTEND_CACHE_HTTP_URL"):
        # Varnish, nginx or any cache that accepts PURGE requests.
        backends["http"] = {
            "BACKEND": f"{BACKENDS}.HTTPBackend",
            "LOCATION": value("FRONTEND_CACHE_HTTP_URL"),
        }
    return backends
