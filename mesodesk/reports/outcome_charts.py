"""Vector plots of outcomes (ReportLab graphics): a patient's trends and a group's change from baseline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from mesodesk.i18n import _
from mesodesk.i18n.formatting import format_date, format_number
from mesodesk.i18n.instruments import instrument_text
from mesodesk.reports.doc_template import ACCENT, INK, MUTED, RULE
from mesodesk.reports.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from mesodesk.services.outcome_evidence import EvidenceRow
from mesodesk.services.outcomes import Period, Series

COURSE = colors.HexColor("#d9efec")
MAINTENANCE = colors.HexColor("#fbf0d9")
SESSION = colors.HexColor("#7c3aed")
GOOD = colors.HexColor("#15803d")


def nice_step(span: float, ticks: int = 4) -> float:
    raw = span / max(ticks, 1)
    if raw <= 0:
        return 1.0
    from math import floor, log10

    magnitude = 10 ** floor(log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


def value_range(series: Series) -> tuple[float, float]:
    values = [p.value for p in series.points]
    if series.minimum is not None and series.maximum is not None:
        return series.minimum, series.maximum
    lo, hi = min(values), max(values)
    pad = max((hi - lo) * 0.15, abs(hi) * 0.02, 0.5)
    return lo - pad, hi + pad


def date_range(series: Series, session_days: Sequence[date], periods: Sequence[Period]) -> tuple[date, date]:
    days = [p.day for p in series.points] + list(session_days)
    first, last = min(days), max(days)
    if last <= first:
        last = first + timedelta(days=7)
    return first - timedelta(days=3), last + timedelta(days=3)


def trend_drawing(
    series: Series,
    session_days: Sequence[date],
    periods: Sequence[Period],
    width: float,
    height: float,
) -> Drawing:
    """One series over time: course and maintenance shaded, sessions ticked, the baseline hollow."""
    register_fonts()
    d = Drawing(width, height)
    left, right, bottom, top = 34.0, 8.0, 26.0, 16.0
    pw, ph = width - left - right, height - bottom - top
    unit = "" if series.unit == "points" else f" ({series.unit})"
    d.add(
        String(
            left,
            height - 11,
            f"{instrument_text(series.name)}{unit}",
            fontName=FONT_BOLD,
            fontSize=8,
            fillColor=INK,
        )
    )
    if not series.points:
        return d
    first, last = date_range(series, session_days, periods)
    span_days = max((last - first).days, 1)
    lo, hi = value_range(series)
    if hi <= lo:
        hi = lo + 1

    def x(day: date) -> float:
        return left + pw * (day - first).days / span_days

    def y(value: float) -> float:
        return bottom + ph * (value - lo) / (hi - lo)

    for per in periods:
        if per.end < first or per.start > last:
            continue
        x0, x1 = x(max(per.start, first)), x(min(per.end, last))
        fill = COURSE if per.kind == "course" else MAINTENANCE
        d.add(Rect(x0, bottom, max(x1 - x0, 1.5), ph, fillColor=fill, strokeColor=None))
    step = nice_step(hi - lo)
    tick = (lo // step) * step
    while tick <= hi + 1e-9:
        if tick >= lo - 1e-9:
            d.add(Line(left, y(tick), left + pw, y(tick), strokeColor=RULE, strokeWidth=0.25))
            d.add(
                String(
                    left - 3,
                    y(tick) - 2.5,
                    format_number(round(tick, 6)),  # "2,5" in French
                    fontName=FONT_REGULAR,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        tick += step
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.6))
    # month labels
    month = date(first.year, first.month, 1)
    labels = []
    while month <= last:
        if month >= first:
            labels.append(month)
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    every = max(1, len(labels) // 6 + (1 if len(labels) % 6 else 0))
    for i, m in enumerate(labels):
        d.add(Line(x(m), bottom, x(m), bottom - 2, strokeColor=MUTED, strokeWidth=0.4))
        if i % every == 0:
            d.add(
                String(
                    x(m),
                    bottom - 15,
                    format_date(m, "MMM y"),
                    fontName=FONT_REGULAR,
                    fontSize=5.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    for day in session_days:
        if first <= day <= last:
            px = x(day)
            d.add(
                Polygon(
                    [px - 2, bottom - 6, px + 2, bottom - 6, px, bottom - 2],
                    fillColor=SESSION,
                    strokeColor=None,
                )
            )
    pts = [(x(p.day), y(p.value)) for p in series.points]
    if len(pts) > 1:
        d.add(PolyLine([c for xy in pts for c in xy], strokeColor=ACCENT, strokeWidth=1.2))
    for p, (px, py) in zip(series.points, pts, strict=True):
        if p.is_baseline:
            d.add(Circle(px, py, 2.6, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.1))
        else:
            d.add(Circle(px, py, 2.1, fillColor=ACCENT, strokeColor=None))
    latest = series.points[-1]
    text = f"{latest.value:g}"
    if latest.change is not None:
        text += f" ({latest.change:+g})"
    d.add(
        String(
            left + pw, height - 11, text, fontName=FONT_BOLD, fontSize=7, fillColor=ACCENT, textAnchor="end"
        )
    )
    return d


def legend_drawing(width: float) -> Drawing:
    register_fonts()
    d = Drawing(width, 12)
    items = [(COURSE, _("course")), (MAINTENANCE, _("maintenance"))]
    xpos = 0.0
    for fill, text in items:
        d.add(Rect(xpos, 2, 10, 7, fillColor=fill, strokeColor=None))
        d.add(String(xpos + 13, 3, text, fontName=FONT_REGULAR, fontSize=7, fillColor=MUTED))
        xpos += 75
    d.add(Polygon([xpos + 1, 2, xpos + 7, 2, xpos + 4, 8], fillColor=SESSION, strokeColor=None))
    d.add(String(xpos + 11, 3, _("session"), fontName=FONT_REGULAR, fontSize=7, fillColor=MUTED))
    xpos += 60
    d.add(Circle(xpos + 4, 5.5, 2.6, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.1))
    d.add(String(xpos + 11, 3, _("baseline"), fontName=FONT_REGULAR, fontSize=7, fillColor=MUTED))
    return d


def change_drawing(row: EvidenceRow, width: float, height: float) -> Drawing:
    """Mean change from baseline at the end of the course, 3 and 6 months, with 95% intervals."""
    register_fonts()
    d = Drawing(width, height)
    left, right, bottom, top = 34.0, 8.0, 24.0, 16.0
    pw, ph = width - left - right, height - bottom - top
    unit = "points" if row.unit == "points" else row.unit
    d.add(
        String(
            left, height - 11, f"{row.name}: change ({unit})", fontName=FONT_BOLD, fontSize=7.5, fillColor=INK
        )
    )
    cis = [("end of course", row.change_end), ("3 months", row.change_3m), ("6 months", row.change_6m)]
    values = [0.0] + [v for _, c in cis for v in (c.low, c.high, c.mean) if v is not None]
    lo, hi = min(values), max(values)
    pad = max((hi - lo) * 0.12, 0.1)
    lo, hi = lo - pad, hi + pad

    def y(value: float) -> float:
        return bottom + ph * (value - lo) / (hi - lo)

    step = nice_step(hi - lo)
    tick = (lo // step) * step
    while tick <= hi + 1e-9:
        if tick >= lo - 1e-9:
            d.add(Line(left, y(tick), left + pw, y(tick), strokeColor=RULE, strokeWidth=0.25))
            d.add(
                String(
                    left - 3,
                    y(tick) - 2.5,
                    format_number(round(tick, 6)),  # "2,5" in French
                    fontName=FONT_REGULAR,
                    fontSize=6,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        tick += step
    d.add(Line(left, y(0), left + pw, y(0), strokeColor=INK, strokeWidth=0.7))
    better = GOOD
    for i, (label, ci) in enumerate(cis):
        px = left + pw * (i + 0.5) / len(cis)
        d.add(
            String(
                px,
                bottom - 10,
                label,
                fontName=FONT_REGULAR,
                fontSize=6.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        d.add(
            String(
                px,
                bottom - 18,
                f"n={ci.n}",
                fontName=FONT_REGULAR,
                fontSize=5.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        if ci.mean is None:
            continue
        if ci.low is not None and ci.high is not None:
            d.add(Line(px, y(ci.low), px, y(ci.high), strokeColor=better, strokeWidth=1))
            d.add(Line(px - 3, y(ci.low), px + 3, y(ci.low), strokeColor=better, strokeWidth=1))
            d.add(Line(px - 3, y(ci.high), px + 3, y(ci.high), strokeColor=better, strokeWidth=1))
        d.add(Rect(px - 2.5, y(ci.mean) - 2.5, 5, 5, fillColor=better, strokeColor=None))
    return d
