"""Measurements, scale assessments, baselines and change from baseline (issue 15, items 1-3)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, Measurement, OutcomeAssessment
from mesodesk.domain.errors import PermissionDeniedError, ValidationError
from mesodesk.domain.scales import BUILTIN_SCALES, Registry, bmi
from mesodesk.services.followups import PlanInput
from mesodesk.services.outcomes import AssessmentInput, MeasurementInput

CSS_MODERATE = {"a_depressions": 2, "b_depth": 2, "c_morphology": 2, "d_laxity": 1, "e_nurnberger": 2}  # 9
CSS_MILD = {"a_depressions": 1, "b_depth": 1, "c_morphology": 1, "d_laxity": 1, "e_nurnberger": 1}  # 5


def _course(clinic, patient, start: date, sessions: int = 4, course: int = 3, interval: int = 7):
    plan = clinic.as_practitioner.followups.create_plan(
        PlanInput(patient.id, "Cellulite course", course, interval)
    )
    done = []
    for k in range(sessions):
        day = start + timedelta(days=interval * k)
        when = datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
        done.append(
            clinic.as_practitioner.sessions.record(
                clinic.session_input(patient.id, when, plan_id=plan.id)
            ).session
        )
    return plan, done


def test_registry_holds_the_validated_scales_with_items_anchors_and_references():
    reg = Registry()
    assert {s.code for s in BUILTIN_SCALES} >= {
        "gais_investigator",
        "gais_subject",
        "css",
        "nurnberger_muller",
        "wsrs",
        "glogau",
        "ludwig",
        "norwood",
        "satisfaction",
    }
    css = reg.scale("css")
    assert len(css.items) == 5 and all((i.minimum, i.maximum) == (0, 3) for i in css.items)
    assert (css.minimum, css.maximum) == (0, 15)
    assert [css.band(t) for t in (3, 6, 10, 11, 15)] == ["mild", "moderate", "moderate", "severe", "severe"]
    assert "Hexsel" in css.reference
    assert reg.scale("gais_investigator").items[0].anchor(3).startswith("Improved")
    assert reg.scale("satisfaction").maximum == 10
    assert reg.measure("waist").loinc == "8280-0"
    assert bmi(70, 175) == 22.9
    # responder rules of the issue: GAIS improved or better; CSS down a grade; waist down >= 2 cm
    assert reg.scale("gais_subject").is_responder(None, 3) is True
    assert reg.scale("gais_subject").is_responder(None, 4) is False
    assert css.is_responder(9, 5) is True and css.is_responder(9, 7) is False
    assert reg.measure("waist").is_responder(80.0, 78.0) is True
    assert reg.measure("waist").is_responder(80.0, 78.5) is False
    with pytest.raises(ValidationError) as err:
        css.validate_scores({**CSS_MILD, "b_depth": 4})
    assert err.value.field == "scores.b_depth"
    with pytest.raises(ValidationError) as err:
        css.validate_scores({"a_depressions": 1})
    assert err.value.field == "scores.b_depth"


def test_a_clinic_adds_its_own_scale_and_measure(clinic):
    svc = clinic.services.outcomes
    svc.define("measure", {"code": "corneometer", "name": "Skin hydration (corneometer)", "unit": "AU"})
    svc.define(
        "scale",
        {
            "code": "hair_density",
            "name": "Hair density (clinic)",
            "direction": "higher",
            "items": [
                {"code": "density", "label": "Density", "min": 0, "max": 4, "anchors": {"0": "sparse"}}
            ],
            "responder": ["change_at_least", 1],
        },
    )
    with pytest.raises(ValidationError) as err:
        svc.define("scale", {"code": "css", "name": "Duplicate", "items": [{"min": 0, "max": 3}]})
    assert err.value.field == "code"
    with pytest.raises(ValidationError) as err:
        svc.define("measure", {"code": "x_ray", "name": "No unit"})
    assert err.value.field == "unit"
    reg = svc.registry()
    assert reg.measure("corneometer").unit == "AU"
    assert reg.scale("hair_density").items[0].anchor(0) == "sparse"
    p = clinic.patient()
    today = clinic.today
    clinic.as_practitioner.outcomes.record_measurements(p.id, today, [MeasurementInput("corneometer", 41.5)])
    clinic.as_practitioner.outcomes.record_assessment(
        AssessmentInput(p.id, "hair_density", {"density": 2}, today)
    )
    out = clinic.as_practitioner.outcomes.for_patient(p.id)
    assert out.get("corneometer").points[0].value == 41.5
    assert out.get("hair_density").points[0].value == 2


def test_baseline_three_follow_ups_and_a_measurement_series(clinic):
    p = clinic.patient()
    svc = clinic.as_practitioner.outcomes
    start = clinic.today - timedelta(days=120)
    plan, sessions = _course(clinic, p, start, sessions=4, course=3)
    # baseline before the first session, three follow-ups
    svc.record_assessment(AssessmentInput(p.id, "css", CSS_MODERATE, start - timedelta(days=2)))
    for days, scores in (
        (14, {**CSS_MODERATE, "a_depressions": 1}),
        (28, CSS_MILD),
        (90, {**CSS_MILD, "d_laxity": 2}),
    ):
        svc.record_assessment(AssessmentInput(p.id, "css", scores, start + timedelta(days=days)))
    svc.record_assessment(
        AssessmentInput(p.id, "gais_investigator", {"rating": 2}, start + timedelta(days=28))
    )
    svc.record_measurements(
        p.id,
        start,
        [
            MeasurementInput("weight", 72.0),
            MeasurementInput("height", 168.0),
            MeasurementInput("waist", 84.0, site="2 cm above the navel"),
        ],
        session_id=sessions[0].id,
    )
    for days, waist, weight in ((14, 83.0, 71.5), (28, 81.5, 71.0), (90, 82.5, 71.8)):
        svc.record_measurements(
            p.id,
            start + timedelta(days=days),
            [
                MeasurementInput("waist", waist, site="2 cm above the navel"),
                MeasurementInput("weight", weight),
            ],
        )
    out = svc.for_patient(p.id)
    css = out.get("css")
    assert [pt.value for pt in css.points] == [9, 8, 5, 6]
    assert css.points[0].is_baseline and css.points[0].band == "moderate"
    assert [pt.change for pt in css.points[1:]] == [-1, -4, -3]
    assert [pt.improvement for pt in css.points[1:]] == [1, 4, 3]
    assert [pt.responder for pt in css.points[1:]] == [
        False,
        True,
        False,
    ]  # 9 -> 5: moderate to mild; 6 is moderate again
    waist = out.get("waist")
    assert waist.points[0].is_baseline  # measured on the first session day: still the baseline
    assert [pt.change for pt in waist.points[1:]] == [-1.0, -2.5, -1.5]
    assert [pt.responder for pt in waist.points[1:]] == [False, True, False]
    assert out.get("bmi").points[0].value == round(72.0 / 1.68**2, 1)
    assert out.get("gais_investigator").points[0].responder is True
    assert [(per.kind, per.start, per.end) for per in out.periods] == [
        ("course", start, start + timedelta(days=14)),
        ("maintenance", start + timedelta(days=14), start + timedelta(days=21)),
    ]
    assert len(out.session_days) == 4
    assert out.usual_measures[0] == ("waist", "2 cm above the navel") or out.usual_measures[0][0] == "weight"
    assert dict(out.usual_measures)["waist"] == "2 cm above the navel"
    assert out.usual_scales[0] == "css"


def test_bad_input_names_the_field_and_saves_nothing(clinic):
    p = clinic.patient()
    svc = clinic.as_practitioner.outcomes
    cases = [
        ([MeasurementInput("waist", 8.4)], "measurements[0].value"),  # metres typed for cm
        ([MeasurementInput("weight", 70), MeasurementInput("weight", 71)], "measurements[1].code"),
        ([MeasurementInput("waist", 80, unit="in")], "measurements[0].unit"),
        ([MeasurementInput("weight", float("nan"))], "measurements[0].value"),
        ([MeasurementInput("weight", 70), MeasurementInput("bogus", 1)], "measure"),
        ([MeasurementInput("bmi", 22)], "measurements[0].code"),
    ]
    for values, field in cases:
        with pytest.raises(ValidationError) as err:
            svc.record_measurements(p.id, clinic.today, values)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        svc.record_measurements(p.id, clinic.today + timedelta(days=1), [MeasurementInput("weight", 70)])
    assert err.value.field == "measured_on"
    with pytest.raises(ValidationError) as err:
        svc.record_assessment(AssessmentInput(p.id, "css", CSS_MILD, date(1970, 1, 1)))
    assert err.value.field == "assessed_on"
    with pytest.raises(ValidationError) as err:
        svc.record_assessment(AssessmentInput(p.id, "nope", {}, clinic.today))
    assert err.value.field == "scale"
    with pytest.raises(ValidationError) as err:
        svc.record_assessment(AssessmentInput(p.id, "css", CSS_MILD, clinic.today, photo_ids=[999]))
    assert err.value.field == "photos"
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.outcomes.record_measurements(p.id, clinic.today, [MeasurementInput("weight", 70)])
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.outcomes.for_patient(p.id)
    with clinic.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Measurement)) == 0
        assert conn.scalar(select(func.count()).select_from(OutcomeAssessment)) == 0


def test_one_audit_entry_per_write_and_photos_show_their_scores(clinic):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 160, 140)).save(buf, "JPEG")
    p = clinic.patient()
    photo = clinic.as_practitioner.photos.add(
        p.id, buf.getvalue(), "before.jpg", "before", "thighs", clinic.today
    )
    svc = clinic.as_practitioner.outcomes
    with clinic.engine.connect() as conn:
        before = conn.scalar(select(func.count()).select_from(AuditEntry))
    a = svc.record_assessment(AssessmentInput(p.id, "css", CSS_MODERATE, clinic.today, photo_ids=[photo.id]))
    svc.record_measurements(
        p.id, clinic.today, [MeasurementInput("weight", 70), MeasurementInput("waist", 80)]
    )
    with clinic.engine.connect() as conn:
        entries = list(
            conn.execute(select(AuditEntry.entity, AuditEntry.after_json).where(AuditEntry.id > 0))
        )
        assert conn.scalar(select(func.count()).select_from(AuditEntry)) == before + 2
    assert json.loads(entries[-1][1])["patient_id"] == p.id
    assert svc.photo_scores([photo.id]) == {photo.id: ["Cellulite severity scale (Hexsel CSS): 9 (moderate)"]}
    assert svc.for_patient(p.id).get("css").points[0].photo_ids == [photo.id]
    svc.remove_assessment(a.id)
    assert svc.for_patient(p.id).get("css") is None


def test_erasing_a_patient_removes_their_outcomes(clinic):
    from mesodesk.services.erasure import ErasureService

    p = clinic.patient()
    clinic.as_practitioner.outcomes.record_measurements(p.id, clinic.today, [MeasurementInput("weight", 70)])
    clinic.as_practitioner.outcomes.record_assessment(AssessmentInput(p.id, "css", CSS_MILD, clinic.today))
    ErasureService(clinic.services.ctx).erase_patient(p.id, p.file_no, compact=False)
    with clinic.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Measurement)) == 0
        assert conn.scalar(select(func.count()).select_from(OutcomeAssessment)) == 0
        leaks = conn.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.entity.in_(["measurement", "outcome_assessment"]), AuditEntry.redacted.is_(False)
            )
        )
    assert leaks == 0
