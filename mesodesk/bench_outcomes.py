"""The outcomes figures of the benchmark: the clinic's outcomes report and a patient's Outcomes tab."""

from __future__ import annotations

import statistics
from datetime import timedelta
from typing import TYPE_CHECKING

from mesodesk.bench_figure import Figure, timed

if TYPE_CHECKING:
    from mesodesk.services import Services


def outcomes_report_figure(services: Services, repeat: int) -> Figure:
    """The clinic's outcomes report over every course (gathered and laid out), beside its raw SQL."""
    import io

    from mesodesk.bench_floors import captured_sql, replay
    from mesodesk.reports.outcomes_report import build_outcomes_report
    from mesodesk.services.outcome_evidence import OutcomeEvidence

    evidence = OutcomeEvidence(services.ctx)
    with captured_sql(services.ctx.engine) as statements:
        evidence.evidence()

    def build() -> None:
        build_outcomes_report(evidence.evidence(), io.BytesIO())

    times = timed(build, max(1, repeat // 2))
    floor = statistics.median(replay(services.ctx.engine, statements, max(1, repeat // 2))) / 1000
    return Figure(
        "outcomes report over the whole clinic",
        statistics.median(times) / 1000,
        "s",
        3.0,
        f"median of {max(1, repeat // 2)}",
        floor,
        f"its {len(statements)} SQL statements on the raw connection",
    )


def add_outcomes(services: Services, patient_id: int, visits: int = 30) -> None:
    """A baseline and follow-ups for the heavy patient: weight, waist and the cellulite scale."""
    from datetime import date

    from mesodesk.services.outcomes import AssessmentInput, MeasurementInput

    today = date.today()
    for k in range(visits):
        day = today - timedelta(days=7 * (visits - k))
        services.outcomes.record_measurements(
            patient_id,
            day,
            [MeasurementInput("weight", 70 - k * 0.05), MeasurementInput("waist", 88 - k * 0.1)],
        )
        total = max(0, 12 - k // 3)
        items = ("a_depressions", "b_depth", "c_morphology", "d_laxity", "e_nurnberger")
        scores = {item: min(3, total // 5 + (1 if i < total % 5 else 0)) for i, item in enumerate(items)}
        services.outcomes.record_assessment(AssessmentInput(patient_id, "css", scores, day))


def outcomes_tab_figure(services: Services, patient_id: int, repeat: int, n: int, gui: bool) -> Figure:
    """The Outcomes tab of the heavy patient: the service call, and with the GUI the tab filled and painted."""
    if gui:
        from PySide6.QtWidgets import QApplication

        from mesodesk.gui.widgets.outcomes_tab import OutcomesTab

        app = QApplication.instance() or QApplication(["mesodesk-bench", "-platform", "offscreen"])
        tab = OutcomesTab(services)
        tab.resize(1200, 700)

        def open_tab() -> None:
            tab.set_patient(patient_id)
            tab.grab()
            app.processEvents()

        how = "service + tab filled and painted (offscreen)"
    else:

        def open_tab() -> None:
            services.outcomes.for_patient(patient_id)

        how = "service"
    open_tab()
    times = timed(open_tab, repeat)
    return Figure(
        f"Outcomes tab, {n} sessions + 60 scores ({how})",
        statistics.median(times),
        "ms",
        150.0,
        f"median of {repeat}",
    )
