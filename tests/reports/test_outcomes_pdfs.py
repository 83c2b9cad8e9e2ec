"""Outcomes in print (issue 15, item 5): the summary's section and the patient's progress sheet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

from pypdf import PdfReader

from mesodesk.reports import exports
from mesodesk.services.followups import PlanInput
from mesodesk.services.outcomes import AssessmentInput, MeasurementInput
from mesodesk.services.reporting import ReportingService


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def _patient_with_outcomes(clinic):  # type: ignore[no-untyped-def]
    p = clinic.patient("Zoë", "Ōtsuka")
    start = clinic.today - timedelta(days=90)
    plan = clinic.as_practitioner.followups.create_plan(PlanInput(p.id, "Cellulite", 3, 7))
    for k in range(3):
        day = start + timedelta(days=7 * k)
        when = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        clinic.as_practitioner.sessions.record(clinic.session_input(p.id, when, plan_id=plan.id))
    out = clinic.as_practitioner.outcomes
    for days, waist, rating in ((0, 88.0, None), (14, 86.0, 3), (60, 85.0, 2)):
        out.record_measurements(
            p.id, start + timedelta(days=days), [MeasurementInput("waist", waist, site="navel")]
        )
        if rating:
            out.record_assessment(
                AssessmentInput(p.id, "gais_subject", {"rating": rating}, start + timedelta(days=days))
            )
    return p


def test_summary_has_an_outcomes_section_with_vector_plots_and_a_table(clinic, tmp_path):
    p = _patient_with_outcomes(clinic)
    reporting = ReportingService(clinic.as_practitioner.ctx)
    target = tmp_path / "summary.pdf"
    exports.export_patient_summary(
        reporting, p.id, target, exports.SummaryOptions(sections=("alerts", "outcomes"))
    )
    text = _text(target)
    assert "Outcomes" in text and "Waist circumference" in text and "GAIS (subject)" in text
    assert "88 cm" in text and "-3 cm" in text  # baseline and change in the table
    page = PdfReader(BytesIO(target.read_bytes())).pages[0]
    assert not page.images  # the plots are drawn (vector), not pasted as pictures
    # an assistant (no clinical access) gets no outcomes
    data = ReportingService(clinic.as_assistant.ctx).patient_summary(p.id, sections=("outcomes",))
    assert data.outcomes is None


def test_progress_sheet_speaks_to_the_patient(clinic, tmp_path):
    p = _patient_with_outcomes(clinic)
    reporting = ReportingService(clinic.as_practitioner.ctx)
    target = tmp_path / "progress.pdf"
    exports.export_progress_sheet(reporting, p.id, target)
    text = " ".join(_text(target).split())
    assert "Your results so far" in text and "3 sessions" in text
    assert "3 cm less than at the start: better" in text
    assert "rated 2 on a scale from 1" in text
    assert "not permanent" in text


def test_french_documents_name_the_scales_and_measures_in_french(clinic, tmp_path):
    """The French progress sheet said "GAIS (investigator)", "Patient satisfaction (0-10)" and its plot
    legend "course · maintenance · session · baseline": the instruments' names were translated only in
    the window."""
    from mesodesk.i18n import use_language

    p = _patient_with_outcomes(clinic)
    reporting = ReportingService(clinic.as_practitioner.ctx)
    summary, sheet = tmp_path / "summary.pdf", tmp_path / "progress.pdf"
    with use_language("fr"):
        exports.export_patient_summary(
            reporting, p.id, summary, exports.SummaryOptions(sections=("outcomes",)), lang="fr"
        )
        exports.export_progress_sheet(reporting, p.id, sheet)
    for path in (summary, sheet):
        text = " ".join(_text(path).split())
        assert "Tour de taille" in text and "Waist circumference" not in text
        assert "GAIS (patient)" not in text or "GAIS (sujet)" in text
        assert "GAIS (subject)" not in text
        assert "maintenance" not in text and "baseline" not in text
