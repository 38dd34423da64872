"""What the sign-on endpoint needs to know about a petition, cached so a sign-on loads no page.

Loading a PetitionPage means a two-table query of some sixty columns and building a page object
with its StreamFields; under a flood of sign-ons that was most of a request's Python work. A
`SignOnConfig` holds only the dozen values the endpoint reads. It is kept in the shared cache
for a minute and dropped whenever the page is saved, published, unpublished or deleted.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

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
    """A live petition's sign-on settings (a plain value: it pickles into the cache)."""

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
        )

    @property
    def is_open(self) -> bool:
        return collecting_now(self.opens_at, self.closes_at)


def cache_key(page_id: int) -> str:
    return f"signons:config:{page_id}"


class KnownPage(NamedTuple):
    petition_key: uuid.UUID
    language: str


# Page id → petition key and language, for pages this process has seen. Neither ever changes
# for a page, so this needs no invalidation; it lets the endpoint answer in the page's language
# and name the rate-limit counters before it has the config, and read the config in the same
# cache round trip (views.py).
_known_pages: dict[int, KnownPage] = {}


def known_page(page_id: int) -> KnownPage | None:
    return _known_pages.get(page_id)


_UNREAD = object()


def sign_on_config(page_id: int, cached=_UNREAD) -> SignOnConfig | None:
    """The config of the live petition page with this id, or None: one cache read when warm.

    `cached` is the cache's entry for it when the caller has already read that (None if absent).
    """
    key = cache_key(page_id)
    config = cache.get(key) if cached is _UNREAD else cached
    if config is None:
        from campaigns.models import PetitionPage

        page = PetitionPage.objects.live().select_related("locale").filter(pk=page_id).first()
        if page is None:
            return None
        config = SignOnConfig.from_page(page)
        cache.set(key, config, CONFIG_SECONDS)
    _known_pages[page_id] = KnownPage(config.petition_key, config.language)
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
