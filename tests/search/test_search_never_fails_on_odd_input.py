"""No search input is a server error, on SQLite or PostgreSQL: odd queries find nothing or a 400."""

import pytest

from tests.campaigns.factories import NewsIndexPageFactory, NewsPageFactory

# Each once broke, or breaks, some full-text query parser (FTS5 on SQLite, tsquery on PostgreSQL).
NASTY = [
    '"',
    '""',
    '"asylum',
    'asylum"',
    '"asylum" "',
    "'",
    "*",
    "asylum*",
    "-",
    "-asylum",
    "NOT",
    "asylum AND",
    "OR OR",
    "NEAR(",
    "(",
    ")",
    "&|!():",
    "!",
    "asylum & | !",
    "<->",
    "a:*",
    ":",
    "^",
    "\\",
    "%",
    "_",
    "asylum\x00now",
    "\x00",
    "\u202e\u200f",
    "😀",
    "asylum " * 200,
    "x" * 5000,
]


@pytest.fixture
def stories(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(
        parent=news, title="Asylum hearings", body=[("paragraph", "<p>Asylum now.</p>")]
    )
    return news


@pytest.mark.parametrize("query", NASTY, ids=[repr(query)[:30] for query in NASTY])
def test_an_odd_search_query_answers_with_a_page_not_a_server_error(client, stories, query):
    for path in ("/search/", "/es/search/"):
        response = client.get(path, {"query": query})

        # 200 with the search page, or 400 saying what was wrong (NUL bytes are refused so).
        assert response.status_code in (200, 400), (query, response.status_code)
        if response.status_code == 200:
            assert 'name="query"' in response.content.decode()
        else:
            assert any(words in response.content.decode() for words in ("null byte", "byte nulo"))


@pytest.mark.parametrize("query", ['"', "*", "-", "&|!():", "asylum\x00now"])
def test_odd_search_queries_with_a_page_type_or_page_number_are_answered_too(
    client, stories, query
):
    response = client.get("/search/", {"query": query, "type": "news", "page": "2"})

    assert response.status_code in (200, 400)


def test_a_query_with_a_stray_quote_still_finds_the_words_in_it(client, stories):
    html = client.get("/search/", {"query": '"asylum'}).content.decode()

    assert "Asylum hearings" in html
