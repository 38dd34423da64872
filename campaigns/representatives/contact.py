"""What a reader sees for each of their members: phone links, the filled-in script, a post.

Built from a lookup and, on an action, the editor's "Contact your members of Congress" block;
rendered the same way in the page (no JavaScript) and in the JSON answer (in place).
"""

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .lookup import Lookup, Outcome, Seat, find
from .states import state_choices, state_name

PLACEHOLDERS = ("member", "title", "state")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# (member's account field, link label, share address) for the pre-written post.
SHARE_ON = [
    ("twitter", _("Post on X"), "https://x.com/intent/post?"),
    ("mastodon", _("Post on Mastodon"), "https://mastodonshare.com/?"),
]


class Chambers:
    BOTH = "both"
    SENATE = "senate"
    HOUSE = "house"


def unknown_placeholders(text: str) -> list[str]:
    return [f"{{{name}}}" for name in PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]


def fill(text: str, values: dict[str, str]) -> str:
    """The text with {member}, {title} and {state} filled in (plain text: templates escape it)."""
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def tel_href(phone: str) -> str:
    """tel:+12025551234 for a US number written any way ("(202) 555-1234", "202.555.1234")."""
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}" if digits else ""


@dataclass
class Card:
    """One member (or a vacant seat), ready to show."""

    seat: Seat
    script: str = ""
    post: str = ""
    post_links: list[tuple[str, str]] = field(default_factory=list)
    called: bool = False

    @property
    def member(self):
        return self.seat.member

    @property
    def office(self):
        return self.seat.office

    @property
    def phone_href(self) -> str:
        return tel_href(self.member.phone) if self.member else ""

    @property
    def office_phone_href(self) -> str:
        return tel_href(self.office.phone) if self.office else ""

    @property
    def accounts(self) -> list[tuple[str, str]]:
        """(network, profile URL) for the member's Facebook and Instagram accounts."""
        member = self.member
        links = []
        if member and member.facebook:
            links.append(("Facebook", f"https://www.facebook.com/{quote(member.facebook)}"))
        if member and member.instagram:
            links.append(("Instagram", f"https://www.instagram.com/{quote(member.instagram)}/"))
        return links

    @property
    def anchor(self) -> str:
        return f"member-{self.member.bioguide_id}" if self.member else f"seat-{self.seat.key}"


@dataclass
class ContactResult:
    lookup: Lookup
    cards: list[Card]
    value: object = None  # the block's value on an action; None on the plain finder page
    page: object = None
    block_id: str = ""
    calls: int = 0
    heading_level: int = 4  # of the result's heading; cards are one level below
    # The page that shows this result without JavaScript: the action's own page when it was
    # read with GET, otherwise the finder page, told which action it speaks for.
    path: str = ""

    @property
    def needs_pick(self) -> bool:
        return self.lookup.outcome == Outcome.SEVERAL and not self.cards_without_pick

    @property
    def cards_without_pick(self) -> bool:
        """A Senate-only action needs no district, so a ZIP in one state is enough."""
        return bool(self.value and self.value["chambers"] == Chambers.SENATE and self.lookup.state)

    @property
    def anchor(self) -> str:
        return f"contact-{self.block_id}" if self.block_id else "representatives"

    @property
    def state_choices(self) -> list[tuple[str, str]]:
        return state_choices()

    @property
    def card_heading_level(self) -> int:
        return self.heading_level + 1

    @property
    def counts_calls(self) -> bool:
        return bool(self.value and self.value["count_calls"] and self.page and self.block_id)

    @property
    def action_params(self) -> dict[str, str]:
        """page and block, for answers given away from the action's page."""
        if self.block_id and self.page and self.path == reverse("representatives_find"):
            return {"page": str(self.page.pk), "block": self.block_id}
        return {}

    @property
    def lookup_url(self) -> str:
        """The JSON twin, for the result shown in place."""
        params = {"page": str(self.page.pk), "block": self.block_id} if self.block_id else {}
        return reverse("representatives_lookup") + (f"?{urlencode(params)}" if params else "")

    @property
    def picks(self) -> list[tuple[Seat, str]]:
        """Each candidate district with the address that picks it."""
        return [
            (seat, self.address(zip=self.lookup.zip_code, seat=seat.key))
            for seat in self.lookup.candidates
        ]

    def address(self, **params) -> str:
        query = urlencode({**self.action_params, **params})
        return f"{self.path}?{query}#{self.anchor}"


def contact_result(
    params,
    *,
    value=None,
    page=None,
    block_id: str = "",
    calls: int = 0,
    heading_level: int = 4,
    path: str = "",
) -> ContactResult:
    """The result for query parameters zip, seat, state and called (the member just counted)."""
    lookup = find(params.get("zip", ""), params.get("seat", ""), params.get("state", ""))
    chambers = value["chambers"] if value else Chambers.BOTH
    seats = []
    if chambers != Chambers.HOUSE:
        seats += lookup.senators
    if chambers != Chambers.SENATE and lookup.representative:
        seats.append(lookup.representative)
    if chambers == Chambers.SENATE and lookup.state and not lookup.has_senators:
        # DC and the territories have no senators: their delegate speaks for them instead.
        seats = [lookup.representative] if lookup.representative else []
    called = params.get("called", "")
    cards = [card_for(seat, value, lookup.state, called) for seat in seats]
    return ContactResult(
        lookup,
        cards,
        value=value,
        page=page,
        block_id=block_id,
        calls=calls,
        heading_level=heading_level,
        path=path or reverse("representatives_find"),
    )


def card_for(seat: Seat, value, reader_state: str, called: str) -> Card:
    member = seat.member
    card = Card(seat, called=bool(member and member.bioguide_id == called))
    if member is None or value is None:
        return card
    values = {"member": member.full_name, "title": member.title, "state": state_name(reader_state)}
    card.script = fill(value["script"], values)
    if value.get("social_post"):
        text = fill(value["social_post"], values)
        posts = [
            (label, f"@{handle.lstrip('@')} {text}", address)
            for network, label, address in SHARE_ON
            if (handle := getattr(member, network))
        ]
        card.post = posts[0][1] if posts else text
        card.post_links = [
            (str(label), address + urlencode({"text": post})) for label, post, address in posts
        ]
    return card
