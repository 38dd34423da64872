"""One mailbox, one signature: the form of an email address that decides what is a repeat.

Two spellings of one address must meet the unique constraint as one value: surrounding spaces,
Unicode compatibility forms (fullwidth letters, the Kelvin sign, NFC/NFD accents) and case are
folded (NFKC, then case-folding), and the domain is written in its IDNA (punycode) form, so
`x@bücher.example` and `x@xn--bcher-kva.example` are one mailbox. What is kept apart on purpose:
plus-addressing (`x+news@`) and dots in the local part, which only some providers ignore.
The address as typed is kept for sending.
"""

import contextlib
import unicodedata

MAX_LENGTH = 254  # the longest address SMTP carries, and the column's length


def normalize_email(email: str) -> str:
    text = unicodedata.normalize("NFKC", email.strip())
    text = unicodedata.normalize("NFKC", text.casefold())
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    # A name IDNA cannot write stays as folded, which still compares.
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}"
