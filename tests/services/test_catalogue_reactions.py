"""Catalogue, lot recall through formula mixes, and reactions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mesodesk.domain.errors import ValidationError
from mesodesk.services.catalogue import FormulaInput, LotInput, ProductInput, ProtocolInput
from mesodesk.services.reactions import AssessmentInput, ReactionInput


def test_lot_rules(clinic):
    cat = clinic.services.catalogue
    with pytest.raises(ValidationError) as err:
        cat.save_lot(LotInput(clinic.ha.id, "HA-001", date.today(), 1.0))
    assert err.value.field == "lot_number"
    with pytest.raises(ValidationError) as err:
        cat.save_lot(LotInput(clinic.ha.id, "HA-NEG", date.today(), -1.0))
    assert err.value.field == "quantity_in_stock"
    with pytest.raises(ValidationError) as err:
        cat.save_product(ProductInput(""))
    assert err.value.field == "name"
    usable = {lot.lot_number for lot in cat.lots(clinic.ha.id, usable_on=date.today())}
    assert usable == {"HA-001"}


def test_recall_finds_every_patient_who_received_a_lot_inside_a_mix(clinic):
    a = clinic.patient("Ana", "García")
    b = clinic.patient("Bo", "Ng")
    c = clinic.patient("Cy", "Untouched")
    for p in (a, b):
        clinic.as_practitioner.sessions.record(clinic.session_input(p.id))  # mix: HA + lidocaine
    data = clinic.session_input(c.id)
    data.products = data.products[:1]  # HA only
    clinic.as_practitioner.sessions.record(data)
    rows = clinic.services.recall.who_received("LI-001")
    assert {r.patient_name for r in rows} == {"García, Ana", "Ng, Bo"}
    assert all(r.formula_name == "Face revitalisation" for r in rows)


def test_formula_and_protocol_validation(clinic):
    cat = clinic.services.catalogue
    with pytest.raises(ValidationError) as err:
        cat.save_formula(FormulaInput("Empty", ingredients=[]))
    assert err.value.field == "ingredients"
    with pytest.raises(ValidationError) as err:
        cat.save_protocol(ProtocolInput("Deep", depth_mm=20))
    assert err.value.field == "depth_mm"
    proto = cat.save_protocol(ProtocolInput("Face", areas=["full_face"], formula_id=clinic.formula.id))
    assert proto.areas == "full_face"


def test_reaction_with_graded_assessments(clinic):
    patient = clinic.patient()
    session = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id)).session
    result = clinic.as_practitioner.reactions.record(
        ReactionInput(
            patient.id,
            "bruising",
            session.performed_at + timedelta(hours=2),
            session_id=session.id,
            area="full_face",
            severity="moderate",
            assessments=[
                AssessmentInput(0, "bruising", "moderate"),
                AssessmentInput(3, "bruising", "mild"),
                AssessmentInput(7, "bruising", "none"),
            ],
        )
    )
    assert not result.suggest_allergy
    assert [(a.day, a.grade) for a in result.reaction.assessments] == [
        (0, "moderate"),
        (3, "mild"),
        (7, "none"),
    ]
    more = clinic.as_practitioner.reactions.add_assessment(
        result.reaction.id, AssessmentInput(14, "swelling", "none")
    )
    assert len(more.assessments) == 4


def test_serious_allergic_reaction_suggests_an_allergy(clinic):
    patient = clinic.patient()
    result = clinic.as_practitioner.reactions.record(
        ReactionInput(patient.id, "hives", datetime.now(UTC), severity="severe")
    )
    assert result.suggest_allergy


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "sneezing"}, "type"),
        ({"severity": "awful"}, "severity"),
        ({"resolved_on": date(2000, 1, 1)}, "resolved_on"),
        ({"assessments": [AssessmentInput(-1, "bruising", "mild")]}, "assessments[0].day"),
    ],
)
def test_bad_reactions_refused(clinic, changes, field):
    patient = clinic.patient()
    data = ReactionInput(patient.id, "bruising", datetime.now(UTC))
    for k, v in changes.items():
        setattr(data, k, v)
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.reactions.record(data)
    assert err.value.field == field
    assert clinic.as_practitioner.reactions.for_patient(patient.id) == []
