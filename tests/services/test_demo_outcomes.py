"""The demo clinic's outcomes (issue 15, item 8): baselines, responders and not, drop-outs, fading."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from mesodesk.db import models as m
from mesodesk.services.context import ServiceContext
from mesodesk.services.database import check
from mesodesk.services.demo import build_demo
from mesodesk.services.outcome_evidence import OutcomeEvidence

TODAY = date(2026, 6, 1)


def test_demo_outcomes_make_a_report_worth_reading(sqlite_engine):
    build_demo(sqlite_engine, patients=600, seed=2, today=TODAY)
    assert check(sqlite_engine) == []
    with sqlite_engine.connect() as conn:
        scales = dict(
            conn.execute(
                select(m.OutcomeAssessment.scale_code, func.count()).group_by(m.OutcomeAssessment.scale_code)
            ).all()
        )
        measures = dict(
            conn.execute(select(m.Measurement.code, func.count()).group_by(m.Measurement.code)).all()
        )
        latest = conn.scalar(select(func.max(m.OutcomeAssessment.assessed_on)))
    assert {"css", "wsrs", "gais_investigator", "satisfaction", "ludwig"} <= set(scales)
    assert {"waist", "weight", "thigh_left"} <= set(measures)
    assert date.fromisoformat(str(latest)) <= TODAY
    data = OutcomeEvidence(ServiceContext(sqlite_engine)).evidence()
    groups = {g.label: g for g in data.groups}
    assert {"Cellulite", "Localised fat", "Face revitalisation", "Hair loss"} <= set(groups)
    for g in data.groups:
        assert g.completed < g.courses  # drop-outs
        assert g.reaction_rate is not None and 5 < g.reaction_rate < 80
    css = next(r for r in groups["Cellulite"].rows if r.code == "css")
    assert css.change_end.mean < 0 and css.change_end.high < 0  # improvement, clearly
    assert 0.2 < css.responders.rate < 0.9  # responders and non-responders
    assert abs(css.change_6m.mean) < abs(css.change_end.mean)  # the effect fades
    waist = next(r for r in groups["Localised fat"].rows if r.code == "waist")
    assert waist.baseline.mean > 70 and waist.change_end.mean < 0
