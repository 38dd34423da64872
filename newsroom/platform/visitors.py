"""Who is asking: the visitor's address behind our proxies, and a salted hash that stands for it."""

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_ip(request) -> str:
    """The visitor's address. Behind TRUSTED_PROXIES load balancers or CDNs, REMOTE_ADDR is the
    nearest proxy, so the address comes from X-Forwarded-For, counted from the right past the
    proxies we run: entries further left could be written by the visitor."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def visitor_hash(request) -> str:
    """A salted hash of the visitor's address: enough to spot floods, never the address itself."""
    return salted_hmac("campaigns.signons.ip", client_ip(request), algorithm="sha256").hexdigest()
