"""Editors add each section (news, take action, partners, resources) in the admin and set its
title and intro."""

import pytest

from campaigns.models import CampaignIndexPage, NewsIndexPage
from resources.models import PartnerIndexPage, ResourceIndexPage
from tests.page_forms import (
    add_and_publish,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)


@pytest.mark.parametrize(
    ("model", "slug"),
    [
        (NewsIndexPage, "news"),
        (CampaignIndexPage, "take-action"),
        (PartnerIndexPage, "partners"),
        (ResourceIndexPage, "resources"),
    ],
)
def test_an_editor_adds_a_section_then_edits_its_intro_and_readers_see_both(
    admin_client, client, home_page, model, slug
):
    fields = {"title": "Section", "intro": "What this section holds.", **promote_tab(slug)}

    added = add_and_publish(admin_client, home_page, model, fields)
    section = model.objects.get(slug=slug)
    edited = edit_and_publish(
        admin_client, section, fields | {"title": "Our work", "intro": "What we did this week."}
    )

    assert (added.status_code, edited.status_code) == (302, 302)
    html = client.get(f"/{slug}/").content.decode()
    assert "<h1>Our work</h1>" in html
    assert '<p class="lede">What we did this week.</p>' in html
    assert_promote_tab_shown(html, slug)
