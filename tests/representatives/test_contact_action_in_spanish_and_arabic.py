"""The contact action speaks the reader's language in every case, without JavaScript: Spanish,
and right-to-left Arabic, with translated titles, states and the translated script."""

import pytest
from django.utils import translation

from home.translating import translate
from tests.representatives.conftest import SCRIPT, member

SCRIPTS = {
    "es": "Hola, {title} {member}: vivo en {state}. Proteja el derecho de asilo.",
    "ar": "مرحبًا {title} {member}، أعيش في {state}. احمِ حق اللجوء.",
}
# zip → what each language's page says (besides the member's name).
CASES = {
    "05401": {  # one district, at large
        "es": [
            "Tus miembros del Congreso para el código postal 05401",
            "Vermont, distrito único",
            "vivo en Vermont",
        ],
        "ar": [
            "أعضاء الكونغرس الذين يمثّلونك للرمز البريدي 05401",
            "فيرمونت، دائرة واحدة",
            "أعيش في فيرمونت",
        ],
    },
    "35005": {  # several districts
        "es": ["Tu código postal está repartido entre distritos", "Alabama, distrito 7"],
        "ar": ["رمزك البريدي موزّع بين دوائر انتخابية", "ألاباما، الدائرة 7"],
    },
    "00000": {  # unknown
        "es": [
            "No encontramos el código postal 00000",
            '<option value="NC">Carolina del Norte</option>',
        ],
        "ar": ["لم نعثر على الرمز البريدي 00000", '<option value="NC">كارولاينا الشمالية</option>'],
    },
    "20001": {  # DC
        "es": ["Distrito de Columbia no tiene senadores", "Delegada"],
        "ar": ["ليس لـمقاطعة كولومبيا أعضاء في مجلس الشيوخ", "المندوبة"],
    },
    "00901": {  # a territory
        "es": ["Puerto Rico no tiene senadores", "Comisionado Residente"],
        "ar": ["ليس لـبورتوريكو أعضاء في مجلس الشيوخ", "المفوّض المقيم"],
    },
    "abc": {  # not a ZIP
        "es": ["«abc» no es un código postal"],
        "ar": ["«abc» ليس رمزًا بريديًا"],
    },
}


@pytest.fixture(params=["es", "ar"])
def translated(request, alert):
    language = request.param
    page = translate(
        alert,
        language,
        {
            "Call your members of Congress": "—",
            SCRIPT: SCRIPTS[language],
            "Protect asylum now.": "¡Asilo ya!",
        },
    )
    return language, page


@pytest.mark.parametrize("zip_code", CASES)
def test_every_case_reads_in_the_readers_language(client, translated, zip_code):
    language, page = translated

    html = client.get(page.url, {"zip": zip_code}).content.decode()

    assert page.url.startswith(f"/{language}/")
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    for text in CASES[zip_code][language]:
        assert text in html, text
    assert "Your members of Congress" not in html and "Call the" not in html


def test_the_script_is_the_translators_with_the_members_name_filled_in(client, translated):
    language, page = translated
    vermont = member("VT", district=0)

    html = client.get(page.url, {"zip": "05401"}).content.decode()

    with translation.override(language):
        title = vermont.title  # by the member's gender, e.g. "Representante", "النائبة"
    filled = SCRIPTS[language].format(title=title, member=vermont.full_name, state="{state}")
    assert filled.split("{state}")[0] in html
    assert "tel:+1" in html


def test_phone_numbers_keep_their_order_in_arabic(client, alert):
    arabic = translate(alert, "ar", {})
    representative = member("VT", district=0)

    html = client.get(arabic.url, {"zip": "05401"}).content.decode()

    # Left-to-right isolates: without them "202-225-4115" reads "4115-225-202" in Arabic.
    assert f"\u2066{representative.phone}\u2069" in html
