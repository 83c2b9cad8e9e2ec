"""The clinic's evidence (issue 15, item 6): statistics on a small cohort computed by hand."""

from __future__ import annotations

import csv
import io
import math
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from mesodesk.domain.errors import ValidationError
from mesodesk.services.catalogue import ProtocolInput
from mesodesk.services.followups import PlanInput
from mesodesk.services.outcome_evidence import OutcomeEvidence
from mesodesk.services.outcomes import AssessmentInput, MeasurementInput
from mesodesk.services.reactions import ReactionInput

ITEMS = ("a_depressions", "b_depth", "c_morphology", "d_laxity", "e_nurnberger")


def css(total: int) -> dict[str, int]:
    scores = dict.fromkeys(ITEMS, 0)
    for i in range(total):
        scores[ITEMS[i % 5]] += 1
    return scores


def _patient_course(clinic, name, protocol, start, sessions=3):  # type: ignore[no-untyped-def]
    p = clinic.patient(name, "Test")
    plan = clinic.as_practitioner.followups.create_plan(
        PlanInput(p.id, protocol.name, 3, 7, protocol_id=protocol.id)
    )
    recorded = []
    for k in range(sessions):
        day = start + timedelta(days=7 * k)
        when = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        data = clinic.session_input(p.id, when, plan_id=plan.id, protocol_id=protocol.id)
        recorded.append(clinic.as_practitioner.sessions.record(data).session)
    return p, recorded


@pytest.fixture
def cohort(clinic):  # type: ignore[no-untyped-def]
    cat = clinic.services.catalogue
    cellulite = cat.save_protocol(ProtocolInput("Cellulite", indication="Cellulite", areas=["thighs"]))
    face = cat.save_protocol(ProtocolInput("Face", indication="Fine lines", areas=["full_face"]))
    start = clinic.today - timedelta(days=300)
    end = start + timedelta(days=14)
    out = clinic.as_practitioner.outcomes

    def score(p, day, total):  # type: ignore[no-untyped-def]
        out.record_assessment(AssessmentInput(p.id, "css", css(total), day))

    p1, s1 = _patient_course(clinic, "Ann", cellulite, start)
    for day, total in ((start, 9), (end, 5), (end + timedelta(days=91), 7), (end + timedelta(days=182), 8)):
        score(p1, day, total)
    out.record_measurements(p1.id, start, [MeasurementInput("waist", 90.0)])
    out.record_measurements(p1.id, end + timedelta(days=2), [MeasurementInput("waist", 87.5)])
    clinic.as_practitioner.reactions.record(
        ReactionInput(p1.id, "bruising", s1[0].performed_at + timedelta(hours=2), session_id=s1[0].id)
    )
    p2, _ = _patient_course(clinic, "Bea", cellulite, start)
    for day, total in (
        (start - timedelta(days=3), 12),
        (end + timedelta(days=5), 8),
        (end + timedelta(days=95), 9),
    ):
        score(p2, day, total)
    p3, _ = _patient_course(clinic, "Cat", cellulite, start)
    for day, total in ((start, 7), (end, 6)):
        score(p3, day, total)
    p4, _ = _patient_course(clinic, "Dee", face, start, sessions=2)  # stopped after two of three
    out.record_assessment(
        AssessmentInput(p4.id, "gais_investigator", {"rating": 3}, start + timedelta(days=10))
    )
    return clinic, start


def test_evidence_by_protocol_matches_the_hand_computation(cohort):
    clinic, start = cohort
    data = OutcomeEvidence(clinic.as_practitioner.ctx).evidence()
    groups = {g.label: g for g in data.groups}
    cell = groups["Cellulite"]
    assert (cell.patients, cell.courses, cell.completed, cell.sessions, cell.reactions) == (3, 3, 3, 9, 1)
    assert cell.reaction_rate == pytest.approx(100 / 9)
    row = next(r for r in cell.rows if r.code == "css")
    assert row.courses == 3
    assert row.baseline.mean == pytest.approx(28 / 3)
    # change at the end: -4, -4, -1 -> mean -3, sd sqrt(3), t(0.975, 2) = 4.302652730
    assert row.change_end.mean == pytest.approx(-3.0)
    assert row.change_end.low == pytest.approx(-3 - 4.302652730 * math.sqrt(3) / math.sqrt(3))
    assert row.change_end.high == pytest.approx(-3 + 4.302652730)
    # 3 months: -2 (Ann), -3 (Bea); 6 months: -1 (Ann) only
    assert row.change_3m.mean == pytest.approx(-2.5) and row.change_3m.n == 2
    assert row.change_6m.mean == pytest.approx(-1.0) and row.change_6m.low is None
    # responders: 9->5 (moderate to mild) yes, 12->8 (severe to moderate) yes, 7->6 (moderate) no
    assert (row.responders.events, row.responders.n) == (2, 3)
    # half-effect: Ann improved 4 and is back to 2 at 91 days (event); Bea improved 4, still 3 at 95 days
    # (censored); Cat was not seen again. KM: S(91) = 1 - 1/2 = 0.5 -> median 91 days
    assert row.half_effect_days == 91 and row.half_effect_n == (1, 2)
    assert row.half_effect_maintained_n == (0, 0)
    waist = next(r for r in cell.rows if r.code == "waist")
    assert waist.change_end.mean == pytest.approx(-2.5) and waist.responders.rate == 1.0
    face = groups["Face"]
    assert (face.courses, face.completed, face.sessions) == (1, 0, 2)
    gais = face.rows[0]
    assert gais.code == "gais_investigator" and gais.responders.rate == 1.0 and gais.baseline.mean == 3.0
    rows = list(csv.DictReader(io.StringIO(data.csv_text())))
    assert {r["protocol"] for r in rows} == {"Cellulite", "Face"}
    ann = next(r for r in rows if r["instrument"] == "css" and r["baseline"] == "9")
    assert (
        ann["end_of_course"],
        ann["at_3_months"],
        ann["days_to_half_effect"],
        ann["half_effect_reached"],
    ) == (
        "5",
        "7",
        "91",
        "1",
    )
    assert "Ann" not in data.csv_text()  # no names for the statistician


def test_grouping_and_period(cohort):
    clinic, start = cohort
    ev = OutcomeEvidence(clinic.as_practitioner.ctx)
    assert {g.label for g in ev.evidence(by="indication").groups} == {"Cellulite", "Fine lines"}
    assert {g.label for g in ev.evidence(by="formula").groups} == {"Face revitalisation"}
    assert ev.evidence(start + timedelta(days=1)).groups == []
    assert len(ev.evidence(start, start).groups) == 2
    with pytest.raises(ValidationError) as err:
        ev.evidence(by="practitioner")
    assert err.value.field == "by"
    with pytest.raises(ValidationError):
        ev.evidence(start, start - timedelta(days=1))


def test_report_outcomes_command_writes_the_pdf_and_the_csv(cohort, tmp_path):
    from mesodesk.cli import main

    clinic, _ = cohort
    url = clinic.engine.url.render_as_string(hide_password=False)
    pdf, table = tmp_path / "outcomes.pdf", tmp_path / "outcomes.csv"
    assert main(["--db", url, "report", "outcomes", "-o", str(pdf), "--csv", str(table)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf.read_bytes())).pages)
    for expected in (
        "Cellulite",
        "Face",
        "3 patients",
        "11.1",
        "per 100 sessions",
        "-3.0",
        "67%",
        "91 d",
        "Limits",
    ):
        assert expected in text, expected
    assert table.read_text(encoding="utf-8-sig").startswith("protocol,course_id")
