"""Staff copy each petition's embed code, per partner and language, from the admin."""

import html

from tests.partners.conftest import translate


def codes_page(admin_client, petition):
    response = admin_client.get(f"/admin/petition-reports/{petition.translation_key}/embed/")
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_each_partner_gets_a_line_per_language(admin_client, petition, ras, rabbis):
    translate(petition, "es", title="Asilo justo ya")

    page = codes_page(admin_client, petition)

    key = petition.translation_key
    root = petition.get_site().root_url
    assert (
        f'<script src="{root}/static/embed.js" data-petition="{key}" data-partner="ras" '
        f'data-lang="es" data-title="Asilo justo ya" async></script>'
    ) in page
    for partner, language in [("ras", "en"), ("rabbis", "en"), ("rabbis", "es")]:
        assert f'data-partner="{partner}" data-lang="{language}"' in page
    assert "Sites that may show it: https://ras.example, https://www.ras.example" in page
    # Without a partner, also as a plain frame for sites that allow no scripts.
    assert f'<iframe src="{root}/embed/petitions/{key}/?lang=es" title="Asilo justo ya"' in page


def test_a_partner_without_sites_is_pointed_out(admin_client, petition, ras):
    ras.embed_sites = ""
    ras.save_revision().publish()

    page = codes_page(admin_client, petition)

    assert "This partner lists no sites yet" in page


def test_the_petitions_editor_and_report_link_to_its_embed_codes(admin_client, petition):
    url = f"/admin/petition-reports/{petition.translation_key}/embed/"

    editor = admin_client.get(f"/admin/pages/{petition.pk}/edit/").content.decode()
    report = admin_client.get(f"/admin/petition-reports/{petition.translation_key}/")

    assert url in editor
    assert url in report.content.decode()


def test_a_draft_petition_has_no_codes_yet(admin_client, petition):
    petition.unpublish()

    page = codes_page(admin_client, petition)

    assert "Publish the petition first" in page
    assert "data-petition" not in page
