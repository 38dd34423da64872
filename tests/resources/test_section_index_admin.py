"""Editors add the partners and resources sections in the admin and set their titles and intros."""

import pytest

from resources.models import PartnerIndexPage, ResourceIndexPage
from tests.page_forms import (
    add_and_publish,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)


@pytest.mark.parametrize(
    ("model", "slug"), [(PartnerIndexPage, "partners"), (ResourceIndexPage, "resources")]
)
def test_an_editor_adds_a_section_then_edits_its_intro_and_readers_see_both(
    admin_client, client, home_page, model, slug
):
    fields = {"title": "Partners", "intro": "Who we work with.", **promote_tab(slug)}

    added = add_and_publish(admin_client, home_page, model, fields)
    section = model.objects.get(slug=slug)
    edited = edit_and_publish(
        admin_client, section, fields | {"title": "Our coalition", "intro": "Forty members."}
    )

    assert (added.status_code, edited.status_code) == (302, 302)
    html = client.get(f"/{slug}/").content.decode()
    assert "<h1>Our coalition</h1>" in html
    assert '<p class="lede">Forty members.</p>' in html
    assert_promote_tab_shown(html, slug)
