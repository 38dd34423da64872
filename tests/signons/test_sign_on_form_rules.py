"""The endpoint checks a sign-on with the form's own fields, without building a form each time:
it must accept and clean exactly what the form would, and refuse what the form would refuse."""

import pytest
from django.http import QueryDict

from campaigns.signons.config import SignOnConfig
from campaigns.signons.forms import clean_sign_on, form_class, form_for_petition

CONFIG = SignOnConfig(
    page_id=1,
    petition_key="00000000-0000-4000-8000-000000000001",
    language="en",
    opens_at=None,
    closes_at=None,
    double_opt_in=False,
    consent_snapshot="",
    signer_fields=(("title", False), ("city", True), ("comment", False)),
    category_labels=(("clergy", "Clergy"), ("individual", "Individual")),
    list_signers=True,
    thanks_url="/take-action/x/thanks/",
)

VALID = {
    "first_name": " Ruth ",
    "last_name": "Cohen",
    "email": "Ruth@Example.org",
    "city": "Albuquerque",
}


def posted(**fields) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in fields.items():
        data[name] = value
    return data


@pytest.mark.parametrize(
    "fields",
    [
        VALID,
        {**VALID, "title": "Rabbi", "category": "clergy", "list_publicly": "on"},
        {**VALID, "comment": "  Welcome the stranger.  ", "list_publicly": ""},
        {**VALID, "city": ""},  # a required question left out
        {**VALID, "email": "not-an-address"},
        {**VALID, "first_name": "x" * 101},
        {**VALID, "category": "bishop"},  # not one of the petition's categories
        {key: value for key, value in VALID.items() if key != "last_name"},
        {**VALID, "title": "<b>Rabbi</b>"},  # kept as text; escaped wherever it is shown
    ],
)
def test_the_endpoint_accepts_and_cleans_exactly_what_the_form_does(fields):
    data = posted(**fields)
    form = form_for_petition(CONFIG, data)

    expected = form.cleaned_data if form.is_valid() else None

    assert clean_sign_on(CONFIG, data) == expected


def test_valid_values_come_back_trimmed():
    cleaned = clean_sign_on(CONFIG, posted(**VALID, list_publicly="on"))

    assert cleaned["first_name"] == "Ruth"
    assert cleaned["list_publicly"] is True
    assert cleaned["category"] == ""


def test_one_form_class_serves_every_petition_with_the_same_questions():
    same = SignOnConfig(**{**CONFIG.__dict__, "page_id": 2})
    other = SignOnConfig(**{**CONFIG.__dict__, "signer_fields": ()})

    assert form_class(same) is form_class(CONFIG)
    assert "city" not in form_class(other).base_fields
