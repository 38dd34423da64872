"""The signed, time-stamped token every rendered sign-on form carries instead of a CSRF cookie.

It names the petition and when the form was rendered, so a cached page can carry it and the
endpoint can tell a form a person filled in from a bot's instant post or a day-old copy.
"""

import time
import uuid
from dataclasses import dataclass

from django.core import signing

FIELD = "form_token"
_SALT = "campaigns.signons.form-token"
clock = time.time


@dataclass(frozen=True)
class FormToken:
    petition_key: uuid.UUID
    issued: float  # seconds since the epoch

    def age(self) -> float:
        return clock() - self.issued


def issue(petition_key, now: float | None = None) -> str:
    """A token for a form rendered now (in milliseconds: whole seconds would let a form through
    up to a second before its minimum age)."""
    issued = int((clock() if now is None else now) * 1000)
    return signing.Signer(salt=_SALT).sign(f"{petition_key}|{signing.b62_encode(issued)}")


def read(text: str) -> FormToken | None:
    """The token's petition and time, or None unless we signed it."""
    try:
        key, issued = signing.Signer(salt=_SALT).unsign(text or "").split("|")
        return FormToken(uuid.UUID(key), signing.b62_decode(issued) / 1000)
    except (signing.BadSignature, ValueError):
        return None
