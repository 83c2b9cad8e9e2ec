"""The benchmark's outcome figures (issue 15, item 9) run and measure the real work."""

from __future__ import annotations

from mesodesk.bench_outcomes import add_outcomes, outcomes_report_figure, outcomes_tab_figure


def test_outcome_figures(sqlite_clinic):
    services = sqlite_clinic.services
    patient = sqlite_clinic.patient()
    add_outcomes(services, patient.id, visits=4)
    tab = outcomes_tab_figure(services, patient.id, 2, 0, gui=False)
    assert tab.budget == 150.0 and tab.value > 0 and tab.unit == "ms"
    report = outcomes_report_figure(services, 2)
    assert report.budget == 3.0 and report.value > 0 and report.floor is not None
    assert "SQL statements" in report.floor_how
    css = services.outcomes.for_patient(patient.id).get("css")
    assert [p.value for p in css.points] == [12, 12, 12, 11]
