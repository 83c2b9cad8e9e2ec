"""The clinic's own evidence: per protocol, formula or indication, what the courses achieved and how
long it lasted, beside the same group's reaction rate.

A course is a treatment plan's first ``course_sessions`` sessions (fewer if the patient stopped: a
drop-out). For each scale or measure:

- baseline: the last value on or before the course's first session;
- end of course: the value nearest the course's last session, from 7 days before to 45 days after it;
- 3 and 6 months: the value nearest 91 (± 30) and 182 (± 45) days after the course's last session;
- change = value - baseline (mean with a 95% t interval); responder: the instrument's rule at the end
  of the course (GAIS "improved" or better; CSS down at least one severity grade; waist down 2 cm …);
- time to half-effect: days from the end of the course until the improvement is at most half the
  improvement at the end (Kaplan-Meier median: a patient still followed without it counts as censored),
  for courses followed by maintenance sessions and for courses that were not.

Reactions: those linked to the group's sessions, per 100 of those sessions.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Executable

from mesodesk.db.models import (
    Measurement,
    OutcomeAssessment,
    Protocol,
    Reaction,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain import enums
from mesodesk.domain.errors import ValidationError
from mesodesk.domain.outcome_stats import MeanCI, Proportion, km_median, mean_ci, proportion_ci
from mesodesk.domain.scales import Measure, Registry, Scale
from mesodesk.i18n import N_
from mesodesk.services.clinic_reports import ReportingBase
from mesodesk.services.context import Permission
from mesodesk.services.outcomes import load_registry
from mesodesk.services.report_data import ClinicInfo, local_start

GROUPINGS = ("protocol", "formula", "indication")
END_WINDOW = (-7, 45)
FOLLOW_UPS = (("3 months", 91, 30), ("6 months", 182, 45))
NO_GROUP = "(none recorded)"
LIMITS = N_(  # shown translated in the report: _(data.limits)
    "These figures come from the clinic's own records: observational, unblinded (the practitioner who "
    "treats also rates), without a control group, and counting only the patients who came back to be "
    "assessed. Improvement may be due to the treatment, to other causes (diet, season, regression to the "
    "mean) or to selective follow-up. They describe this clinic's experience; they do not prove that a "
    "treatment works."
)


@dataclass
class Course:
    plan_id: int
    patient_id: int
    group: str
    course_sessions: int
    sessions: int  # in the plan (course + maintenance)
    start: date
    end: date
    completed: bool
    maintained: bool
    reactions: int = 0
    start_o: int = 0  # start and end as day ordinals (the computations run on integers)
    end_o: int = 0

    def __post_init__(self) -> None:
        self.start_o = self.start.toordinal()
        self.end_o = self.end.toordinal()


@dataclass
class CourseOutcome:
    """One course on one instrument: the rows a statistician gets."""

    course: Course
    code: str
    baseline: float | None
    end: float | None
    at_3m: float | None
    at_6m: float | None
    responder: bool | None
    half_days: int | None  # days to half-effect, or to the last look when censored
    half_event: bool | None


@dataclass
class EvidenceRow:
    code: str
    name: str
    unit: str
    direction: str
    courses: int  # courses with a baseline (or, for a rating, with a rating at the end)
    baseline: MeanCI
    change_end: MeanCI
    change_3m: MeanCI
    change_6m: MeanCI
    responders: Proportion
    responder_rule: str
    half_effect_days: float | None  # without maintenance
    half_effect_n: tuple[int, int]  # (events, courses followed)
    half_effect_maintained_days: float | None
    half_effect_maintained_n: tuple[int, int]


@dataclass
class EvidenceGroup:
    label: str
    patients: int
    courses: int
    completed: int
    sessions: int
    reactions: int
    rows: list[EvidenceRow] = field(default_factory=list)

    @property
    def reaction_rate(self) -> float | None:
        return 100.0 * self.reactions / self.sessions if self.sessions else None


@dataclass
class EvidenceData:
    clinic: ClinicInfo
    generated_on: date
    by: str
    start: date | None
    end: date | None
    groups: list[EvidenceGroup]
    outcomes: list[CourseOutcome]
    limits: str = LIMITS

    def csv_text(self) -> str:
        return evidence_csv(self)


def responder_text(instrument: Scale | Measure) -> str:
    if instrument.responder is None:
        return ""
    kind, value = instrument.responder
    unit = instrument.unit if isinstance(instrument, Measure) else "point"
    if kind == "rating_at_most":
        return f"rated {value:g} or better"
    if kind == "band_drop":
        return f"down at least {value:g} severity grade"
    plural = "" if value == 1 or unit in ("cm", "kg") else "s"
    word = "down" if instrument.direction == "lower" else "up"
    return f"{word} at least {value:g} {unit}{plural}"


def _nearest(days: list[int], values: list[float], target: int, lo: int, hi: int, after: int) -> float | None:
    """The value nearest day ``target`` within [target + lo, target + hi], later than ``after``."""
    best: tuple[int, float] | None = None
    i = bisect_right(days, target + lo - 1)
    top = target + hi
    while i < len(days) and days[i] <= top:
        if days[i] > after:
            gap = abs(days[i] - target)
            if best is None or gap < best[0]:
                best = (gap, values[i])
        i += 1
    return None if best is None else best[1]


def course_outcome(
    course: Course, instrument: Scale | Measure, days: Sequence[int | date], values: list[float]
) -> CourseOutcome | None:
    """A course's values on one instrument; None when it has nothing to say (no baseline, no rating).

    ``days`` are day ordinals (or dates), sorted, one per value."""
    ords = [d.toordinal() if isinstance(d, date) else d for d in days]
    rating = isinstance(instrument, Scale) and instrument.direction == "rating"
    start, end_day = course.start_o, course.end_o
    k = bisect_right(ords, start)
    baseline = values[k - 1] if k else None
    after = ords[k - 1] if k else start
    if rating:
        baseline, after = None, start - 1
    elif baseline is None:
        return None
    end = _nearest(ords, values, end_day, *END_WINDOW, after)
    if rating and end is None:
        return None
    follow = [
        _nearest(ords, values, end_day + offset, -window, window, after) for _, offset, window in FOLLOW_UPS
    ]
    responder = instrument.is_responder(baseline, end) if end is not None else None
    half_days: int | None = None
    half_event: bool | None = None
    if not rating and end is not None and baseline is not None:
        gained = instrument.improvement(baseline, end)
        if gained > 0:
            first_later = bisect_right(ords, end_day + END_WINDOW[1])
            for i in range(first_later, len(ords)):
                if instrument.improvement(baseline, values[i]) <= gained / 2:
                    half_days, half_event = ords[i] - end_day, True
                    break
            else:
                if first_later < len(ords):
                    half_days, half_event = ords[-1] - end_day, False
    return CourseOutcome(
        course, instrument.code, baseline, end, follow[0], follow[1], responder, half_days, half_event
    )


def _changes(rows: Sequence[CourseOutcome], attr: str) -> MeanCI:
    return mean_ci(
        [
            getattr(r, attr) - r.baseline
            for r in rows
            if getattr(r, attr) is not None and r.baseline is not None
        ]
    )


def summarise(code: str, instrument: Scale | Measure, rows: Sequence[CourseOutcome]) -> EvidenceRow:
    rating = isinstance(instrument, Scale) and instrument.direction == "rating"
    judged = [r.responder for r in rows if r.responder is not None]
    plain = [
        (r.half_days, bool(r.half_event)) for r in rows if r.half_days is not None and not r.course.maintained
    ]
    kept = [
        (r.half_days, bool(r.half_event)) for r in rows if r.half_days is not None and r.course.maintained
    ]
    return EvidenceRow(
        code=code,
        name=instrument.name,
        unit=instrument.unit if isinstance(instrument, Measure) else "points",
        direction=instrument.direction,
        courses=len(rows),
        baseline=mean_ci([r.end for r in rows if r.end is not None])
        if rating
        else mean_ci([r.baseline for r in rows if r.baseline is not None]),
        change_end=MeanCI(0, None, None, None) if rating else _changes(rows, "end"),
        change_3m=MeanCI(0, None, None, None) if rating else _changes(rows, "at_3m"),
        change_6m=MeanCI(0, None, None, None) if rating else _changes(rows, "at_6m"),
        responders=proportion_ci(sum(judged), len(judged)),
        responder_rule=responder_text(instrument),
        half_effect_days=km_median(plain),
        half_effect_n=(sum(1 for _, e in plain if e), len(plain)),
        half_effect_maintained_days=km_median(kept),
        half_effect_maintained_n=(sum(1 for _, e in kept if e), len(kept)),
    )


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def evidence_csv(data: EvidenceData) -> str:
    """One row per course and instrument, with no names: for a statistician."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        [
            data.by,
            "course_id",
            "patient_ref",
            "instrument",
            "course_start",
            "course_end",
            "course_sessions",
            "sessions",
            "completed",
            "maintained",
            "reactions",
            "baseline",
            "end_of_course",
            "at_3_months",
            "at_6_months",
            "responder",
            "days_to_half_effect",
            "half_effect_reached",
        ]
    )
    for r in data.outcomes:
        c = r.course
        w.writerow(
            [
                c.group,
                c.plan_id,
                c.patient_id,
                r.code,
                c.start.isoformat(),
                c.end.isoformat(),
                c.course_sessions,
                c.sessions,
                int(c.completed),
                int(c.maintained),
                c.reactions,
                _fmt(r.baseline),
                _fmt(r.end),
                _fmt(r.at_3m),
                _fmt(r.at_6m),
                "" if r.responder is None else int(r.responder),
                "" if r.half_days is None else r.half_days,
                "" if r.half_event is None else int(r.half_event),
            ]
        )
    return out.getvalue()


def driver_rows(conn: Connection, query: Executable) -> list[Any]:
    """The query's rows as the database driver returns them: plain tuples, without SQLAlchemy's Row
    objects and result processing (a million rows cost seconds of that), times as stored (text on
    SQLite, naive UTC on PostgreSQL). The statement still goes through the engine and its events."""
    result = conn.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def live_sessions() -> ColumnElement[bool]:
    """The sessions a course counts: on a plan, not void, not archived."""
    ts = TreatmentSession
    return and_(ts.plan_id.is_not(None), ts.status != enums.SessionStatus.VOID.value, ts.archived.is_(False))


def course_sessions_query() -> Select[int | None, str]:
    """Every counted session as (plan, time), in plan and time order: read from the index
    ix_treatment_sessions_plan_course alone, no table lookup, no sort."""
    ts = TreatmentSession
    return (
        select(ts.plan_id, type_coerce(ts.performed_at, String))  # times as the driver gives them
        .where(live_sessions())
        .order_by(ts.plan_id, ts.performed_at)
    )


def reactions_query() -> Select[int | None, int]:
    """Reactions per plan, over the counted sessions (both sides read from their indexes)."""
    ts = TreatmentSession
    return (
        select(ts.plan_id, func.count())
        .join(Reaction, Reaction.session_id == ts.id)
        .where(live_sessions())
        .group_by(ts.plan_id)
    )


def first_sessions_query() -> Select[int, str, str]:
    """Per plan, its first counted session's formula and indications: one index seek per plan."""
    ts, first = TreatmentSession, aliased(TreatmentSession)
    first_id = (
        select(ts.id)
        .where(ts.plan_id == TreatmentPlan.id, live_sessions())
        .order_by(ts.performed_at)
        .limit(1)
        .scalar_subquery()
    )
    return select(TreatmentPlan.id, first.formula_name, first.indications).join(first, first.id == first_id)


def course_spans(
    rows: Iterable[Sequence[Any]], course_length: dict[int, int]
) -> dict[int, tuple[object, object, int]]:
    """From the ordered (plan, time) rows: per plan (first time, time of the course's last session
    (its ``course_length``-th, or the last when it has fewer), sessions)."""
    spans: dict[int, tuple[object, object, int]] = {}
    plan: int | None = None
    first = course_end = last = None
    n = k = 0
    for plan_id, at in rows:
        if plan_id != plan:
            if plan is not None:
                spans[plan] = (first, course_end if course_end is not None else last, n)
            plan, first, course_end, n, k = plan_id, at, None, 0, course_length.get(plan_id, 0)
        n += 1
        last = at
        if n == k:
            course_end = at
    if plan is not None:
        spans[plan] = (first, course_end if course_end is not None else last, n)
    return spans


class OutcomeEvidence(ReportingBase):
    def evidence(
        self, start: date | None = None, end: date | None = None, by: str = "protocol"
    ) -> EvidenceData:
        """Courses whose first session is in the period (all when no period), grouped ``by``."""
        self.ctx.require(Permission.CLINICAL_READ)
        if by not in GROUPINGS:
            raise ValidationError("by", "must be one of {choices}", choices=", ".join(GROUPINGS))
        if start and end and end < start:
            raise ValidationError("to", "is before the start of the period")
        with self.ctx.read() as s:
            registry = load_registry(s)
            conn = s.connection()  # Core rows: no ORM result processing for a few hundred thousand rows
            plans = driver_rows(
                conn,
                select(
                    TreatmentPlan.id,
                    TreatmentPlan.patient_id,
                    TreatmentPlan.course_sessions,
                    Protocol.name,
                    Protocol.indication,
                ).outerjoin(Protocol, Protocol.id == TreatmentPlan.protocol_id),
            )
            spans = course_spans(driver_rows(conn, course_sessions_query()), {p[0]: p[2] for p in plans})
            firsts = {row[0]: row[1:] for row in driver_rows(conn, first_sessions_query())}
            reactions = dict(driver_rows(conn, reactions_query()))
            scores = driver_rows(
                conn,
                select(
                    OutcomeAssessment.patient_id,
                    OutcomeAssessment.scale_code,
                    type_coerce(OutcomeAssessment.assessed_on, String),
                    OutcomeAssessment.total,
                ).order_by(OutcomeAssessment.patient_id, OutcomeAssessment.assessed_on, OutcomeAssessment.id),
            )
            numbers = driver_rows(
                conn,
                select(
                    Measurement.patient_id,
                    Measurement.code,
                    type_coerce(Measurement.measured_on, String),
                    Measurement.value,
                ).order_by(Measurement.patient_id, Measurement.measured_on, Measurement.id),
            )
        period_start = local_start(start) if start is not None else None
        period_end = local_start(end + timedelta(days=1)) if end is not None else None
        courses: list[Course] = []
        for plan_id, patient_id, course_n, proto, proto_ind in plans:
            if plan_id not in spans:
                continue
            first, course_end, n = spans[plan_id]
            if (period_start is not None and _instant(first) < period_start) or (
                period_end is not None and _instant(first) >= period_end
            ):
                continue
            formula, indications = firsts.get(plan_id, (None, None))
            if by == "protocol":
                group = proto or NO_GROUP
            elif by == "formula":
                group = formula or NO_GROUP
            else:
                group = (proto_ind or (indications or "").split(",")[0]).strip() or NO_GROUP
            first_day = _day(first)
            end_day = _day(course_end)
            courses.append(
                Course(
                    plan_id,
                    patient_id,
                    group,
                    course_n,
                    n,
                    first_day,
                    end_day,
                    completed=n >= course_n,
                    maintained=n > course_n,
                    reactions=reactions.get(plan_id, 0),
                )
            )
        series: dict[tuple[int, str], tuple[list[int], list[float]]] = {}
        ordinal: dict[object, int] = {}
        for rows in (scores, numbers):
            for patient_id, code, day, value in rows:
                o = ordinal.get(day)
                if o is None:
                    o = ordinal[day] = _as_date(day).toordinal()
                days, values = series.setdefault((patient_id, code), ([], []))
                days.append(o)
                values.append(float(value))
        instruments = {code: _instrument(registry, code) for _patient, code in series}
        by_patient: dict[int, list[tuple[Scale | Measure, list[int], list[float]]]] = defaultdict(list)
        for (patient_id, code), (days, values) in series.items():
            instrument = instruments[code]
            if instrument is not None:
                by_patient[patient_id].append((instrument, days, values))
        outcomes: list[CourseOutcome] = []
        for course in courses:
            for instrument, days, values in by_patient.get(course.patient_id, ()):
                result = course_outcome(course, instrument, days, values)
                if result is not None:
                    outcomes.append(result)
        groups = _groups(courses, outcomes, registry)
        self._log("outcomes", None, "print_evidence", {"by": by, "from": _iso(start), "to": _iso(end)})
        return EvidenceData(self.clinic(), self.ctx.today(), by, start, end, groups, outcomes)


def _instrument(registry: Registry, code: str) -> Scale | Measure | None:
    if code in registry.scales:
        return registry.scales[code]
    return registry.measures.get(code)


def _groups(courses: list[Course], outcomes: list[CourseOutcome], registry: Registry) -> list[EvidenceGroup]:
    by_group: dict[str, list[Course]] = defaultdict(list)
    for c in courses:
        by_group[c.group].append(c)
    rows_by: dict[tuple[str, str], list[CourseOutcome]] = defaultdict(list)
    for o in outcomes:
        rows_by[(o.course.group, o.code)].append(o)
    order = list(registry.scales) + list(registry.measures)
    groups = []
    for name, members in by_group.items():
        g = EvidenceGroup(
            name,
            patients=len({c.patient_id for c in members}),
            courses=len(members),
            completed=sum(1 for c in members if c.completed),
            sessions=sum(c.sessions for c in members),
            reactions=sum(c.reactions for c in members),
        )
        codes = sorted(
            {code for grp, code in rows_by if grp == name},
            key=lambda c: order.index(c) if c in order else 999,
        )
        for code in codes:
            instrument = _instrument(registry, code)
            if instrument is not None:
                g.rows.append(summarise(code, instrument, rows_by[(name, code)]))
        groups.append(g)
    groups.sort(key=lambda g: (g.label == NO_GROUP, -g.courses, g.label))
    return groups


_LOCAL_DAYS: dict[str, date] = {}


def _day(value: object) -> date:
    """The local day of a stored UTC time (SQLite gives the text: cached per UTC hour)."""
    if isinstance(value, str):  # SQLite aggregates return the stored text, always UTC
        key = value[:13]
        day = _LOCAL_DAYS.get(key)
        if day is None:
            day = _LOCAL_DAYS[key] = (
                datetime.fromisoformat(key + ":00").replace(tzinfo=UTC).astimezone().date()
            )
        return day
    return _instant(value).astimezone().date()


def _instant(value: object) -> datetime:
    """A stored UTC time (SQLite gives the text) as an aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"not a stored time: {value!r}")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _as_date(value: str | date | datetime) -> date:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime) else value


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
