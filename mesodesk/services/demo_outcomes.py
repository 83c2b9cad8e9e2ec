"""Realistic outcomes for the demo clinic, added after its patients and sessions.

Most patients' courses are assessed at baseline (the first session), at the end of the course and,
for those who come back, about 3 and 6 months later. Responders improve with noise; some do not
respond; some drop out; the effect fades after the course (a half-life of a few months) unless
maintenance sessions follow. Rows are generated in Python and inserted in batches, like the demo.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, case, func, select
from sqlalchemy.engine import Connection, Engine

from mesodesk.db import models as m
from mesodesk.domain import enums
from mesodesk.domain.scales import Registry
from mesodesk.i18n import _

#: Per demo formula (plan name): (instrument, baseline range, best improvement, responder share).
#: Improvement is in the instrument's units, towards better.
PROFILES: dict[str, list[tuple[str, tuple[float, float], float, float]]] = {
    "Cellulite": [
        ("css", (6, 13), 4.0, 0.7),
        ("thigh_left", (52, 66), 2.5, 0.6),
        ("thigh_right", (52, 66), 2.5, 0.6),
    ],
    "Localised fat": [("waist", (78, 104), 3.5, 0.65), ("weight", (60, 92), 1.5, 0.4)],
    "Face revitalisation": [("wsrs", (2, 4), 1.2, 0.65), ("satisfaction", (3, 6), 3.0, 0.75)],
    "Radiance (vitamin C)": [("glogau", (2, 3), 0.6, 0.4), ("satisfaction", (3, 6), 2.5, 0.7)],
    "Neck and décolleté": [("wsrs", (2, 5), 1.0, 0.6)],
    "Hair loss": [("ludwig", (1, 3), 0.8, 0.45), ("satisfaction", (2, 5), 2.5, 0.6)],
}
GAIS_FORMULAS = {"Cellulite", "Localised fat", "Face revitalisation", "Neck and décolleté"}
ASSESSED_SHARE = 0.6  # of courses: many clinics do not score everyone
RETURN_3M, RETURN_6M = 0.7, 0.5
SITES = {
    "waist": "2 cm above the navel, standing, end of a normal exhalation",
    "thigh_left": "15 cm above the top of the patella",
    "thigh_right": "15 cm above the top of the patella",
}
ASSESSMENT_COLS = (
    "patient_id",
    "session_id",
    "assessed_on",
    "scale_code",
    "scores_json",
    "total",
    "area",
    "notes",
    "assessed_by_id",
    "created_at",
)
MEASUREMENT_COLS = (
    "patient_id",
    "session_id",
    "measured_on",
    "code",
    "value",
    "unit",
    "site",
    "notes",
    "recorded_by_id",
    "created_at",
)


def _courses(conn: Connection) -> list[tuple]:
    ts = m.TreatmentSession
    ranked = (
        select(
            ts.plan_id,
            ts.performed_at,
            ts.practitioner_id,
            func.row_number()
            .over(partition_by=(ts.patient_id, ts.plan_id), order_by=ts.performed_at)
            .label("rn"),
        )
        .where(ts.plan_id.is_not(None), ts.status != enums.SessionStatus.VOID.value)
        .subquery()
    )
    plan = m.TreatmentPlan
    in_course = ranked.c.rn <= plan.course_sessions
    q = (
        select(
            plan.patient_id,
            plan.name,
            plan.course_sessions,
            func.min(ranked.c.performed_at),
            func.max(case((in_course, ranked.c.performed_at))),
            func.count(),
            func.max(ranked.c.practitioner_id),
        )
        .join(ranked, ranked.c.plan_id == plan.id)
        .group_by(plan.id, plan.patient_id, plan.name, plan.course_sessions)
        .order_by(plan.id)
    )
    return list(conn.execute(q))


def _day(value: str | datetime) -> date:
    if isinstance(value, str):
        return datetime.fromisoformat(value).date()
    return value.astimezone(UTC).date()


def _split(total: int, items: int, high: int, rng: random.Random) -> list[int]:
    """Spread a total over items scored 0..high (for multi-item scales such as the CSS)."""
    scores = [0] * items
    for _step in range(total):
        free = [i for i in range(items) if scores[i] < high]
        scores[rng.choice(free)] += 1
    return scores


def add_outcomes(engine: Engine, *, seed: int = 1, today: date | None = None) -> int:
    """Add assessments and measurements for the demo's courses; returns the number of rows added."""
    today = today or date.today()
    rng = random.Random(f"{seed}:outcomes")
    registry = Registry()
    sqlite = engine.dialect.name == "sqlite"
    now = datetime.now(UTC)
    now_db = now.replace(tzinfo=None).isoformat(sep=" ") if sqlite else now

    def day_db(d: date) -> str | date:
        return d.isoformat() if sqlite else d

    assessments: list[tuple] = []
    measurements: list[tuple] = []
    with engine.connect() as conn:
        rows = _courses(conn)
    # plans carry the formula's name in the language the demo was built in; profiles are keyed in English
    english = {_(key): key for key in PROFILES}
    for patient_id, name, course_n, first, course_end, n, practitioner in rows:
        name = english.get(name, name)
        profile = PROFILES.get(name)
        if not profile or rng.random() > ASSESSED_SHARE:
            continue
        start, end = _day(first), _day(course_end)
        completed = n >= course_n
        maintained = n > course_n
        responder = rng.random()
        half_life = rng.uniform(70, 200)
        looks = [(start, 0.0)]
        if completed or rng.random() < 0.5:  # a drop-out is sometimes assessed when they stop
            looks.append((end, 1.0 if completed else 0.5))
            for offset, share in ((91, RETURN_3M), (182, RETURN_6M)):
                when = end + timedelta(days=offset + rng.randint(-12, 12))
                if when <= today and rng.random() < share:
                    looks.append((when, 1.0))
        shares: dict[date, float] = {}  # the first instrument's share of its best improvement, per look
        for code, (lo, hi), best, responders in profile:
            instrument = registry.instrument(code)
            is_scale = code in registry.scales
            base = rng.uniform(lo, hi)
            gain = best * rng.uniform(0.5, 1.3) if responder < responders else best * rng.uniform(-0.1, 0.25)
            for when, reached in looks:
                if when > today:
                    continue
                effect = gain * reached
                if when > end and reached:
                    fade = 0.9 if maintained else math.exp(-math.log(2) * (when - end).days / half_life)
                    effect = gain * fade
                shares.setdefault(when, effect / best)
                noise = rng.gauss(0, 0.35 if is_scale else 0.4)
                sign = -1 if instrument.direction == "lower" else 1
                value = base + sign * effect + (noise if when != start else 0.0)
                if is_scale:
                    scale = registry.scales[code]
                    total = int(round(min(max(value, scale.minimum), scale.maximum)))
                    if len(scale.items) > 1:
                        parts = _split(total, len(scale.items), scale.items[0].maximum, rng)
                        scores = {item.code: v for item, v in zip(scale.items, parts, strict=True)}
                    else:
                        scores = {scale.items[0].code: total}
                    assessments.append(
                        (
                            patient_id,
                            None,
                            day_db(when),
                            code,
                            json.dumps(scores, sort_keys=True),
                            float(total),
                            "",
                            "",
                            practitioner,
                            now_db,
                        )
                    )
                else:
                    unit = registry.measures[code].unit
                    measurements.append(
                        (
                            patient_id,
                            None,
                            day_db(when),
                            code,
                            round(value, 1),
                            unit,
                            SITES.get(code, ""),
                            "",
                            practitioner,
                            now_db,
                        )
                    )
        if name in GAIS_FORMULAS:
            for when, share in shares.items():
                if when == start:
                    continue
                share += rng.gauss(0, 0.15)
                rating = (
                    1
                    if share > 1.1
                    else 2
                    if share > 0.75
                    else 3
                    if share > 0.35
                    else 4
                    if share > -0.1
                    else 5
                )
                assessments.append(
                    (
                        patient_id,
                        None,
                        day_db(when),
                        "gais_investigator",
                        json.dumps({"rating": rating}),
                        float(rating),
                        "",
                        "",
                        practitioner,
                        now_db,
                    )
                )
    _insert(engine, m.OutcomeAssessment.__table__, ASSESSMENT_COLS, assessments)
    _insert(engine, m.Measurement.__table__, MEASUREMENT_COLS, measurements)
    return len(assessments) + len(measurements)


def _insert(engine: Engine, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            driver = conn.connection.driver_connection  # the sqlite3 (or sqlcipher3) connection
            assert driver is not None  # None only once the connection is closed or invalidated
            cursor = driver.cursor()
            cursor.executemany(sql, rows)
            cursor.close()
        else:
            for i in range(0, len(rows), 5000):
                conn.execute(
                    table.insert(), [dict(zip(columns, row, strict=True)) for row in rows[i : i + 5000]]
                )
