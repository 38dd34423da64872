"""The sign-on form tells browsers what each field holds, and a failed sign-on points at each error."""

import json
import re

from tests.signons.factories import PetitionPageFactory
from tests.signons.posting import sign


def signer_fields(*names):
    return json.dumps(
        [{"type": "field", "value": {"name": name, "required": False}} for name in names]
    )


def input_tag(html, name):
    return re.search(rf'<input [^>]*name="{name}"[^>]*>', html).group(0)


def test_every_field_says_what_a_browser_may_fill_it_with(client, take_action):
    petition = PetitionPageFactory(
        parent=take_action,
        signer_fields=signer_fields("organisation", "postal_code", "country", "phone"),
    )

    html = client.get(petition.url).content.decode()

    expected = {
        "first_name": "given-name",
        "last_name": "family-name",
        "email": "email",
        "organisation": "organization",
        "postal_code": "postal-code",
        "country": "country-name",
        "phone": "tel",
    }
    assert {
        name: re.search(r'autocomplete="([^"]+)"', input_tag(html, name)).group(1)
        for name in expected
    } == expected
    assert 'type="tel"' in input_tag(html, "phone")
    assert "(optional)" in html


def test_a_failed_sign_on_opens_at_the_form_with_a_summary_linking_to_each_error(client, petition):
    response = sign(client, petition, first_name="", email="not an email")

    html = response.content.decode()
    assert response.status_code == 400
    assert f'action="/sign/{petition.pk}/#sign"' in html
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert 'tabindex="-1"' in summary
    assert re.findall(r'href="#(id_\w+)"', summary) == ["id_first_name", "id_email"]
    for field in ("first_name", "email"):
        tag = input_tag(html, field)
        assert 'aria-invalid="true"' in tag
        assert f'aria-describedby="id_{field}_error"' in tag
        assert f'id="id_{field}_error"' in html
    assert 'aria-invalid="true"' not in input_tag(html, "last_name")
    assert "js/error-summary.js" in html
