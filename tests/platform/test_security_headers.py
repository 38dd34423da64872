"""Every answer carries a Content-Security-Policy; framing by other sites is denied."""

from tests.factories import StandardPageFactory


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for directive in policy.split(";"):
        name, *values = directive.split()
        parsed[name] = values
    return parsed


def test_public_pages_allow_scripts_only_from_this_site_and_deny_framing(client, home_page):
    StandardPageFactory(parent=home_page, slug="about")

    response = client.get("/about/")
    policy = directives(response)

    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"]


def test_the_admin_also_allows_the_inline_scripts_wagtail_uses(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response)

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]


def test_the_admin_sign_in_page_carries_the_policy(client, db):
    response = client.get("/admin/login/")

    assert "default-src 'self'" in response["Content-Security-Policy"]
