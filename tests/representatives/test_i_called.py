"""'I called': a reader's call is counted anonymously per alert and member, within limits."""

import pytest

from campaigns.representatives.models import CallCount
from home.translating import translate
from tests.representatives.conftest import block_id, member, senators

VERMONT_ZIP = "05401"


def called(client, page, bioguide_id, *, json=False, **extra):
    data = {"page": page.pk, "block": block_id(page), "member": bioguide_id, "zip": VERMONT_ZIP}
    data.update(extra.pop("data", {}))
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    language = page.locale.language_code
    prefix = "" if language == "en" else f"/{language}"
    return client.post(f"{prefix}/representatives/called/", data, **headers, **extra)


def test_i_called_counts_the_call_and_brings_the_reader_back_to_a_thank_you(client, alert):
    rep = member("VT", district=0)

    response = called(client, alert, rep.bioguide_id, data={"next": alert.url})

    assert response.status_code == 303
    assert response["Location"] == (
        f"{alert.url}?zip={VERMONT_ZIP}&called={rep.bioguide_id}#member-{rep.bioguide_id}"
    )
    assert CallCount.objects.get(page=alert, member=rep).count == 1
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for calling. Your call is counted." in html
    assert "One call made" in html


def test_the_alert_shows_the_total_of_calls_and_the_json_answer_says_it(client, alert):
    vermont = [member("VT", district=0), *senators("VT")]
    for who in vermont:
        answer = called(client, alert, who.bioguide_id, json=True).json()

    assert answer["calls"] == 3
    assert answer["calls_text"] == "3 calls made"
    assert "3 calls made" in client.get(alert.url).content.decode()


def test_calls_from_a_translation_add_up_with_the_source_pages(client, alert):
    spanish = translate(alert, "es", {})
    rep = member("VT", district=0)

    called(client, alert, rep.bioguide_id)
    answer = called(client, spanish, rep.bioguide_id, json=True).json()

    assert answer["calls"] == 2
    assert answer["message"] == "Gracias por llamar. Contamos tu llamada."
    assert sum(CallCount.objects.values_list("count", flat=True)) == 2


def test_no_personal_data_is_kept_with_a_call(alert):
    fields = {field.name for field in CallCount._meta.get_fields()}

    assert fields == {"id", "page", "member", "count"}


def test_calls_past_the_rate_limit_are_refused_and_not_counted(client, alert, settings):
    settings.REPRESENTATIVES_CALL_RATE_LIMITS = [(2, 600)]
    rep = member("VT", district=0)

    statuses = [called(client, alert, rep.bioguide_id, json=True).status_code for _ in range(3)]
    refused = called(client, alert, rep.bioguide_id)

    assert statuses == [200, 200, 429]
    assert refused.status_code == 429
    assert "many calls already" in refused.content.decode()
    assert CallCount.objects.get(page=alert, member=rep).count == 2


def test_a_call_posted_from_another_site_is_refused(client, alert):
    rep = member("VT", district=0)

    response = called(client, alert, rep.bioguide_id, json=True, HTTP_ORIGIN="https://evil.example")

    assert response.status_code == 403
    assert not CallCount.objects.exists()


@pytest.mark.parametrize(
    "data",
    [{"member": "NOBODY"}, {"block": "not-a-block"}, {"page": "999999"}, {"page": "x"}],
)
def test_a_call_to_no_such_member_or_action_is_a_clear_400(client, alert, data):
    rep = member("VT", district=0)

    response = called(client, alert, rep.bioguide_id, json=True, data=data)

    assert response.status_code == 400
    assert response.json()["error"] == "refused"
    assert not CallCount.objects.exists()


def test_i_called_only_answers_posts(client):
    assert client.get("/representatives/called/").status_code == 405


def test_staff_see_the_calls_in_a_table(admin_client, alert):
    rep = member("VT", district=0)
    called(admin_client.__class__(), alert, rep.bioguide_id)

    html = admin_client.get("/admin/calls-to-congress/").content.decode()

    assert "Calls to Congress" in html
    assert f"<td>{alert.title}</td><td>{rep}</td><td>1</td>" in html
