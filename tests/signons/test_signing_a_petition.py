"""A reader signs a petition and is counted once."""

import pytest

from campaigns.models import PetitionPage, Signature, SignatureStatus
from tests.signons.posting import sign


def test_a_sign_on_is_stored_counted_and_thanked(client, petition):
    response = sign(client, petition, email="  Ruth@Example.ORG ")

    html = response.content.decode()
    assert response.redirect_chain == [(f"{petition.url}thanks/", 303)]
    assert "Thank you for signing." in html
    assert "Your name joins thousands of others." in html
    signature = Signature.objects.get()
    assert signature.email_normalized == "ruth@example.org"
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.petition_key == petition.translation_key
    assert signature.locale == "en"
    assert signature.consent_text == "By signing you agree to receive occasional email updates."
    assert signature.ip_hash and "203.0.113.7" not in signature.ip_hash
    assert PetitionPage.objects.get(pk=petition.pk).signature_count() == 1
    assert (
        '<strong class="petition-progress__count" data-count="1">1</strong>'
        in client.get(petition.url).content.decode()
    )


def test_a_repeat_sign_on_with_the_same_email_in_other_case_adds_nothing(client, petition):
    sign(client, petition, email="Ruth@Example.org")
    response = sign(client, petition, email="  ruth@example.ORG ", first_name="Someone")

    assert "Thank you for signing." in response.content.decode()
    assert Signature.objects.filter(petition_key=petition.translation_key).count() == 1
    assert Signature.objects.get().first_name == "Ruth"
    assert PetitionPage.objects.get(pk=petition.pk).signature_count() == 1


def test_the_petition_page_shows_the_form_with_a_token_and_a_honeypot(client, petition):
    html = client.get(petition.url).content.decode()

    assert f'action="/sign/{petition.pk}/#sign"' in html
    assert 'name="form_token"' in html
    assert 'name="website"' in html
    assert "By signing you agree to receive occasional email updates." in html
    assert "0</strong> signatures of 1,000" in html


def test_a_json_sign_on_answers_json(client, petition):
    response = sign(client, petition, json=True)

    assert response.json() == {
        "status": "signed",
        "message": "Thank you for signing.",
        "thanks_url": f"{petition.url}thanks/",
    }


@pytest.mark.parametrize("field", ["first_name", "last_name", "email"])
def test_a_missing_required_field_re_renders_the_form_with_the_values_kept(client, petition, field):
    response = sign(client, petition, **{field: ""})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Please correct the fields marked below." in html
    assert "This field is required." in html
    if field != "email":
        assert 'value="ruth@example.org"' in html
    assert not Signature.objects.exists()


def test_a_malformed_referer_is_ignored_and_the_sign_on_is_kept(client, petition):
    response = sign(client, petition, email="ana@example.org", referer="http://[oops/?utm_source=x")

    assert response.status_code == 200
    assert Signature.objects.get().referrer == ""


def test_a_signature_is_labelled_by_number_never_by_the_signers_name(client, petition):
    sign(client, petition, email="ana@example.org", first_name="Ana", last_name="Ruiz")

    signature = Signature.objects.get()

    assert str(signature) == f"Signature {signature.pk}"
