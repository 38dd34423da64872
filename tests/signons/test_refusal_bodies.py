"""Every refusal says why, in the format asked for; none is a bare status."""

import pytest

from campaigns.models import Signature
from tests.signons.posting import sign


@pytest.mark.parametrize(
    "path",
    ["/api/petitions/00000000-0000-4000-8000-000000000001/count/", "/sign/confirm/x/", "/healthz"],
)
@pytest.mark.parametrize("method", ["options", "post", "delete"])
def test_other_methods_on_the_machine_endpoints_are_refused_with_a_reason(client, db, path, method):
    response = getattr(client, method)(path, HTTP_ACCEPT="application/json")

    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert response.json() == {
        "error": "method_not_allowed",
        "message": f"This address does not take {method.upper()} requests.",
    }


def test_an_unknown_petition_is_a_json_404_when_json_is_asked(client, db):
    response = client.post(
        "/sign/999999/",
        "first_name=x",
        content_type="application/x-www-form-urlencoded",
        HTTP_ORIGIN="http://testserver",
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.parametrize("json", [False, True])
def test_a_multipart_body_without_a_boundary_is_a_400_that_says_so(client, petition, json):
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    response = client.post(
        f"/sign/{petition.pk}/",
        b"--x\r\n",
        content_type="multipart/form-data",
        HTTP_ORIGIN="http://testserver",
        **headers,
    )

    assert response.status_code == 400
    if json:
        assert response.json()["error"] == "unreadable"
    else:
        assert "The form could not be read." in response.content.decode()
    assert not Signature.objects.exists()


def test_a_chunked_body_is_refused_as_unreadable_not_as_an_expired_form(client, petition):
    response = client.post(
        f"/sign/{petition.pk}/",
        "",
        content_type="application/x-www-form-urlencoded",
        HTTP_ORIGIN="http://testserver",
        HTTP_TRANSFER_ENCODING="chunked",
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 411
    assert response.json()["message"] == "The form could not be read."


def test_a_sign_on_refused_for_its_rate_is_told_when_to_try_again(client, petition, settings):
    settings.SIGNON_RATE_LIMITS = [(1, 60)]
    sign(client, petition, email="a@example.org")

    response = sign(client, petition, email="b@example.org", json=True)

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["error"] == "rate_limited"
