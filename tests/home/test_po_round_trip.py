"""Partners download a page's PO file, translate it offline, upload it, and publish the Spanish page."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from home.translating import translate
from tests.factories import StandardPageFactory


def test_a_po_file_round_trip_changes_the_spanish_page(
    admin_client, home_page, django_capture_on_commit_callbacks
):
    translate(home_page, "es", {})
    about = StandardPageFactory(
        parent=home_page, title="Who we are", slug="who-we-are", intro="Faith and refuge."
    )
    about.save_revision().publish()
    spanish = translate(about, "es", {"Who we are": "Quiénes somos"})
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=spanish.locale
    )

    downloaded = admin_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.id])
    )
    po = polib.pofile(downloaded.content.decode())
    assert {entry.msgid: entry.msgstr for entry in po}["Who we are"] == "Quiénes somos"
    for entry in po:
        if entry.msgid == "Faith and refuge.":
            entry.msgstr = "Fe y refugio."
    admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {
            "file": SimpleUploadedFile(
                "about-es.po", str(po).encode(), content_type="text/x-gettext-translation"
            )
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[spanish.id]), {"action": "publish"}
        )

    html = admin_client.get("/es/who-we-are/").content.decode()
    assert "Quiénes somos" in html
    assert "Fe y refugio." in html


def test_a_po_file_made_for_another_translation_is_refused(admin_client, home_page):
    spanish_home = translate(home_page, "es", {})
    arabic_home = translate(home_page, "ar", {})
    to_spanish = Translation.objects.get(
        target_locale=spanish_home.locale, source__object_id=home_page.translation_key
    )
    to_arabic = Translation.objects.get(
        target_locale=arabic_home.locale, source__object_id=home_page.translation_key
    )
    po = polib.pofile(
        admin_client.get(
            reverse("wagtail_localize:download_pofile", args=[to_arabic.id])
        ).content.decode()
    )
    for entry in po:
        entry.msgstr = "cambiado"

    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[to_spanish.id]),
        {"file": SimpleUploadedFile("wrong.po", str(po).encode())},
        follow=True,
    )

    assert (
        "Cannot import PO file that was created for a different translation."
        in response.content.decode()
    )
    spanish_home.refresh_from_db()
    assert spanish_home.title != "cambiado"
