"""Admin wiring for the shared snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Issue, Person


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


register_snippet(PersonViewSet)
register_snippet(IssueViewSet)
