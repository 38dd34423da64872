"""Translate pages and snippets through wagtail-localize, the same path partners use with PO files."""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


def translate(instance, language_code: str, strings: dict[str, str], *, user=None, publish=True):
    """Create or update the `language_code` translation of `instance` from a {source: translated} map.

    Strings missing from the map keep the source text (wagtail-localize's fallback), so a partial
    translation still produces a page. Returns the translated instance.

    With `publish=True` (the default: the demo and tests arrange published translations this way)
    a page translation is published, as an editor's "Publish in <language>" does; with
    `publish=False` it is saved as a draft. Staff translations go through Newsroom review instead
    (home/translation_review.py). A snippet translation is always saved as it is.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po, user=user, tool_name="newsroom")
    # wagtail-localize publishes in transaction.on_commit; publish here so callers inside a
    # transaction (demo builder, tests) see the live page at once.
    is_page = isinstance(instance, Page)
    translation.save_target(user=user, publish=not is_page)
    target = translation.get_target_instance()
    if is_page and publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def ensure_translation(instance, language_code: str, strings: dict[str, str]):
    """Translate and publish `instance` unless a translation into `language_code` exists (demo content)."""
    existing = instance.get_translation_or_none(Locale.objects.get(language_code=language_code))
    if existing is not None:
        return existing
    # The demo's translations are reviewed already: publish them explicitly.
    return translate(instance, language_code, strings, publish=True)


def offered_to_readers(pages):
    """The pages of `pages` readers are offered as translations: live, and not aliases.

    A translation is a draft until reviewed, so it is not live. wagtail-localize makes an alias of an
    untranslated parent page (translating a petition before its section): the alias repeats the
    other language's words, so the switcher, hreflang links and sitemap leave it out too.
    """
    return pages.live().filter(alias_of__isnull=True)
