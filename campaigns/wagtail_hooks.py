"""Admin wiring for campaigns: the call-target snippet."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import Target


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "group"
    menu_label = "Call targets"
    list_display = ["name", "office", "chamber", "state", "phone"]
    list_filter = ["chamber", "state"]
    search_fields = ["name", "office"]


register_snippet(TargetViewSet)
