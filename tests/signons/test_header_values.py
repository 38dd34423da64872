"""Values taken from headers and the address bar are cleaned before storing: no header gives a 5xx."""

import pytest

from campaigns.models import Signature
from tests.signons.posting import sign


@pytest.mark.parametrize("encoded", ["%00", "%01", "%1B", "%7F", "%0D%0A"])
def test_control_characters_in_the_referers_utm_values_are_dropped(client, petition, encoded):
    referer = f"http://testserver/take-action/fair-asylum/?utm_source=part{encoded}ner&utm_medium=e{encoded}mail"

    response = sign(client, petition, referer=referer, json=True)

    assert response.status_code == 200
    signature = Signature.objects.get()
    assert (signature.utm_source, signature.utm_medium) == ("partner", "email")


def test_an_overlong_referer_is_cut_to_fit(client, petition):
    response = sign(client, petition, referer="http://testserver/" + "x" * 2000, json=True)

    assert response.status_code == 200
    assert len(Signature.objects.get().referrer) == 500


def test_a_source_field_with_control_characters_is_cleaned(client, petition):
    sign(client, petition, source="news\x07letter\x1f", json=True)

    assert Signature.objects.get().source == "newsletter"
