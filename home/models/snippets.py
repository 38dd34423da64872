"""Snippets shared across page types: people (bylines) and issues (the topic taxonomy)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
