"""Post sign-ons the way the rendered form does."""

from urllib.parse import urlencode

from campaigns.signons import form_tokens

ORIGIN = "http://testserver"


def sign(
    client,
    petition,
    *,
    token_age=10,
    origin=ORIGIN,
    ip="203.0.113.7",
    referer=None,
    forwarded_for=None,
    json=False,
    follow=True,
    endpoint=None,
    **fields,
):
    """POST a sign-on the way the rendered form would, `token_age` seconds after rendering.

    An HTML sign-on is answered with a redirect to the thank-you page, which is followed unless
    `follow` is False (the answer is then the redirect itself). `endpoint` posts elsewhere than
    the petition page's form does (an embed's form)."""
    data = {
        "first_name": "Ruth",
        "last_name": "Cohen",
        "email": "ruth@example.org",
        "form_token": form_tokens.issue(
            petition.translation_key, now=form_tokens.clock() - token_age
        ),
        "website": "",
    }
    data.update(fields)
    headers = {"REMOTE_ADDR": ip}
    if origin:
        headers["HTTP_ORIGIN"] = origin
    if referer:
        headers["HTTP_REFERER"] = referer
    if forwarded_for:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    if json:
        headers["HTTP_ACCEPT"] = "application/json"
    body = urlencode({key: value for key, value in data.items() if value is not None})
    return client.post(
        endpoint or f"/sign/{petition.pk}/",
        body,
        content_type="application/x-www-form-urlencoded",
        follow=follow,
        **headers,
    )


def sign_past_the_minute_limit(client, petition):
    """Twenty sign-ons from one address (each must succeed), then the twenty-first's answer."""
    for number in range(20):
        assert sign(client, petition, email=f"member{number}@shul.example").status_code == 200
    return sign(client, petition, email="member20@shul.example")
