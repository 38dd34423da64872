"""Editors add and edit a resource in the admin, and readers see every setting of it."""

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from resources.models import ResourcePage
from tests.factories import IssueFactory
from tests.page_forms import (
    add_and_publish,
    assert_card_shown,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)
from tests.resources.factories import ResourcePageFactory


def resource_fields(title: str, slug: str, **overrides) -> dict:
    fields = {
        "title": title,
        "summary": "A text for the seder table.",
        "resource_type": "guide",
        "documents": inline_formset([]),
        "body": streamfield([]),
        "topics": [],
        **promote_tab(slug),
    }
    fields.update(overrides)
    return fields


def test_every_setting_of_a_new_resource_reaches_its_readers(admin_client, client, resource_index):
    documents = get_document_model().objects
    seder = documents.create(title="Seder text", file="documents/seder.pdf")
    guide = documents.create(title="Leader's guide", file="documents/guide.pdf")
    asylum = IssueFactory(name="Asylum", slug="asylum")

    response = add_and_publish(
        admin_client,
        resource_index,
        ResourcePage,
        resource_fields(
            "Welcoming the stranger",
            "welcoming-the-stranger",
            resource_type="study",
            documents=inline_formset(
                [{"document": seder.pk, "label": ""}, {"document": guide.pk, "label": "Guide"}]
            ),
            body=streamfield([("paragraph", rich_text("<p>Read it aloud together.</p>"))]),
            topics=[asylum.pk],
        ),
    )

    assert response.status_code == 302
    html = client.get("/resources/welcoming-the-stranger/").content.decode()
    assert "<h1>Welcoming the stranger</h1>" in html
    assert '<p class="eyebrow">Study or liturgical text</p>' in html
    assert '<p class="lede">A text for the seder table.</p>' in html
    downloads = html.split('<section class="downloads"', 1)[1].split("</section>", 1)[0]
    assert (
        f'<a href="{seder.url}">Seder text</a> <span class="document-link__meta">(PDF' in downloads
    )
    assert f'<a href="{guide.url}">Guide</a>' in downloads
    assert "Read it aloud together." in html
    assert '<a href="/topics/asylum/">Asylum</a>' in html
    assert_promote_tab_shown(html, "welcoming-the-stranger")
    listing = client.get("/resources/?type=study").content.decode()
    assert_card_shown(listing, "welcoming-the-stranger", "/resources/welcoming-the-stranger/")
    assert "welcoming-the-stranger" not in client.get("/resources/?type=toolkit").content.decode()


def test_an_editor_edits_a_resource_and_readers_see_the_changes(
    admin_client, client, resource_index
):
    resource = ResourcePageFactory(parent=resource_index, title="Fact sheet", slug="facts")

    response = edit_and_publish(
        admin_client,
        resource,
        resource_fields(
            "Asylum fact sheet", "facts", summary="Numbers for 2025.", resource_type="fact-sheet"
        ),
    )

    assert response.status_code == 302
    html = client.get("/resources/facts/").content.decode()
    assert "<h1>Asylum fact sheet</h1>" in html
    assert '<p class="eyebrow">Fact sheet</p>' in html
    assert "Numbers for 2025." in html
