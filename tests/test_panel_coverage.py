"""Every field an editor could set is reachable in the admin: a field added without a panel fails here.

Walks every page type, snippet and setting of our apps, asks each one's edit handler (the same
one the admin's add and edit views use) which fields and inline formsets its form holds, and
compares them with the model's editable fields and its inline child relations.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from campaigns.models import NewsPage
from home.models import Person
from resources.models import ResourcePage

# Fields of Wagtail's own Page that Wagtail keeps up to date itself; editors never type them.
PAGE_INTERNALS = {
    "path",  # the tree (treebeard): where the page sits
    "depth",
    "numchild",
    "content_type",  # the page type, chosen when the page is added
    "owner",  # who created the page, set by Wagtail
    "first_published_at",  # set by Wagtail on first publish
}
# Inline relations Wagtail manages itself: comments are edited in the comment side panel.
INTERNAL_RELATIONS = {"wagtail_admin_comments"}


def our_app(model) -> bool:
    """A model of this project's apps (home, campaigns, resources, search...), not a library's."""
    app_path = Path(apps.get_app_config(model._meta.app_label).path)
    return "site-packages" not in app_path.parts


def editable_fields(model, exempt=frozenset()) -> set[str]:
    """The fields a form for `model` could hold: concrete or many-to-many, editable, not automatic."""
    return {
        field.name
        for field in model._meta.get_fields()
        if not field.auto_created
        and getattr(field, "editable", False)
        and (field.concrete or field.many_to_many)
        and not isinstance(field, models.AutoField)
        and field.name not in exempt
    }


def missing_from(model, form_options: dict, exempt=frozenset()) -> list[str]:
    """Editable fields and inline relations of `model` that the form (and its formsets) lacks."""
    missing = sorted(editable_fields(model, exempt) - set(form_options.get("fields") or []))
    formsets = form_options.get("formsets") or {}
    for relation in get_all_child_relations(model):
        name = relation.get_accessor_name()
        if name in INTERNAL_RELATIONS:
            continue
        if name not in formsets:
            missing.append(f"{name} (no inline panel)")
            continue
        # The child's own fields, less the key to its parent, which the formset sets.
        child_missing = missing_from(
            relation.related_model, formsets[name], exempt={relation.field.name}
        )
        missing.extend(f"{name}.{field}" for field in child_missing)
    return missing


PAGE_MODELS = [model for model in get_page_models() if our_app(model)]
SNIPPET_MODELS = [model for model in get_snippet_models() if our_app(model)]
SETTING_MODELS = [model for model in settings_registry if our_app(model)]


def test_the_walk_finds_our_page_types_and_snippets_and_no_library_models():
    names = {model.__name__ for model in PAGE_MODELS + SNIPPET_MODELS + SETTING_MODELS}
    assert {"HomePage", "StandardPage", "NewsPage", "PetitionPage", "PartnerPage"} <= names
    assert {"Issue", "Person", "Target"} <= names
    assert not any(model._meta.app_label.startswith("wagtail") for model in PAGE_MODELS)


def test_a_field_left_out_of_the_panels_is_reported():
    # The check itself: a handler that forgets the role and the photo must not pass.
    handler = ObjectList([FieldPanel("name")]).bind_to_model(Person)

    assert missing_from(Person, handler.get_form_options()) == ["photo", "role"]


def test_an_inline_child_field_left_out_of_its_panels_is_reported():
    # A resource's downloads without their label input, and no update notes at all on a story.
    resource = ObjectList([InlinePanel("documents", panels=[FieldPanel("document")])])
    story = ObjectList([InlinePanel("authors"), InlinePanel("related_links")])

    resource_missing = missing_from(
        ResourcePage, resource.bind_to_model(ResourcePage).get_form_options()
    )
    story_missing = missing_from(NewsPage, story.bind_to_model(NewsPage).get_form_options())

    assert "documents.label" in resource_missing
    assert "update_notes (no inline panel)" in story_missing


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_field_of_a_page_type_has_a_panel(model):
    form_options = model.get_edit_handler().get_form_options()

    assert missing_from(model, form_options, exempt=PAGE_INTERNALS) == []


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda model: model.__name__)
def test_every_field_of_a_snippet_has_a_panel(model):
    form_options = model.snippet_viewset.get_edit_handler().get_form_options()

    assert missing_from(model, form_options) == []


@pytest.mark.parametrize("model", SETTING_MODELS, ids=lambda model: model.__name__)
def test_every_field_of_a_setting_has_a_panel(model):
    form_options = get_setting_edit_handler(model).get_form_options()

    # The site a setting belongs to is chosen by the admin's address, not in the form.
    assert missing_from(model, form_options, exempt={"site"}) == []
