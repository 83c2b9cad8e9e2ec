"""A clinic's own scales and measures: validated ranges and bands, changed while unused, retired once used."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from mesodesk.db.models import AuditEntry
from mesodesk.domain.errors import PermissionDeniedError, ValidationError
from mesodesk.services.outcomes import AssessmentInput, MeasurementInput

HYDRATION = {"code": "corneometer", "name": "Skin hydration", "unit": "AU", "min": 0, "max": 120}
DENSITY = {
    "code": "hair_density",
    "name": "Hair density",
    "direction": "higher",
    "items": [{"code": "density", "label": "Density", "min": 0, "max": 4, "anchors": {"0": "sparse"}}],
    "bands": [[0, 1, "sparse"], [2, 4, "dense"]],
}


def _error(call, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        call(*args)
    return err.value


def test_a_measure_range_refuses_a_typo_and_min_must_be_below_max(clinic):
    svc = clinic.services.outcomes
    assert _error(svc.define, "measure", HYDRATION | {"min": 50, "max": 10}).field == "max"
    assert _error(svc.define, "measure", HYDRATION | {"min": "lots"}).field == "min"
    svc.define("measure", HYDRATION)
    assert svc.registry().measure("corneometer").maximum == 120
    p = clinic.patient()
    err = _error(
        clinic.as_practitioner.outcomes.record_measurements,
        p.id,
        clinic.today,
        [MeasurementInput("corneometer", 415.0)],
    )
    assert err.field == "measurements[0].value" and "0-120" in err.message
    clinic.as_practitioner.outcomes.record_measurements(
        p.id, clinic.today, [MeasurementInput("corneometer", 41.5)]
    )


@pytest.mark.parametrize(
    ("bands", "field"),
    [
        ([[0, 1, ""]], "bands[0].label"),
        ([[3, 1, "mild"]], "bands[0].high"),
        ([[0, 9, "mild"]], "bands[0]"),
        ([[0, 2, "mild"], [2, 4, "severe"]], "bands[1]"),
        ([["a", 2, "mild"]], "bands[0]"),
    ],
)
def test_bands_are_checked_against_the_scale_total(clinic, bands, field):
    err = _error(clinic.services.outcomes.define, "scale", DENSITY | {"bands": bands})
    assert err.field == field
    assert "hair_density" not in clinic.services.outcomes.registry().scales


def test_an_anchor_outside_the_item_range_is_refused(clinic):
    items = [{"code": "density", "label": "Density", "min": 0, "max": 4, "anchors": {"7": "bald"}}]
    err = _error(clinic.services.outcomes.define, "scale", DENSITY | {"items": items})
    assert err.field == "items[0].anchors"


def test_an_unused_definition_is_changed_and_audited_a_used_one_is_not(clinic):
    svc = clinic.services.outcomes
    svc.define("scale", DENSITY)
    renamed = DENSITY | {"name": "Hair density (clinic)"}
    assert svc.redefine("hair_density", renamed).name == "Hair density (clinic)"
    assert svc.registry().scale("hair_density").name == "Hair density (clinic)"
    assert _error(svc.redefine, "hair_density", renamed | {"code": "other"}).field == "code"
    with clinic.services.ctx.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "outcome_definition", AuditEntry.action == "update")
        ).one()
    assert json.loads(entry.after_json)["name"] == "Hair density (clinic)"
    p = clinic.patient()
    clinic.as_practitioner.outcomes.record_assessment(
        AssessmentInput(p.id, "hair_density", {"density": 2}, clinic.today)
    )
    err = _error(svc.redefine, "hair_density", DENSITY)
    assert err.field == "definition"
    assert svc.registry().scale("hair_density").name == "Hair density (clinic)"
    used = next(d for d in svc.definitions() if d.code == "hair_density")
    assert used.records == 1 and not used.retired and not used.builtin


def test_a_retired_definition_keeps_its_values_but_takes_no_new_ones(clinic):
    svc = clinic.services.outcomes
    svc.define("scale", DENSITY)
    svc.define("measure", HYDRATION)
    p = clinic.patient()
    clinic.as_practitioner.outcomes.record_assessment(
        AssessmentInput(p.id, "hair_density", {"density": 2}, clinic.today)
    )
    svc.retire("hair_density")
    svc.retire("corneometer")
    registry = svc.registry()
    assert registry.retired == {"hair_density", "corneometer"}
    assert "hair_density" not in registry.active_scales() and "hair_density" in registry.scales
    assert "corneometer" not in registry.active_measures()
    out = clinic.as_practitioner.outcomes.for_patient(p.id)
    assert out.get("hair_density").name == "Hair density"  # still named, with its value
    assert out.get("hair_density").points[0].value == 2
    err = _error(
        clinic.as_practitioner.outcomes.record_assessment,
        AssessmentInput(p.id, "hair_density", {"density": 3}, clinic.today),
    )
    assert err.field == "scale"
    err = _error(
        clinic.as_practitioner.outcomes.record_measurements,
        p.id,
        clinic.today,
        [MeasurementInput("corneometer", 4.0)],
    )
    assert err.field == "measurements[0].code"
    assert {d.code for d in svc.definitions() if d.retired} == {"hair_density", "corneometer"}
    svc.retire("hair_density", retired=False)
    assert svc.registry().retired == {"corneometer"}
    with clinic.services.ctx.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "outcome_definition")).all()
    assert sorted(actions) == ["create", "create", "update", "update", "update"]


def test_only_the_catalogue_permission_defines_changes_or_retires(clinic):
    clinic.services.outcomes.define("measure", HYDRATION)
    assistant = clinic.as_assistant.outcomes
    with pytest.raises(PermissionDeniedError):
        assistant.define("measure", HYDRATION | {"code": "other"})
    with pytest.raises(PermissionDeniedError):
        assistant.redefine("corneometer", HYDRATION)
    with pytest.raises(PermissionDeniedError):
        assistant.retire("corneometer")
    assert clinic.services.outcomes.registry().retired == set()


def test_a_bad_item_code_names_the_item_not_the_scale(clinic):
    items = [
        {"code": "ok_item", "label": "A", "min": 0, "max": 2},
        {"code": "X", "label": "B", "min": 0, "max": 2},
    ]
    err = _error(clinic.services.outcomes.define, "scale", DENSITY | {"items": items, "bands": []})
    assert err.field == "items[1].code"


def test_a_range_open_at_one_end_names_the_end_passed(clinic):
    svc = clinic.services.outcomes
    svc.define("measure", {"code": "elasticity", "name": "Elasticity", "unit": "%", "max": 100})
    svc.define("measure", {"code": "tewl", "name": "Water loss", "unit": "g/m2/h", "min": 0})
    p = clinic.patient()
    record = clinic.as_practitioner.outcomes.record_measurements
    err = _error(record, p.id, clinic.today, [MeasurementInput("elasticity", 140.0)])
    assert err.message == "Elasticity of 140 % is above 100"
    err = _error(record, p.id, clinic.today, [MeasurementInput("tewl", -2.0)])
    assert err.message == "Water loss of -2 g/m2/h is below 0"
    record(p.id, clinic.today, [MeasurementInput("elasticity", -3.0), MeasurementInput("tewl", 1e6)])
