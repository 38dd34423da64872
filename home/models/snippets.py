"""Snippets shared across page types: people (bylines) and issues (the topic taxonomy)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone who writes for the newsroom or is quoted by it."""

    name = models.CharField(max_length=200)
    role = models.CharField(
        max_length=200, blank=True, help_text="e.g. 'Communications director, HIAS'."
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class Issue(TranslatableMixin, index.Indexed, models.Model):
    """A topic the coalition works on, e.g. 'Asylum'. Pages are tagged with issues."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("Used in the topic's address: /topics/<slug>/."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown at the top of the topic page.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The name and description are translated; the slug is the topic's address in every
    # language (/es/topics/asylum/), so links made from any translation of a page find it.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_issue_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        # The admin's form has no locale field, so Django leaves the (locale, slug) constraint
        # to the database; checked here, a taken address is a message rather than an error page.
        super().clean()
        locale_id = self.locale_id or self.get_default_locale().pk
        taken = Issue.objects.filter(locale_id=locale_id, slug=self.slug).exclude(pk=self.pk)
        if self.slug and taken.exists():
            raise ValidationError(
                {"slug": _("Another topic in this language already has this address.")}
            )

    @classmethod
    def in_language(cls, issues, language_code: str) -> list["Issue"]:
        """`issues` as translated into `language_code` where they are, in the same order (one query)."""
        issues = list(issues)
        translated = {
            issue.translation_key: issue
            for issue in cls.objects.filter(
                translation_key__in=[issue.translation_key for issue in issues],
                locale__language_code=language_code,
            )
        }
        return [translated.get(issue.translation_key, issue) for issue in issues]
