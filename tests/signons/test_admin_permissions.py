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


def test_nobody_adds_signatures_by_hand_and_erasing_needs_the_erase_permission(client, signed):
    from django.contrib.auth.models import Permission
    from django.core.cache import cache

    from campaigns.models import Signature
    from campaigns.signons.counting import signature_count
    from tests.factories import SuperuserFactory

    officer = staff_user("officer", "Data officers")
    signature = Signature.objects.get()
    client.force_login(SuperuserFactory(username="root"))
    assert "Add signature" not in client.get("/admin/signatures/").content.decode()
    assert client.get("/admin/signatures/new/")["Location"] == "/admin/"

    client.force_login(officer)
    client.post(f"/admin/signatures/delete/{signature.pk}/")
    assert not Signature.objects.exists()
    cache.clear()
    assert signature_count(signature.petition_key) == 0

    assert (
        Permission.objects.get(codename="erase_signature").group_set.get().name == "Data officers"
    )
