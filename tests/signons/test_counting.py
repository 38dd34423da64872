"""The count is exact, shared across translations, and kept in step by recount_signatures."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale

from campaigns.models import PetitionCounter, Signature
from campaigns.signons.counting import signature_count, signature_counts
from tests.databases import only_on_postgresql
from tests.signons.counts import fresh_count
from tests.signons.posting import sign


def test_a_spanish_translation_adds_to_the_same_count(client, petition):
    spanish = petition.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.save_revision().publish()
    sign(client, petition, email="ruth@example.org")

    response = sign(client, spanish, email="ana@example.org")

    assert '<html lang="es"' in response.content.decode()
    assert set(Signature.objects.values_list("locale", flat=True)) == {"en", "es"}
    assert fresh_count(petition) == 2
    assert fresh_count(spanish) == 2
    assert client.get(f"/api/petitions/{petition.translation_key}/count/").json() == {
        "count": 2,
        "goal": 1000,
    }


def test_the_count_api_shows_no_personal_data_and_may_be_cached(client, petition):
    sign(client, petition, email="ruth@example.org", phone="555-0100")

    response = client.get(f"/api/petitions/{petition.translation_key}/count/")

    assert response.json() == {"count": 1, "goal": 1000}
    assert "ruth" not in response.content.decode()
    assert response["Cache-Control"] == "public, max-age=5"


def test_the_count_api_answers_404_for_an_unknown_petition(client, db):
    response = client.get("/api/petitions/00000000-0000-0000-0000-000000000000/count/")
    assert response.status_code == 404


def test_the_count_reads_at_most_one_row_per_shard(petition, settings, django_assert_num_queries):
    for _ in range(200):
        PetitionCounter.objects.add(petition.translation_key, +1)

    assert PetitionCounter.objects.count() <= settings.SIGNON_COUNTER_SHARDS
    cache.clear()
    with django_assert_num_queries(1):
        assert signature_count(petition.translation_key) == 200


def test_the_goal_steps_up_past_ninety_percent_when_auto_raise_is_on(client, petition):
    petition.goal = 10
    petition.goal_auto_raise = True
    petition.save_revision().publish()
    PetitionCounter.objects.add(petition.translation_key, 9)

    html = client.get(petition.url).content.decode()

    assert "signatures of 25" in html


def test_recount_reports_and_fixes_drift(petition):
    from tests.signons.factories import SignatureFactory

    SignatureFactory.create_batch(3, page=petition)
    PetitionCounter.objects.add(petition.translation_key, 5)
    out = StringIO()

    call_command("recount_signatures", "--fix", stdout=out)

    assert f"{petition.translation_key}: counter 8, confirmed signatures 3" in out.getvalue()
    assert fresh_count(petition) == 3
    out = StringIO()
    call_command("recount_signatures", stdout=out)
    assert "No drift" in out.getvalue()


def test_deleting_a_petition_page_keeps_its_signatures(client, petition):
    sign(client, petition)
    key = petition.translation_key

    petition.delete()

    signature = Signature.objects.get()
    assert signature.petition_key == key
    assert signature.page is None
    assert signature_count(key) == 1


@only_on_postgresql("SQLite serialises writers, so there is no race to test")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_sign_ons_store_one_row_per_email_and_count_every_row(home_page):
    from tests.signons.concurrency import sign_concurrently

    petition = _petition(home_page)
    same = sign_concurrently(
        petition,
        [
            f"Same@Example.org{' ' * (n % 3)}".upper() if n % 2 else "same@example.org"
            for n in range(16)
        ],
    )
    distinct = sign_concurrently(petition, [f"signer{n}@example.org" for n in range(48)])

    # A repeat is answered as a first sign-on is: the answers give nothing away.
    assert same.count("signed") == 16
    assert distinct.count("signed") == 48
    assert Signature.objects.filter(email_normalized="same@example.org").count() == 1
    assert Signature.objects.count() == 49
    assert fresh_count(petition) == 49


def _petition(home_page):
    from tests.signons.factories import CampaignIndexPageFactory, PetitionPageFactory

    return PetitionPageFactory(parent=CampaignIndexPageFactory(parent=home_page))


def test_counts_of_several_petitions_are_read_in_one_query_and_then_from_the_cache(
    client, petition, take_action, django_assert_num_queries
):
    from tests.signons.factories import PetitionPageFactory

    other = PetitionPageFactory(parent=take_action, title="Another", slug="another")
    PetitionCounter.objects.add(petition.translation_key, 3)
    PetitionCounter.objects.add(other.translation_key, 5)
    cache.clear()
    keys = [petition.translation_key, other.translation_key]

    with django_assert_num_queries(1):
        first = signature_counts(keys)
    with django_assert_num_queries(0):
        again = signature_counts(keys)

    assert first == again == {petition.translation_key: 3, other.translation_key: 5}
