"""The last date fields that took only Qt's sectioned editor (issue 12 item 7): the photo's "taken on"
("d MMM yyyy", a second format), the report and audit periods ("yyyy-MM-dd", a third), the Outcomes
visit day and the follow-up reschedule date. Each now takes a date typed in the locale's order with or
without separators, shows it in the locale's one format, and refuses a non-date next to the field with
the reason in the user's language, keeping what was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.i18n import format_date
from mesodesk.gui.widgets.date_field import DateField

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def digits_of(day: date) -> str:
    return "".join(ch for ch in format_date(day) if ch.isdigit())


def type_into(qtbot, field: DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.clear()
    field.setFocus()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_photo_taken_on_is_typed_and_shown_in_the_locale_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.photo_tag_dialog import PhotoTagDialog

    dialog = PhotoTagDialog(None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.taken_on, DateField)
    day = date.today() - timedelta(days=3)
    type_into(qtbot, dialog.taken_on, digits_of(day))
    assert dialog.taken_on.text() == format_date(day)
    assert dialog.tags().taken_on == day


def test_photo_taken_on_in_the_future_or_not_a_date_is_refused_and_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.photo_tag_dialog import PhotoTagDialog

    dialog = PhotoTagDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    future = date.today() + timedelta(days=30)
    type_into(qtbot, dialog.taken_on, digits_of(future))
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()  # not accepted
    assert "future" in dialog.taken_on.problem()
    type_into(qtbot, dialog.taken_on, "31/02")
    dialog.accept()
    assert dialog.isVisible() and dialog.taken_on.text() == "31/02"


def test_clinic_report_period_typed_without_separators(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.report_dialog import ClinicReportsDialog

    dialog = ClinicReportsDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("reactions"))
    assert isinstance(dialog.date_from, DateField) and isinstance(dialog.date_to, DateField)
    assert dialog.date_to.text() == format_date(date.today())  # one format: the locale's
    start = date.today() - timedelta(days=90)
    type_into(qtbot, dialog.date_from, digits_of(start))
    assert dialog.period() == (start, date.today())
    assert dialog._default_name().startswith(f"reactions-{start.isoformat()}")


def test_clinic_report_refuses_a_period_that_is_not_a_date(qtbot, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from mesodesk.gui.dialogs.report_dialog import ClinicReportsDialog

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append("x") or ("", ""))
    )
    dialog = ClinicReportsDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("activity"))
    type_into(qtbot, dialog.date_to, "13131313")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() and asked == []  # no file asked for
    assert dialog.date_to.text() == "13131313"


def test_patient_summary_period_typed(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.report_dialog import PatientReportDialog

    patient = sqlite_clinic.patient("Typed", "Period")
    dialog = PatientReportDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.limit_dates.setChecked(True)
    start = date.today() - timedelta(days=40)
    type_into(qtbot, dialog.date_from, digits_of(start))
    options = dialog.summary_options()
    assert (options.date_from, options.date_to) == (start, date.today())


def test_audit_period_typed(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.audit_dialog import AuditDialog

    sqlite_clinic.patient("Audit", "Typed")
    dialog = AuditDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    total = dialog.model.rowCount()
    assert total > 0
    dialog.use_dates.setChecked(True)
    long_ago = date.today() - timedelta(days=3000)
    type_into(qtbot, dialog.start, digits_of(long_ago))
    type_into(qtbot, dialog.end, digits_of(long_ago + timedelta(days=1)))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0  # nothing happened then
    type_into(qtbot, dialog.end, digits_of(date.today()))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == total
    type_into(qtbot, dialog.end, "notadate")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() and dialog.end.text() == "notadate"


def test_outcome_visit_day_typed_and_future_refused(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.widgets.outcomes_tab import OutcomesTab

    patient = sqlite_clinic.patient("Visit", "Typed")
    tab = OutcomesTab(sqlite_clinic.as_practitioner)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.set_patient(patient.id)
    entry = tab.entry
    assert isinstance(entry.day, DateField)
    day = date.today() - timedelta(days=2)
    type_into(qtbot, entry.day, digits_of(day))
    entry.rows[0].value.setText("71.5")
    assert entry.save_measurements()
    stored = sqlite_clinic.services.outcomes.for_patient(patient.id).get("weight")
    assert stored is not None and [p.day for p in stored.points] == [day]
    type_into(qtbot, entry.day, digits_of(date.today() + timedelta(days=5)))
    entry.rows[0].value.setText("70.0")
    assert not entry.save_measurements()
    assert entry.rows[0].value.text() == "70.0"  # kept
    assert len(sqlite_clinic.services.outcomes.for_patient(patient.id).get("weight").points) == 1


def test_a_bad_date_is_explained_in_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.i18n import use_language

    field = DateField()
    qtbot.addWidget(field)
    field.setText("99/99/9999")  # no month 99, whatever the locale's order
    english = field.problem()
    with use_language("fr"):
        french = field.problem()
    assert english and french and english != french
    assert "99" in french and "mois" in french


def test_no_date_is_formatted_by_hand_in_the_gui() -> None:
    """Lists, combo boxes and messages showed ISO dates ("2026-12-02 14:05") beside the locale's
    (issue 12 item 7: three formats); every date shown goes through gui.i18n now."""
    from pathlib import Path

    import mesodesk.gui

    root = Path(mesodesk.gui.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "strftime(" in line or "%Y-%m" in line or 'setDisplayFormat("' in line
    ]
    assert offenders == []


def test_months_on_the_plots_are_in_the_users_language() -> None:
    from PySide6.QtCore import QLocale

    from mesodesk.gui.i18n import format_month

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert format_month(date(2026, 1, 5)).startswith("janv")
    finally:
        QLocale.setDefault(previous)


def test_month_labels_under_a_plot_never_touch() -> None:
    """Seen on the French Outcomes tab: "déc. 2024mars 2025juin 2025" ran together."""
    from PySide6.QtGui import QFont, QFontMetrics

    from mesodesk.gui.widgets.outcome_plot import label_every

    metrics = QFontMetrics(QFont())
    widest = max(metrics.horizontalAdvance(t) for t in ("sept. 2025", "déc. 2024", "févr. 2026")) + 10
    positions = [40 + 14.0 * i for i in range(20)]  # 20 months over 280 px
    every = label_every(positions, widest)
    assert positions[every] - positions[0] >= widest
    assert label_every(positions, 1) == 1  # room for every month: every month labelled


@pytest.mark.parametrize(
    ("locale_name", "lang"), [("es_ES", "es"), ("fr_FR", "fr"), ("de_DE", "de"), ("it_IT", "it")]
)
def test_the_window_and_the_paper_write_a_date_alike(locale_name: str, lang: str) -> None:
    """Spanish lists showed "4/4/1969" (Qt's d/M/yy) where the printed summary says "04/04/1969"."""
    from PySide6.QtCore import QLocale

    from mesodesk.i18n.formatting import format_date as printed

    previous = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        for day in (date(1969, 4, 4), date(2026, 12, 2)):
            assert format_date(day) == printed(day, "short", lang=lang)
    finally:
        QLocale.setDefault(previous)
