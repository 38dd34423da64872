"""A reader of a Spanish page sees the interface in Spanish, with Spanish dates and numbers."""

import pytest

from campaigns.signons.counting import set_count
from home.translating import translate
from tests.home.delivered_petition import delivered_petition
from tests.signons.outbox import deliver
from tests.signons.posting import sign


@pytest.fixture
def spanish_petition(home_page):
    petition = delivered_petition(home_page, "es")
    set_count(petition.translation_key, 1412)
    return translate(petition, "es", {"Fair asylum now": "Asilo justo ya"})


def test_a_spanish_petition_page_speaks_spanish_with_spanish_numbers_and_dates(
    client, spanish_petition
):
    html = client.get(spanish_petition.url).content.decode()

    assert spanish_petition.url.startswith("/es/")
    assert "Asilo justo ya" in html
    assert '<a class="skip-link" href="#main">Saltar al contenido</a>' in html
    assert "<span>Buscar</span>" in html
    assert "Firma la petición" in html
    assert '<label for="id_first_name">Nombre' in html
    assert '<label for="id_email">Correo electrónico' in html
    assert ">1.412</strong> firmas de 2.000</p>" in html
    assert "Se entregó el 5 de marzo de 2026" in html
    assert "Skip to content" not in html
    assert "signatures of" not in html


def test_a_sign_on_from_the_spanish_page_is_thanked_in_spanish(client, spanish_petition):
    response = sign(client, spanish_petition)

    html = response.content.decode()
    assert "Gracias por firmar." in html
    assert "Volver a “Asilo justo ya”" in html
    assert "1.413</strong> firmas de 2.000" in html


def test_a_refused_json_sign_on_explains_itself_in_spanish(client, spanish_petition):
    response = sign(client, spanish_petition, json=True, token_age=0)

    assert response.status_code == 400
    assert response.json()["message"] == "Eso fue muy rápido. Espera un momento y vuelve a firmar."


def test_the_spanish_search_page_labels_its_form_in_spanish(client, spanish_petition):
    html = client.get("/es/search/").content.decode()

    assert '<label for="search-query">Buscar</label>' in html
    assert '<option value="">Todo</option>' in html
    assert '<option value="petition">Peticiones</option>' in html


def test_a_missing_spanish_page_says_so_in_spanish(client, spanish_petition):
    response = client.get("/es/no-existe/")

    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()


def test_an_invalid_json_sign_on_names_its_errors_in_spanish(client, spanish_petition):
    response = sign(client, spanish_petition, json=True, email="no-es-un-correo")

    assert response.status_code == 400
    assert response.json()["message"] == "Algunos campos necesitan corrección."
    assert response.json()["fields"]["email"] == [
        "Introduzca una dirección de correo electrónico válida."
    ]


def test_the_confirmation_email_of_a_spanish_sign_on_is_in_spanish(client, home_page, mailoutbox):
    petition = delivered_petition(home_page, "es", double_opt_in=True)
    spanish = translate(petition, "es", {"Fair asylum now": "Asilo justo ya"})

    sign(client, spanish, first_name="Ana")
    deliver()

    (email,) = mailoutbox
    assert email.subject == "Confirma tu firma: Asilo justo ya"
    assert email.body.startswith("Hola, \u2068Ana\u2069:")
    assert (
        "Gracias por firmar “Asilo justo ya”. Confirma tu firma abriendo este enlace:" in email.body
    )
    assert "El enlace funciona durante 7 días." in email.body
