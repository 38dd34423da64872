"""axe-core finds nothing in the admin screens this project adds or fills: the dashboard panels,
petition reports and moderation, the Signatures listing, site settings and our page editors.

One documented exception, Wagtail's own widget: the rich text editor (Draftail, on Draft.js)
renders its editable area as role="textbox" without an accessible name; Wagtail labels the field
visually and the editor announces its placeholder. It is Wagtail's markup, not ours, so it is left
out of the check (".DraftEditor-root").
"""

import pytest

from tests.campaigns.factories import ActionAlertPageFactory
from tests.e2e.axe_checks import axe_violations
from tests.factories import SuperuserFactory
from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory, SignatureFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"
WAGTAIL_WIDGETS = [".DraftEditor-root"]


def test_the_admin_screens_we_add_or_fill_pass_axe(live_server, home_page, new_page):
    from wagtail.models import Site

    SuperuserFactory(username="editor", password=PASSWORD)
    take_action = CampaignIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=take_action, list_signers=True)
    for number in range(3):
        SignatureFactory(page=petition, list_publicly=True, first_name=f"Signer{number}")
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[
            (
                "social_post",
                {"heading": "Post it", "text": "Protect asylum now.", "handles": ["@a", "@b"]},
            )
        ],
    )
    key = petition.translation_key
    site = Site.objects.get(is_default_site=True)
    screens = [
        "/admin/",
        "/admin/petition-reports/",
        f"/admin/petition-reports/{key}/",
        f"/admin/petition-reports/{key}/public-list/",
        f"/admin/petition-reports/{key}/invalidate/",
        "/admin/signatures/",
        f"/admin/settings/home/sitesettings/{site.pk}/",
        f"/admin/pages/{alert.pk}/edit/",
        f"/admin/pages/{petition.pk}/edit/",
    ]

    page = new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    found = {}
    for screen in screens:
        response = page.goto(live_server.url + screen)
        page.wait_for_load_state("networkidle")
        found[screen] = (response.status, axe_violations(page, exclude=WAGTAIL_WIDGETS))

    assert found == {screen: (200, []) for screen in screens}
