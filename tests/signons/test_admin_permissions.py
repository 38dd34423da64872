"""Signer data in the admin is gated by permissions of its own; other staff see counts only."""

import pytest

from tests.signons.factories import SignatureFactory
from tests.signons.staff import staff_user


@pytest.fixture
def signed(petition):
    SignatureFactory(page=petition, first_name="Ruth", email="ruth@example.org")
    return petition


def urls(petition):
    key = petition.translation_key
    return {
        "listing": "/admin/signatures/",
        "export": f"/admin/petition-reports/{key}/export/",
        "invalidate": f"/admin/petition-reports/{key}/invalidate/",
        "report": f"/admin/petition-reports/{key}/",
    }


def test_a_data_officer_lists_exports_and_invalidates_signatures(client, signed):
    client.force_login(staff_user("officer", "Data officers"))
    pages = urls(signed)

    assert "ruth@example.org" in client.get(pages["listing"]).content.decode()
    exported = client.get(pages["export"])
    assert "ruth@example.org" in b"".join(exported.streaming_content).decode()
    exported.close()
    assert "Preview" in client.get(pages["invalidate"]).content.decode()
    report = client.get(pages["report"]).content.decode()
    assert "Export confirmed signatures" in report
    assert "/admin/signatures/" in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", ["Editors", "Writers"])
def test_editors_and_writers_see_counts_but_no_signer_data(client, signed, group):
    client.force_login(staff_user(group.lower(), group))
    pages = urls(signed)

    for gated in ("listing", "export", "invalidate"):
        response = client.get(pages[gated])
        # Wagtail answers a permission refusal by sending the user back to the dashboard.
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "/admin/signatures/" not in client.get("/admin/").content.decode()
    report = client.get(pages["report"])
    html = report.content.decode()
    assert "<strong>1</strong> confirmed signatures" in html
    assert "ruth@example.org" not in html
    assert "Export confirmed signatures" not in html
