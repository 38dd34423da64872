"""The demo petitions exist at the slugs stories and alerts feature, with matching counts."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from campaigns.models import PetitionPage, Signature
from campaigns.signons.counting import recount


@pytest.mark.django_db
def test_the_demo_petitions_have_signatures_and_exact_counts(client):
    call_command("load_demo_content")
    signatures = Signature.objects.count()
    call_command("load_demo_content")
    cache.clear()

    pages = {page.slug: page for page in PetitionPage.objects.filter(locale__language_code="en")}
    assert set(pages) == {
        "clergy-letter-fair-asylum",
        "faith-leaders-letter-protect-asylum",
        "policy-platform-pledge",
        "letter-to-the-president",
    }
    assert Signature.objects.count() == signatures
    assert recount() == []
    assert pages["clergy-letter-fair-asylum"].signature_count() > 1400
    assert (
        "Delivered to lawmakers on Capitol Hill on July 18, 2025"
        in client.get(pages["clergy-letter-fair-asylum"].url).content.decode()
    )
    listed = client.get(pages["clergy-letter-fair-asylum"].url + "signers/").content.decode()
    assert "<h2>Rabbis and cantors</h2>" in listed
    pledge = client.get(pages["policy-platform-pledge"].url).content.decode()
    assert pledge.count("<li>") >= 7
    assert "Take the pledge" in pledge
