"""Members of Congress, their offices, the ZIP codes they represent, and the calls readers make.

Loaded from public data by `manage.py load_representatives` (see loading.py); readers and staff
only read them, except for the anonymous call counts.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .states import WITHOUT_SENATORS, state_name


class Chamber(models.TextChoices):
    SENATE = "senate", _("Senate")
    HOUSE = "house", _("House of Representatives")


PARTY_NAMES = {
    "Democrat": _("Democrat"),
    "Republican": _("Republican"),
    "Independent": _("Independent"),
}

# (seat, gender) → title; Spanish and Arabic titles differ for women and men.
TITLES = {
    ("senator", "F"): pgettext_lazy("a woman's title", "Senator"),
    ("senator", "M"): pgettext_lazy("a man's title", "Senator"),
    ("representative", "F"): pgettext_lazy("a woman's title", "Representative"),
    ("representative", "M"): pgettext_lazy("a man's title", "Representative"),
    ("delegate", "F"): pgettext_lazy("a woman's title", "Delegate"),
    ("delegate", "M"): pgettext_lazy("a man's title", "Delegate"),
    ("commissioner", "F"): pgettext_lazy("a woman's title", "Resident Commissioner"),
    ("commissioner", "M"): pgettext_lazy("a man's title", "Resident Commissioner"),
}


def seat_kind(chamber: str, state: str) -> str:
    if chamber == Chamber.SENATE:
        return "senator"
    if state == "PR":
        return "commissioner"
    return "delegate" if state in WITHOUT_SENATORS else "representative"


def seat_name(state: str, district: int | None) -> str:
    """ "CA-12", or "VT (at large)" for a state's only seat."""
    if district:
        return f"{state}-{district}"
    return str(_("%(state)s (at large)") % {"state": state})


class MemberQuerySet(models.QuerySet):
    def in_office(self):
        return self.filter(in_office=True)


class Member(models.Model):
    """A senator, representative, delegate or resident commissioner (current or former)."""

    bioguide_id = models.CharField(max_length=10, unique=True, verbose_name=_("bioguide id"))
    first_name = models.CharField(max_length=100, verbose_name=_("first name"))
    last_name = models.CharField(max_length=100, verbose_name=_("last name"))
    full_name = models.CharField(max_length=200, verbose_name=_("full name"))
    gender = models.CharField(max_length=1, blank=True, verbose_name=_("gender"))
    chamber = models.CharField(max_length=10, choices=Chamber.choices, verbose_name=_("chamber"))
    state = models.CharField(max_length=2, verbose_name=_("state"))
    district = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("House only; 0 is a state's only (at-large) seat."),
        verbose_name=_("district"),
    )
    party = models.CharField(max_length=40, blank=True, verbose_name=_("party"))
    phone = models.CharField(
        max_length=40, blank=True, help_text=_("The Washington office."), verbose_name=_("phone")
    )
    contact_form_url = models.URLField(
        blank=True, max_length=500, verbose_name=_("contact form url")
    )
    website_url = models.URLField(blank=True, max_length=500, verbose_name=_("website url"))
    twitter = models.CharField(max_length=100, blank=True, verbose_name=_("twitter"))
    facebook = models.CharField(max_length=100, blank=True, verbose_name=_("facebook"))
    instagram = models.CharField(max_length=100, blank=True, verbose_name=_("instagram"))
    mastodon = models.CharField(max_length=200, blank=True, verbose_name=_("mastodon"))
    youtube = models.CharField(max_length=100, blank=True, verbose_name=_("youtube"))
    # Members who leave are kept (out of office), so the calls readers made to them still add up.
    in_office = models.BooleanField(default=True, verbose_name=_("in office"))

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["state", "chamber", "district", "last_name"]
        verbose_name = _("member of Congress")
        verbose_name_plural = _("members of Congress")
        indexes = [models.Index(fields=["state", "chamber"], name="member_state_chamber")]

    def __str__(self) -> str:
        return f"{self.title} {self.full_name} ({self.seat})"

    @property
    def title(self) -> str:
        gender = "F" if self.gender == "F" else "M"
        return str(TITLES[(seat_kind(self.chamber, self.state), gender)])

    @property
    def seat(self) -> str:
        return (
            self.state if self.chamber == Chamber.SENATE else seat_name(self.state, self.district)
        )

    @property
    def state_name(self) -> str:
        return state_name(self.state)

    @property
    def party_name(self) -> str:
        return str(PARTY_NAMES.get(self.party, self.party))

    @property
    def party_initial(self) -> str:
        return self.party[:1]

    @property
    def contact_url(self) -> str:
        """Where to write to them: the contact form, or the website when there is none."""
        return self.contact_form_url or self.website_url


class DistrictOffice(models.Model):
    """One of a member's offices at home (in their state or district), with its phone."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="offices", verbose_name=_("member")
    )
    key = models.CharField(
        max_length=100, help_text=_("The upstream data's id for the office."), verbose_name=_("key")
    )
    address = models.CharField(max_length=300, blank=True, verbose_name=_("address"))
    city = models.CharField(max_length=100, blank=True, verbose_name=_("city"))
    state = models.CharField(max_length=2, blank=True, verbose_name=_("state"))
    zip_code = models.CharField(max_length=10, blank=True, verbose_name=_("zip code"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("phone"))
    latitude = models.FloatField(null=True, blank=True, verbose_name=_("latitude"))
    longitude = models.FloatField(null=True, blank=True, verbose_name=_("longitude"))

    class Meta:
        ordering = ["member", "pk"]
        verbose_name = _("district office")
        constraints = [
            models.UniqueConstraint(fields=["member", "key"], name="one_office_per_key"),
        ]

    def __str__(self) -> str:
        return f"{self.member.full_name}, {self.city}"


class ZipCode(models.Model):
    """A ZIP code's state and location (signers are counted by state with it)."""

    zip_code = models.CharField(max_length=5, unique=True, verbose_name=_("zip code"))
    state = models.CharField(max_length=2, verbose_name=_("state"))
    latitude = models.FloatField(null=True, blank=True, verbose_name=_("latitude"))
    longitude = models.FloatField(null=True, blank=True, verbose_name=_("longitude"))

    class Meta:
        verbose_name = _("ZIP code")

    def __str__(self) -> str:
        return f"{self.zip_code} ({self.state})"


class ZipSeat(models.Model):
    """A seat in Congress that speaks for (part of) a ZIP code, with who holds it now.

    Every ZIP has a row per senator of each state it lies in and a row per House district it
    overlaps (its ZIP Code Tabulation Area → district rows); a vacant seat has no member. The
    member's nearest office is worked out when the data is loaded, so finding who represents a
    ZIP is one indexed query.
    """

    zip_code = models.CharField(max_length=5, verbose_name=_("zip code"))
    state = models.CharField(max_length=2, verbose_name=_("state"))
    chamber = models.CharField(max_length=10, choices=Chamber.choices, verbose_name=_("chamber"))
    district = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("district"))
    member = models.ForeignKey(
        Member,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("member"),
    )
    nearest_office = models.ForeignKey(
        DistrictOffice,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("nearest office"),
    )

    class Meta:
        verbose_name = _("seat for a ZIP code")
        indexes = [models.Index(fields=["zip_code"], name="zipseat_zip_code")]

    def __str__(self) -> str:
        return f"{self.zip_code}: {self.seat}"

    @property
    def seat(self) -> str:
        return (
            self.state if self.chamber == Chamber.SENATE else seat_name(self.state, self.district)
        )

    @property
    def seat_key(self) -> str:
        """The House seat's id in URLs, e.g. "CA-12" (at large: "VT-0")."""
        return f"{self.state}-{self.district}"


class CallCount(models.Model):
    """How many readers said they called a member from one page (no one's identity is kept)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="call_counts", verbose_name=_("member")
    )
    count = models.PositiveIntegerField(default=0, verbose_name=_("count"))

    class Meta:
        verbose_name = _("call count")
        constraints = [
            models.UniqueConstraint(fields=["page", "member"], name="one_call_count_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member.full_name}: {self.count}"
