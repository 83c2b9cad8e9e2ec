"""A patient's outcome series: points with their course's baseline and the change from it, the course and
maintenance periods of the plans, and the grouping of measurements and assessments into series (the pure
part of services/outcomes.py, no database)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from mesodesk.db.models import Measurement, OutcomeAssessment
from mesodesk.domain.scales import BMI, Measure, Registry, Scale, bmi


@dataclass
class Point:
    day: date
    value: float
    baseline: float | None = None  # the baseline of the course this value belongs to
    change: float | None = None  # value - baseline (signed, in the scale's units)
    improvement: float | None = None  # positive = better, whatever the direction
    band: str = ""
    responder: bool | None = None
    is_baseline: bool = False
    record_id: int | None = None
    session_id: int | None = None
    site: str = ""
    scores: dict[str, int] = field(default_factory=dict)
    photo_ids: list[int] = field(default_factory=list)


@dataclass
class Series:
    code: str
    name: str
    unit: str
    kind: str  # "scale" or "measure"
    direction: str
    points: list[Point]
    minimum: float | None = None  # a scale's fixed range (plots use it)
    maximum: float | None = None

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None


@dataclass
class Period:
    kind: str  # "course" or "maintenance"
    start: date
    end: date
    plan_id: int
    plan_name: str


@dataclass
class PatientOutcomes:
    patient_id: int
    series: list[Series]
    session_days: list[date]
    periods: list[Period]
    usual_measures: list[tuple[str, str]]  # (code, last site) most used first
    usual_scales: list[str]

    def get(self, code: str) -> Series | None:
        return next((s for s in self.series if s.code == code), None)


def course_periods(
    plans: Sequence[tuple[int, str, int]], sessions: Sequence[tuple[int | None, date]]
) -> list[Period]:
    """Course and maintenance periods from (plan id, name, course sessions) and (plan id, day) pairs."""
    by_plan: dict[int, list[date]] = defaultdict(list)
    for plan_id, day in sessions:
        if plan_id is not None:
            by_plan[plan_id].append(day)
    periods: list[Period] = []
    for plan_id, name, course in plans:
        days = sorted(by_plan.get(plan_id, []))
        if not days:
            continue
        course_days = days[:course]
        periods.append(Period("course", course_days[0], course_days[-1], plan_id, name))
        if len(days) > course:
            periods.append(Period("maintenance", course_days[-1], days[-1], plan_id, name))
    return sorted(periods, key=lambda p: (p.start, p.kind))


def annotate(points: list[Point], instrument: Scale | Measure, course_starts: Sequence[date]) -> list[Point]:
    """Fill baseline, change, improvement, band and responder on points sorted by day."""
    points.sort(key=lambda p: (p.day, p.record_id or 0))
    rating = isinstance(instrument, Scale) and instrument.direction == "rating"
    bases: dict[date, Point] = {}
    for start in sorted(set(course_starts)):
        before = [q for q in points if q.day <= start]
        if before:
            bases[start] = before[-1]
            before[-1].is_baseline = True
    for p in points:
        if isinstance(instrument, Scale):
            p.band = instrument.band(p.value)
        if rating:
            p.responder = instrument.is_responder(None, p.value)
            continue
        course_start = max((d for d in bases if d <= p.day), default=None)
        if course_start is None or bases[course_start] is p:
            continue
        base = bases[course_start]
        p.baseline = base.value
        p.change = round(p.value - base.value, 4)
        p.improvement = round(instrument.improvement(base.value, p.value), 4)
        p.responder = instrument.is_responder(base.value, p.value)
    return points


def build_patient_outcomes(
    patient_id: int,
    registry: Registry,
    measurements: Sequence[Measurement],
    assessments: Sequence[OutcomeAssessment],
    sessions: Sequence[tuple[int | None, date]],
    periods: list[Period],
    course_starts: Sequence[date],
) -> PatientOutcomes:
    series: list[Series] = []
    by_code: dict[str, list[Measurement]] = defaultdict(list)
    for m in measurements:
        by_code[m.code].append(m)
    order = [m.code for m in registry.measures.values()]
    codes = sorted(by_code, key=lambda c: order.index(c) if c in order else len(order))
    for code in codes:
        rows = by_code[code]
        measure = registry.measures.get(code) or Measure(
            code, code, rows[0].unit, rows[0].unit, builtin=False
        )
        points = [
            Point(m.measured_on, m.value, record_id=m.id, session_id=m.session_id, site=m.site) for m in rows
        ]
        series.append(
            Series(
                code,
                measure.name,
                measure.unit,
                "measure",
                measure.direction,
                annotate(points, measure, course_starts),
            )
        )
    heights = sorted((m.measured_on, m.value) for m in by_code.get("height", []))
    if heights and by_code.get("weight"):
        points = []
        for m in by_code["weight"]:
            taller = [h for d, h in heights if d <= m.measured_on] or [heights[0][1]]
            points.append(Point(m.measured_on, bmi(m.value, taller[-1]), record_id=m.id))
        series.append(
            Series("bmi", BMI.name, BMI.unit, "measure", "lower", annotate(points, BMI, course_starts))
        )
    by_scale: dict[str, list[OutcomeAssessment]] = defaultdict(list)
    for a in assessments:
        by_scale[a.scale_code].append(a)
    scale_order = list(registry.scales)
    for code in sorted(
        by_scale, key=lambda c: scale_order.index(c) if c in scale_order else len(scale_order)
    ):
        scale = registry.scales.get(code)
        if scale is None:  # a definition archived since: shown with its stored totals
            scale = Scale(code, code, (), "lower", "", builtin=False)
        points = [
            Point(
                a.assessed_on,
                a.total,
                record_id=a.id,
                session_id=a.session_id,
                scores=json.loads(a.scores_json or "{}"),
                photo_ids=[p.photo_id for p in a.photos],
            )
            for a in by_scale[code]
        ]
        series.append(
            Series(
                code,
                scale.name,
                "points",
                "scale",
                scale.direction,
                annotate(points, scale, course_starts),
                float(scale.minimum) if scale.items else None,
                float(scale.maximum) if scale.items else None,
            )
        )
    usage: dict[str, tuple[int, date, str]] = {}
    for m in measurements:
        count = usage.get(m.code, (0, m.measured_on, ""))[0]
        usage[m.code] = (count + 1, m.measured_on, m.site)
    usual_measures = [
        (code, site) for code, (_, _, site) in sorted(usage.items(), key=lambda kv: (-kv[1][0], kv[0]))
    ]
    scale_use: dict[str, int] = defaultdict(int)
    for a in assessments:
        scale_use[a.scale_code] += 1
    usual_scales = sorted(scale_use, key=lambda c: (-scale_use[c], c))
    return PatientOutcomes(
        patient_id,
        series,
        sorted({d for _, d in sessions}),
        periods,
        usual_measures,
        usual_scales,
    )
