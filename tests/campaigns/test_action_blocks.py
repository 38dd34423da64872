"""An alert's actions render as things a reader can do: call, email, post, sign or follow a link."""

from urllib.parse import parse_qs, urlparse

from campaigns.blocks import SocialPostBlock
from tests.campaigns.factories import ActionAlertPageFactory, PetitionPageFactory, TargetFactory


def test_a_call_action_lists_each_target_with_a_phone_link_and_the_plain_number(
    client, take_action
):
    senator = TargetFactory(
        name="Sen. Maria Lopez", office="U.S. Senator", state="NM", phone="202 224 5521"
    )
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[
            (
                "call",
                {
                    "heading": "Call your senator",
                    "script": "Please protect asylum.",
                    "targets": [senator],
                    "phone": "202-456-1111",
                    "phone_label": "White House",
                },
            )
        ],
    )

    html = client.get(alert.url).content.decode()

    assert "<strong>Sen. Maria Lopez</strong>, U.S. Senator (NM)" in html
    assert 'href="tel:2022245521"' in html
    assert '<strong>White House</strong> <a class="button" href="tel:202-456-1111">' in html
    assert "Please protect asylum." in html


def test_a_social_post_offers_share_links_with_the_text_and_handles_and_a_copy_button(
    client, take_action
):
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[
            (
                "social_post",
                {
                    "heading": "Post it",
                    "text": "Protect asylum now.",
                    "handles": ["@WhiteHouse"],
                    "url": "https://coalition.example/act/",
                },
            )
        ],
    )

    html = client.get(alert.url).content.decode()
    value = SocialPostBlock().to_python(
        {
            "heading": "",
            "text": "Protect asylum now.",
            "handles": ["@WhiteHouse"],
            "url": "https://coalition.example/act/",
        }
    )
    links = dict(value.share_links())

    assert set(links) == {"X", "Bluesky", "Mastodon", "Facebook"}
    assert parse_qs(urlparse(links["X"]).query)["text"] == ["Protect asylum now. @WhiteHouse"]
    assert parse_qs(urlparse(links["Facebook"]).query)["u"] == ["https://coalition.example/act/"]
    assert 'data-copy-text="Protect asylum now. @WhiteHouse"' in html
    assert "Post on Bluesky" in html and "Post on Mastodon" in html


def test_a_petition_action_shows_the_petitions_count_and_sign_button(client, take_action):
    petition = PetitionPageFactory(parent=take_action, title="Letter to the President", goal=500)
    alert = ActionAlertPageFactory(
        parent=take_action,
        actions=[("petition", {"heading": "Sign the letter", "petition": petition})],
    )

    html = client.get(alert.url).content.decode()

    assert "0 signatures of 500" in html
    assert f'href="{petition.url}#sign"' in html
