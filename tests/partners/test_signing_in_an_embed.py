"""A reader signs inside a partner's frame and is thanked there, under the usual protections."""

from campaigns.models import PetitionPage, Signature
from tests.partners.conftest import RAS_SITE, translate
from tests.partners.framing import frame_ancestors
from tests.signons.posting import sign


def sign_in_frame(client, petition, **fields):
    return sign(client, petition, endpoint=f"/sign/{petition.pk}/in-frame/", **fields)


def test_a_sign_on_in_the_frame_is_thanked_in_the_frame(client, petition, ras):
    response = sign_in_frame(client, petition, partner="ras")

    thanks = f"/embed/petitions/{petition.translation_key}/thanks/?partner=ras"
    assert response.redirect_chain == [(thanks, 303)]
    html = response.content.decode()
    assert "Thank you for signing." in html and "Your name joins thousands of others." in html
    assert frame_ancestors(response) == ["'self'", RAS_SITE, "https://www.ras.example"]
    assert "X-Frame-Options" not in response
    assert Signature.objects.get().email_normalized == "ruth@example.org"
    assert PetitionPage.objects.get(pk=petition.pk).signature_count() == 1


def test_the_frames_sign_on_answer_may_be_framed_and_is_never_stored(client, petition, ras):
    response = sign_in_frame(client, petition, partner="ras", follow=False)

    assert response.status_code == 303
    assert "no-store" in response["Cache-Control"]
    assert frame_ancestors(response) == ["'self'", RAS_SITE, "https://www.ras.example"]


def test_a_sign_on_with_errors_comes_back_in_the_frame_with_them_and_is_not_stored(
    client, petition, ras
):
    response = sign_in_frame(client, petition, partner="ras", email="not-an-email")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid email address." in html
    assert 'value="not-an-email"' in html
    assert 'name="partner" value="ras"' in html
    assert f'action="/sign/{petition.pk}/in-frame/#sign"' in html
    assert "no-store" in response["Cache-Control"]
    assert frame_ancestors(response) == ["'self'", RAS_SITE, "https://www.ras.example"]
    assert not Signature.objects.exists()


def test_a_refused_sign_on_is_explained_in_the_frame(client, petition, ras):
    response = sign_in_frame(client, petition, partner="ras", website="https://spam.example")

    assert response.status_code == 400
    assert "Your sign-on could not be accepted." in response.content.decode()
    assert frame_ancestors(response)[1:] == [RAS_SITE, "https://www.ras.example"]


def test_the_frames_form_must_come_from_our_own_pages(client, petition, ras):
    # The framed form is our page, so its Origin is ours; the partner's own page cannot post.
    response = sign_in_frame(client, petition, partner="ras", origin=RAS_SITE)

    assert response.status_code == 403
    assert not Signature.objects.exists()


def test_a_spanish_reader_is_thanked_in_spanish(client, petition):
    spanish = translate(petition, "es", title="Asilo justo ya")

    response = sign_in_frame(client, spanish, partner="ras")

    assert response.redirect_chain[0][0].startswith(
        f"/es/embed/petitions/{petition.translation_key}/thanks/"
    )
    assert "Gracias por firmar." in response.content.decode()
    assert Signature.objects.get().locale == "es"


def test_a_json_client_gets_the_usual_json_answer(client, petition):
    response = sign_in_frame(client, petition, json=True, follow=False, email="bad")

    assert response.status_code == 400
    assert response.json()["error"] == "invalid"


def test_a_json_sign_on_through_the_frames_endpoint_answers_json(client, petition):
    response = sign_in_frame(client, petition, json=True, follow=False)

    assert response.json()["status"] == "signed"
