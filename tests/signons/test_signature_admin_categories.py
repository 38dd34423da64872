"""Data officers see, filter and export signers by category name, in the petition's source
language, even where two petitions' categories share an id (as pages built from the same JSON do)."""

import csv
import io
import json

import pytest

from home.translating import translate
from tests.signons.factories import PetitionPageFactory, SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(staff_user("officer", "Data officers"))
    return client


def with_categories(petition, *labels):
    # The demo builds categories this way, so every petition's first category is `category-0`.
    petition.categories = json.dumps(
        [
            {"type": "category", "value": label, "id": f"category-{index}"}
            for index, label in enumerate(labels)
        ]
    )
    petition.save_revision().publish()
    return petition


@pytest.fixture
def letters(petition, take_action):
    clergy = with_categories(petition, "Rabbis and cantors", "Christian clergy")
    community = with_categories(
        PetitionPageFactory(parent=take_action, title="Community letter"),
        "Community leader",
        "Individual",
    )
    SignatureFactory(page=clergy, first_name="Miriam", last_name="Levi", category="category-0")
    SignatureFactory(page=clergy, first_name="Peter", last_name="Okafor", category="category-1")
    SignatureFactory(page=community, first_name="Rosa", last_name="Diaz", category="category-0")
    return clergy, community


def listing_rows(html: str) -> dict[str, str]:
    """Each signer's name → the text of their row."""
    rows = html.split("<tr")[1:]
    return {
        row.split("<bdi>")[1].split("</bdi>")[0]: " ".join(row.split())
        for row in rows
        if "<bdi>" in row
    }


def test_each_signer_is_listed_with_their_own_petitions_category_name(officer_client, letters):
    html = officer_client.get("/admin/signatures/").content.decode()

    rows = listing_rows(html)
    assert "Rabbis and cantors" in rows["Miriam Levi"]
    assert "Christian clergy" in rows["Peter Okafor"]
    assert "Community leader" in rows["Rosa Diaz"]
    assert "category-0" not in html and "category-1" not in html


def test_filtering_by_a_category_name_finds_only_that_categorys_signers(officer_client, letters):
    rabbis = listing_rows(officer_client.get("/admin/signatures/?category=Rabbis").content.decode())
    leaders = listing_rows(
        officer_client.get("/admin/signatures/?category=community+LEADER").content.decode()
    )
    nobody = officer_client.get("/admin/signatures/?category=Bishops").content.decode()

    assert set(rabbis) == {"Miriam Levi"}
    assert set(leaders) == {"Rosa Diaz"}
    assert "Miriam Levi" not in nobody and "Rosa Diaz" not in nobody


def test_the_csv_names_each_category_as_its_petition_does(officer_client, letters):
    clergy, community = letters

    def export(petition):
        response = officer_client.get(f"/admin/petition-reports/{petition.translation_key}/export/")
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        return {row["first_name"]: row["category"] for row in csv.DictReader(io.StringIO(text))}

    assert export(clergy) == {"Miriam": "Rabbis and cantors", "Peter": "Christian clergy"}
    assert export(community) == {"Rosa": "Community leader"}


def test_a_translations_signers_are_shown_by_the_source_pages_category_names(
    officer_client, home_page, letters
):
    clergy, _community = letters
    translate(home_page, "es", {})
    translate(clergy.get_parent().specific, "es", {})
    spanish = translate(
        clergy, "es", {"Rabbis and cantors": "Rabinos y cantores", "Christian clergy": "Clero"}
    )
    SignatureFactory(
        page=spanish, locale="es", first_name="Lucía", last_name="Gómez", category="category-0"
    )

    html = officer_client.get("/admin/signatures/?category=rabbis").content.decode()

    rows = listing_rows(html)
    assert set(rows) == {"Miriam Levi", "Lucía Gómez"}
    assert "Rabbis and cantors" in rows["Lucía Gómez"]
    assert "Rabinos" not in html
