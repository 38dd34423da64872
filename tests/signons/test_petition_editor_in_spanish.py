"""An editor whose admin language is Spanish finds our page editors, their help and their
messages in Spanish."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.signons.petition_admin import add_petition, admin_text
from tests.workflow.factories import staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_editor(client):
    editor = staff_member("editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(editor)
    return client


def test_the_petition_editor_has_spanish_tabs_labels_and_help(spanish_editor, take_action):
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "petitionpage", take_action.pk])

    html = admin_text(spanish_editor.get(url))

    for tab in ("Contenido", "Formulario de firma", "Lista de firmantes", "Entrega"):
        assert f">{tab}<" in html or f"{tab}\n" in html, tab
    assert "Recolección de firmas" in html and "Consentimiento y privacidad" in html
    assert "Sign-on form" not in html and "Collecting sign-ons" not in html


def test_the_petition_editor_refuses_a_goal_of_zero_in_spanish(spanish_editor, take_action):
    response = add_petition(spanish_editor, take_action, goal="0")

    html = admin_text(response)
    assert "Set a goal above zero" not in html
    assert "Fije una meta mayor que cero" in html
