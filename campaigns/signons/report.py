"""A petition's report: totals by status, locale, category, source and partner, and sign-ons per
day."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from .models import Signature, SignatureStatus

CHART_WIDTH = 720
CHART_HEIGHT = 200
CHART_MAX_DAYS = 90


@dataclass
class Bar:
    day: date
    count: int
    x: float
    y: float
    width: float
    height: float


def totals(petition_key, field: str, labels: dict | None = None) -> list[tuple[str, int]]:
    """(label, number of signatures) for each value of `field`, largest first."""
    rows = (
        Signature.objects.filter(petition_key=petition_key)
        .values(field)
        .annotate(total=Count("id"))
        .order_by("-total", field)
    )
    labels = labels or {}
    return [(str(labels.get(row[field], row[field])) or "—", row["total"]) for row in rows]


def sign_ons_per_day(petition_key) -> list[tuple[date, int]]:
    """Confirmed sign-ons for each day of the last CHART_MAX_DAYS days that had any, with gaps
    filled; days in the newsroom's TIME_ZONE, like every time in the signature admin (not the
    time zone a staff member picked for their own admin)."""
    zone = timezone.get_default_timezone()
    rows = dict(
        Signature.objects.filter(petition_key=petition_key, status=SignatureStatus.CONFIRMED)
        .annotate(day=TruncDate("created_at", tzinfo=zone))
        .values("day")
        .annotate(total=Count("id"))
        .values_list("day", "total")
    )
    if not rows:
        return []
    last = max(rows)
    first = max(min(rows), last - timedelta(days=CHART_MAX_DAYS - 1))
    return [
        (first + timedelta(days=offset), rows.get(first + timedelta(days=offset), 0))
        for offset in range((last - first).days + 1)
    ]


def chart_bars(days: list[tuple[date, int]]) -> list[Bar]:
    """Bar geometry for an inline SVG chart drawn on the server (no script, nothing from a CDN)."""
    if not days:
        return []
    peak = max(count for _, count in days) or 1
    slot = CHART_WIDTH / len(days)
    bars = []
    for index, (day, count) in enumerate(days):
        height = round(count / peak * (CHART_HEIGHT - 20), 1)
        bars.append(
            Bar(
                day=day,
                count=count,
                x=round(index * slot + slot * 0.1, 1),
                y=round(CHART_HEIGHT - height, 1),
                width=round(max(slot * 0.8, 1), 1),
                height=height,
            )
        )
    return bars


def petition_report(petition, partner_names: dict | None = None) -> dict:
    """The report's figures; `partner_names` (code → name) labels the partners' totals."""
    key = petition.translation_key
    days = sign_ons_per_day(key)
    return {
        "by_status": totals(key, "status", dict(SignatureStatus.choices)),
        "by_locale": totals(key, "locale"),
        "by_category": totals(key, "category", petition.category_labels),
        "by_source": totals(key, "utm_source"),
        "by_partner": totals(key, "partner", partner_names),
        "bars": chart_bars(days),
        "peak": max((count for _, count in days), default=0),
        "first_day": days[0][0] if days else None,
        "last_day": days[-1][0] if days else None,
        "chart_width": CHART_WIDTH,
        "chart_height": CHART_HEIGHT,
    }
