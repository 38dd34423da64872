"""A reader of an Arabic page sees the interface in Arabic, with Arabic plural forms and dates."""

import pytest

from campaigns.signons.counting import set_count
from home.translating import translate
from tests.home.delivered_petition import delivered_petition


@pytest.fixture
def petition(home_page):
    return delivered_petition(home_page, "ar")


def arabic_page(client, petition, count: int) -> str:
    set_count(petition.translation_key, count)
    arabic = translate(petition, "ar", {"Fair asylum now": "لجوء عادل الآن"})
    return client.get(arabic.url).content.decode()


def test_an_arabic_petition_page_speaks_arabic(client, petition):
    html = arabic_page(client, petition, 1412)

    assert '<html lang="ar" dir="rtl">' in html
    assert "لجوء عادل الآن" in html
    assert '<a class="skip-link" href="#main">الانتقال إلى المحتوى</a>' in html
    assert "<span>بحث</span>" in html
    assert "وقّع العريضة" in html
    assert '<label for="id_last_name">اسم العائلة' in html
    assert ">1,412</strong> توقيعًا من أصل 2,000</p>" in html
    assert "سُلِّمت في 5 مارس، 2026" in html
    assert "Sign the petition" not in html


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (1, "توقيع من أصل"),
        (2, "توقيعان من أصل"),
        (7, "توقيعات من أصل"),
        (99, "توقيعًا من أصل"),
        (100, "توقيع من أصل"),
    ],
)
def test_the_count_takes_the_arabic_plural_form_for_its_number(client, petition, count, words):
    html = arabic_page(client, petition, count)

    assert f">{count}</strong> {words} 2,000</p>" in html
