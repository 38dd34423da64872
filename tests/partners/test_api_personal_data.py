"""No answer of the read API, the count API or an embed holds a signer's personal data."""

import re

import pytest
from django.core.management import call_command

from campaigns.models import PetitionPage, Signature
from newsroom.api import API_FIELDS

TYPES = [f"{model._meta.app_label}.{model.__name__}" for model in API_FIELDS]


def every_answer(client):
    """The text of every listing page of every type (all fields), every page's detail, and each
    petition's count and embed."""
    answers, ids = [], []
    for page_type in TYPES:
        offset = 0
        while True:
            response = client.get(
                f"/api/v2/pages/?type={page_type}&fields=*&limit=20&offset={offset}"
            )
            data = response.json()
            answers.append(response.content.decode())
            ids += [item["id"] for item in data["items"]]
            offset += 20
            if offset >= data["meta"]["total_count"]:
                break
    for page_id in ids:
        answers.append(client.get(f"/api/v2/pages/{page_id}/").content.decode())
    for key in set(PetitionPage.objects.live().values_list("translation_key", flat=True)):
        answers.append(client.get(f"/api/petitions/{key}/count/").content.decode())
        answers.append(client.get(f"/embed/petitions/{key}/").content.decode())
    return answers, ids


@pytest.mark.django_db
def test_no_answer_holds_a_demo_signers_email_phone_or_postal_code(client):
    call_command("load_demo_content")
    signers = Signature.objects.values_list("email", "phone", "postal_code")
    emails = {email for email, _phone, _code in signers}
    phones = {phone for _email, phone, _code in signers if phone}
    postal_codes = {code for _email, _phone, code in signers if code}
    assert len(emails) > 2000 and len(phones) > 200 and len(postal_codes) > 200

    answers, ids = every_answer(client)

    assert len(ids) >= 10  # the demo's stories, alerts, petitions, partners and resources
    personal = re.compile(
        r"(?<![\w.+-])("
        + "|".join(re.escape(value) for value in emails | phones | postal_codes)
        + r")(?![\w.-])"
    )
    assert [match for text in answers for match in personal.findall(text)] == []
