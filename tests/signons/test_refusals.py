"""Every refusal of the sign-on endpoint answers clearly and stores nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.models import Signature
from campaigns.signons import form_tokens
from tests.signons.posting import sign, sign_past_the_minute_limit


def refused(response, status, text):
    assert response.status_code == status
    assert text in response.content.decode()
    assert not Signature.objects.exists()
    return True


@pytest.fixture
def still_clock(monkeypatch):
    """Tokens are issued and checked at one instant, so a token's age is exactly as given."""
    now = form_tokens.clock()
    monkeypatch.setattr(form_tokens, "clock", lambda: now)


def test_a_form_sent_under_two_seconds_after_rendering_is_refused(client, petition, still_clock):
    assert refused(sign(client, petition, token_age=1.9), 400, "That was very quick")


def test_a_form_sent_two_seconds_after_rendering_is_accepted(client, petition, still_clock):
    assert sign(client, petition, token_age=2).status_code == 200
    assert Signature.objects.count() == 1


def test_a_form_older_than_a_day_is_refused(client, petition, still_clock):
    assert refused(sign(client, petition, token_age=24 * 3600 + 1), 400, "This form has expired")


def test_a_form_just_under_a_day_old_is_accepted(client, petition, still_clock):
    assert sign(client, petition, token_age=24 * 3600 - 1).status_code == 200


def test_a_token_for_another_petition_is_refused(client, petition, take_action):
    from tests.signons.factories import PetitionPageFactory

    other = PetitionPageFactory(parent=take_action)
    token = form_tokens.issue(other.translation_key, now=form_tokens.clock() - 10)
    assert refused(sign(client, petition, form_token=token), 400, "This form has expired")


def test_a_forged_token_is_refused(client, petition):
    assert refused(sign(client, petition, form_token="abc:def"), 400, "This form has expired")


def test_a_filled_honeypot_is_refused(client, petition):
    assert refused(
        sign(client, petition, website="http://spam.example"), 400, "could not be accepted"
    )


def test_a_post_from_a_foreign_origin_is_refused(client, petition):
    response = sign(client, petition, origin="https://evil.example")
    assert refused(response, 403, "Please sign on the petition&#x27;s own page")


def test_a_post_without_origin_or_referer_is_refused(client, petition):
    assert refused(sign(client, petition, origin=None), 403, "own page")


def test_a_post_with_only_our_referer_is_accepted(client, petition):
    response = sign(client, petition, origin=None, referer="http://testserver/take-action/x/")
    assert response.status_code == 200


def test_an_allowed_embedding_origin_may_post(client, petition, settings):
    settings.SIGNON_ALLOWED_ORIGINS = ["https://partner.example"]
    assert sign(client, petition, origin="https://partner.example").status_code == 200


def test_the_twenty_first_sign_on_in_a_minute_from_one_ip_is_refused(client, petition):
    response = sign_past_the_minute_limit(client, petition)

    assert response.status_code == 429
    assert "Too many sign-ons from your network" in response.content.decode()
    assert Signature.objects.count() == 20


def test_the_rate_limit_is_per_ip(client, petition, settings):
    settings.SIGNON_RATE_LIMITS = [(1, 60)]
    assert sign(client, petition, email="a@example.org").status_code == 200
    assert sign(client, petition, email="b@example.org", ip="198.51.100.1").status_code == 200
    assert sign(client, petition, email="c@example.org").status_code == 429


def test_posts_another_site_makes_a_visitors_browser_send_do_not_use_up_their_limit(
    client, petition, settings
):
    settings.SIGNON_RATE_LIMITS = [(1, 60)]
    sign(client, petition, email="a@example.org", ip="198.51.100.9")  # the petition is known now
    for _ in range(3):
        assert sign(client, petition, origin="https://evil.example").status_code == 403

    assert sign(client, petition, email="visitor@example.org").status_code == 200
    assert sign(client, petition, email="again@example.org").status_code == 429


def test_a_null_byte_is_refused(client, petition):
    assert refused(sign(client, petition, first_name="Ru\x00th"), 400, "could not be read")


def test_text_that_is_not_utf8_is_refused(client, petition):
    response = client.post(
        f"/sign/{petition.pk}/",
        b"first_name=%FF%FE&last_name=x",
        content_type="application/x-www-form-urlencoded",
        HTTP_ORIGIN="http://testserver",
    )
    assert refused(response, 400, "could not be read")


def test_an_oversize_body_is_refused(client, petition, settings):
    assert refused(sign(client, petition, comment="x" * 17_000), 413, "too large")


def test_a_closed_petition_refuses_sign_ons_and_hides_its_form(client, petition):
    petition.closes_at = timezone.now() - timedelta(minutes=1)
    petition.save_revision().publish()

    response = sign(client, petition)

    assert refused(response, 403, "This petition is closed")
    html = client.get(petition.url).content.decode()
    assert "This petition is closed" in html
    assert 'name="form_token"' not in html


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch", "options"])
def test_other_methods_are_refused_with_a_reason_and_the_allowed_method(client, petition, method):
    response = getattr(client, method)(f"/sign/{petition.pk}/", HTTP_ACCEPT="application/json")

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["error"] == "method"
    assert "sent with the form" in response.json()["message"]


def test_a_get_to_the_endpoint_explains_itself_in_html(client, petition):
    response = client.get(f"/sign/{petition.pk}/")

    assert refused(response, 405, "Sign-ons are sent with the form.")


def test_refusals_answer_json_when_asked(client, petition):
    response = sign(client, petition, token_age=0, json=True)

    assert response.status_code == 400
    assert response.json()["error"] == "too_fast"


def test_markup_in_a_field_is_shown_escaped(client, petition):
    response = sign(client, petition, first_name="<script>alert(1)</script>", email="bad")

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("email", ["not-an-email", "a@"])
def test_an_invalid_email_re_renders_the_form(client, petition, email):
    response = sign(client, petition, email=email)
    assert refused(response, 400, "Enter a valid email address")


def test_an_overlong_name_re_renders_the_form(client, petition):
    response = sign(client, petition, last_name="x" * 101)
    assert refused(response, 400, "at most 100 characters")


def test_a_malformed_origin_is_refused_not_an_error(client, petition):
    assert refused(sign(client, petition, origin="http://[::1"), 403, "own page")


def test_an_invalid_json_sign_on_lists_the_field_errors(client, petition):
    response = sign(client, petition, email="not-an-email", json=True)

    assert response.status_code == 400
    assert response.json()["fields"] == {"email": ["Enter a valid email address."]}
    assert not Signature.objects.exists()
