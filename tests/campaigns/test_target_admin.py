"""Editors keep the officials that alerts ask readers to call as 'Call targets' snippets."""

from campaigns.models import Target


def test_an_editor_adds_a_call_target_and_finds_it_in_the_list(admin_client):
    response = admin_client.post(
        "/admin/snippets/campaigns/target/add/",
        {
            "name": "Sen. Maria Lopez",
            "office": "U.S. Senator for New Mexico",
            "chamber": "senate",
            "state": "NM",
            "phone": "202-224-5521",
            "social_handle": "@SenMariaLopez",
            "contact_url": "https://lopez.senate.example/contact",
        },
    )

    assert response.status_code == 302
    assert Target.objects.get().phone == "202-224-5521"
    listing = admin_client.get("/admin/snippets/campaigns/target/").content.decode()
    assert "Sen. Maria Lopez" in listing


def test_a_call_target_with_a_malformed_contact_address_is_refused(admin_client):
    response = admin_client.post(
        "/admin/snippets/campaigns/target/add/",
        {"name": "Rep. Tom Hale", "chamber": "house", "contact_url": "not a web address"},
    )

    assert "Enter a valid URL." in response.content.decode()
    assert not Target.objects.exists()
