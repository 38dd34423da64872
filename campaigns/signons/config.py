"""What the sign-on endpoint needs to know about a petition, cached so a sign-on loads no page.

A `SignOnConfig` holds the few values the endpoint reads. It is kept in the shared cache as JSON
for a minute (admission.py reads it in the same round trip that counts the rate limit) and
dropped whenever the page is saved, published, unpublished or deleted.
"""

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from newsroom.platform.cache_batch import CacheBatch

# A safety net only: every change that reaches readers also drops the entry at once.
CONFIG_SECONDS = 60


def collecting_now(opens_at: datetime | None, closes_at: datetime | None) -> bool:
    """Whether a petition with these (optional) opening and closing times takes sign-ons now."""
    now = timezone.now()
    if opens_at and now < opens_at:
        return False
    return closes_at is None or now < closes_at


@dataclass(frozen=True)
class SignOnConfig:
    """A live petition's sign-on settings: plain values, stored as JSON."""

    page_id: int
    petition_key: uuid.UUID
    language: str
    opens_at: datetime | None
    closes_at: datetime | None
    double_opt_in: bool
    consent_snapshot: str  # the consent wording as plain text, kept with each signature
    signer_fields: tuple[tuple[str, bool], ...]  # (field name, required), in the editor's order
    category_labels: tuple[tuple[str, str], ...]  # (block id, label)
    list_signers: bool
    thanks_url: str  # where an HTML signer is sent after signing
    updates_consent: str = "off"  # off, optional (a box to tick) or implied by signing
    updates_wording: str = ""
    # (partner code, the box's wording) for each partner signers may share their details with.
    partner_optins: tuple[tuple[str, str], ...] = ()
    partner_codes: tuple[str, ...] = ()  # every partner's, to tell a partner's embed from others

    @classmethod
    def from_page(cls, page) -> "SignOnConfig":
        return cls(
            page_id=page.pk,
            petition_key=page.translation_key,
            language=page.locale.language_code,
            opens_at=page.opens_at,
            closes_at=page.closes_at,
            double_opt_in=page.double_opt_in,
            consent_snapshot=strip_tags(page.consent_text).strip(),
            signer_fields=tuple(
                (block.value["name"], bool(block.value["required"])) for block in page.signer_fields
            ),
            category_labels=tuple(page.category_labels.items()),
            list_signers=page.list_signers,
            thanks_url=page.thanks_url(),
            updates_consent=page.updates_consent,
            updates_wording=page.updates_wording.strip(),
            partner_optins=page.partner_optin_boxes(),
            partner_codes=page.partner_codes(),
        )

    @property
    def asks_for_updates(self) -> bool:
        """The form has a box to tick for updates."""
        return self.updates_consent == "optional"

    @property
    def is_open(self) -> bool:
        return collecting_now(self.opens_at, self.closes_at)

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=str)

    @classmethod
    def from_json(cls, text: str) -> "SignOnConfig":
        values = json.loads(text)
        for name in ("opens_at", "closes_at"):
            if values[name]:
                values[name] = datetime.fromisoformat(values[name])
        values["petition_key"] = uuid.UUID(values["petition_key"])
        values["signer_fields"] = tuple(tuple(pair) for pair in values["signer_fields"])
        values["category_labels"] = tuple(tuple(pair) for pair in values["category_labels"])
        # .get: a config cached by the release before has none (it lives a minute at most).
        values["partner_optins"] = tuple(tuple(pair) for pair in values.get("partner_optins", ()))
        values["partner_codes"] = tuple(values.get("partner_codes", ()))
        return cls(**values)


def cache_key(page_id: int) -> str:
    return f"signons:config:{page_id}"


def sign_on_config(page_id: int, cached: str | None, load_page) -> SignOnConfig | None:
    """The config of the live petition page with this id, or None.

    `cached` is the cache's entry for it, read by the caller; on a miss `load_page(page_id)`
    gives the live page (or None) and the config is cached for next time.
    """
    if cached is not None:
        return SignOnConfig.from_json(cached)
    page = load_page(page_id)
    if page is None:
        return None
    config = SignOnConfig.from_page(page)
    batch = CacheBatch()
    batch.set(cache_key(page_id), config.to_json(), CONFIG_SECONDS)
    batch.run()
    return config


def forget_sign_on_config(page_id: int) -> None:
    """Drop a page's cached config now and again when the change commits.

    Dropping it again after the commit stops a sign-on that read the old row while the change was
    still uncommitted from keeping the old config for the next minute.
    """
    key = cache_key(page_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def page_changed(sender, instance, **kwargs) -> None:
    """Signal receiver: a page was saved, published, unpublished or deleted."""
    if instance.pk is not None:
        forget_sign_on_config(instance.pk)
