"""Admin wiring for the shared snippets and each language's site chrome."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Issue, Person, SiteChrome


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SiteChromeViewSet(SnippetViewSet):
    """One per language: the English one is made by a migration, the others by Translate."""

    model = SiteChrome
    icon = "desktop"
    menu_label = _("Site chrome")
    list_display = ["site_name", "locale"]


register_snippet(PersonViewSet)
register_snippet(IssueViewSet)
register_snippet(SiteChromeViewSet)
