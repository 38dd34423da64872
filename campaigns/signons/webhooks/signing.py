"""How a delivery is signed, as the Standard Webhooks specification says (standardwebhooks.com),
so receivers can check it with that project's libraries or a few lines of their own.

Each request carries `webhook-id` (the event's idempotency key), `webhook-timestamp` (seconds
since the epoch) and `webhook-signature`: "v1," and the base64 HMAC-SHA256, keyed with the
webhook's secret, of "<id>.<timestamp>.<body>". A secret in that specification's format
("whsec_" and base64) is decoded; any other secret is used as it is written (UTF-8).
"""

import base64
import hashlib
import hmac
import time

# How far a receiver should let a delivery's timestamp be from its own clock (replays).
TOLERANCE_SECONDS = 5 * 60


def secret_key(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        return base64.b64decode(secret.removeprefix("whsec_"))
    return secret.encode()


def sign(secret: str, event_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{event_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, event_id: str, body: bytes, timestamp: int | None = None) -> dict:
    """The headers that identify and sign one request carrying `body`."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, event_id, timestamp, body),
        "Idempotency-Key": event_id,
    }


def verify(secret: str, headers, body: bytes, now: float | None = None) -> bool:
    """What a receiver does: the signature matches and the timestamp is recent."""
    try:
        event_id, timestamp = headers["webhook-id"], int(headers["webhook-timestamp"])
    except (KeyError, TypeError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = sign(secret, event_id, timestamp, body)
    return any(
        hmac.compare_digest(expected, given)
        for given in headers.get("webhook-signature", "").split()
    )
