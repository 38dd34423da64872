"""The states, the District of Columbia and the territories that send members to Congress."""

from django.utils.translation import gettext_lazy as _

# Postal code → name. DC and the five territories elect a non-voting member of the House and
# no senators.
STATE_NAMES = {
    "AL": _("Alabama"),
    "AK": _("Alaska"),
    "AZ": _("Arizona"),
    "AR": _("Arkansas"),
    "CA": _("California"),
    "CO": _("Colorado"),
    "CT": _("Connecticut"),
    "DE": _("Delaware"),
    "FL": _("Florida"),
    "GA": _("Georgia"),
    "HI": _("Hawaii"),
    "ID": _("Idaho"),
    "IL": _("Illinois"),
    "IN": _("Indiana"),
    "IA": _("Iowa"),
    "KS": _("Kansas"),
    "KY": _("Kentucky"),
    "LA": _("Louisiana"),
    "ME": _("Maine"),
    "MD": _("Maryland"),
    "MA": _("Massachusetts"),
    "MI": _("Michigan"),
    "MN": _("Minnesota"),
    "MS": _("Mississippi"),
    "MO": _("Missouri"),
    "MT": _("Montana"),
    "NE": _("Nebraska"),
    "NV": _("Nevada"),
    "NH": _("New Hampshire"),
    "NJ": _("New Jersey"),
    "NM": _("New Mexico"),
    "NY": _("New York"),
    "NC": _("North Carolina"),
    "ND": _("North Dakota"),
    "OH": _("Ohio"),
    "OK": _("Oklahoma"),
    "OR": _("Oregon"),
    "PA": _("Pennsylvania"),
    "RI": _("Rhode Island"),
    "SC": _("South Carolina"),
    "SD": _("South Dakota"),
    "TN": _("Tennessee"),
    "TX": _("Texas"),
    "UT": _("Utah"),
    "VT": _("Vermont"),
    "VA": _("Virginia"),
    "WA": _("Washington"),
    "WV": _("West Virginia"),
    "WI": _("Wisconsin"),
    "WY": _("Wyoming"),
    "DC": _("District of Columbia"),
    "PR": _("Puerto Rico"),
    "GU": _("Guam"),
    "VI": _("U.S. Virgin Islands"),
    "AS": _("American Samoa"),
    "MP": _("Northern Mariana Islands"),
}

WITHOUT_SENATORS = frozenset({"DC", "PR", "GU", "VI", "AS", "MP"})

# A tile-grid map: one square per state at (column, row), roughly where the state lies.
TILES = {
    "AK": (0, 0), "ME": (11, 0),
    "VT": (10, 1), "NH": (11, 1),
    "WA": (1, 2), "ID": (2, 2), "MT": (3, 2), "ND": (4, 2), "MN": (5, 2), "IL": (6, 2),
    "WI": (7, 2), "MI": (8, 2), "NY": (9, 2), "RI": (10, 2), "MA": (11, 2),
    "OR": (1, 3), "NV": (2, 3), "WY": (3, 3), "SD": (4, 3), "IA": (5, 3), "IN": (6, 3),
    "OH": (7, 3), "PA": (8, 3), "NJ": (9, 3), "CT": (10, 3),
    "CA": (1, 4), "UT": (2, 4), "CO": (3, 4), "NE": (4, 4), "MO": (5, 4), "KY": (6, 4),
    "WV": (7, 4), "VA": (8, 4), "MD": (9, 4), "DE": (10, 4),
    "AZ": (2, 5), "NM": (3, 5), "KS": (4, 5), "AR": (5, 5), "TN": (6, 5), "NC": (7, 5),
    "SC": (8, 5), "DC": (9, 5),
    "OK": (4, 6), "LA": (5, 6), "MS": (6, 6), "AL": (7, 6), "GA": (8, 6),
    "HI": (0, 7), "TX": (4, 7), "FL": (9, 7),
    "GU": (0, 8), "MP": (1, 8), "AS": (2, 8), "VI": (10, 8), "PR": (11, 8),
}  # fmt: skip


def state_name(code: str) -> str:
    return str(STATE_NAMES.get(code, code))


def state_choices() -> list[tuple[str, str]]:
    """(code, name) for a form's select, in the reader's language and alphabetical order."""
    return sorted(((code, str(name)) for code, name in STATE_NAMES.items()), key=lambda c: c[1])
