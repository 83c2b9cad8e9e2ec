"""Print a patient's documents or a clinic report to PDF, then open it in the system viewer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.i18n import format_date, format_datetime
from mesodesk.gui.operations import ProgressFn, Task, run_task, show_error
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.services.context import Permission
from mesodesk.services.report_data import SECTION_TITLES, SUMMARY_SECTIONS

if TYPE_CHECKING:
    from mesodesk.reports.exports import SummaryOptions
    from mesodesk.services import Services

#: What a dialog's Save runs: its progress title and the work (target path, progress) -> the written file.
Job = tuple[str, Callable[[Path, ProgressFn], Path]]


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)


def _date_edit(day: date) -> DateField:
    edit = DateField(near=day)
    edit.set_date(day)
    return edit


class _ReportDialogBase(QDialog):
    """Save-as, build off the GUI thread with progress, then open the PDF."""

    date_from: DateField  # the period, built by each dialog
    date_to: DateField

    def __init__(self, services: Services, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.reporting = services.reporting
        self.task: Task | None = None
        self.written: Path | None = None
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _typed_period(self) -> tuple[date, date] | None:
        """The dates typed in ``date_from``/``date_to``; None, with the reason shown and the focus on the
        field, when one is empty or not a date (what was typed stays)."""
        values: list[date] = []
        for field in (self.date_from, self.date_to):
            value = field.date_or_none()
            if value is None:
                self.status.setText(f"{field.accessibleName()}: {field.problem() or self.tr('Type a date.')}")
                field.setFocus()
                return None
            values.append(value)
        return values[0], values[1]

    # subclasses: the default file name, a job (progress -> Path) and its title, or None with a message
    def _default_name(self) -> str:
        raise NotImplementedError

    def _job(self) -> Job | None:
        raise NotImplementedError

    def _save(self) -> None:
        job = self._job()
        if job is None:
            return
        title, fn = job
        suggested = str(Path.home() / self._default_name())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the PDF…"))
        self.task = run_task(self, title, lambda progress: fn(Path(path), progress), self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = path
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("Saved to {path}. No PDF viewer could be opened.").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(str(exc) or self.tr("The PDF could not be made."))
        show_error(self, exc, self.tr("Cannot make the PDF"))


class PatientReportDialog(_ReportDialogBase):
    """Choose a patient document (summary, a session, a consent, aftercare) and what goes in it."""

    DOCUMENTS = ("summary", "session", "consent", "aftercare", "progress")

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.patient_id = patient_id
        patient = services.patients.get(patient_id)
        self.file_no = patient.file_no
        name = f"{patient.first_name} {patient.last_name}"
        self.setWindowTitle(self.tr("Print for {name}").format(name=name))
        clinical = services.ctx.can(Permission.CLINICAL_READ)
        sessions = self.reporting.sessions_for(patient_id) if clinical else []
        consents = self.reporting.consents_for(patient_id) if clinical else []

        self.radios: dict[str, QRadioButton] = {
            "summary": QRadioButton(self.tr("Patient summary")),
            "session": QRadioButton(self.tr("Session record")),
            "consent": QRadioButton(self.tr("Consent form")),
            "aftercare": QRadioButton(self.tr("Aftercare sheet")),
            "progress": QRadioButton(self.tr("Progress sheet for the patient (results so far)")),
        }
        group = QButtonGroup(self)
        for key, radio in self.radios.items():
            radio.setObjectName(f"doc-{key}")
            group.addButton(radio)
        self.radios["summary"].setChecked(True)

        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session")
        self.session_combo.setAccessibleName(self.tr("Session to print"))
        self.session_days: dict[int, date] = {}
        for sid, when, practitioner, indications in sessions:
            self.session_days[sid] = when.astimezone().date()
            self.session_combo.addItem(
                f"{format_datetime(when)} · {practitioner}" + (f" · {indications}" if indications else ""),
                sid,
            )
        self.consent_combo = QComboBox()
        self.consent_combo.setObjectName("consent")
        self.consent_combo.setAccessibleName(self.tr("Consent to print"))
        for c in consents:
            self.consent_combo.addItem(
                f"{format_date(c.signed_at.astimezone().date())} · {c.title} (v{c.version})", c.id
            )
        self.radios["session"].setEnabled(bool(sessions))
        self.radios["consent"].setEnabled(bool(consents))
        self.radios["progress"].setEnabled(clinical)

        # what the summary holds
        titles = {
            "alerts": self.tr("Alerts and allergies"),
            "history": self.tr("Medical history"),
            "sessions": self.tr("Sessions"),
            "maps": self.tr("Injection maps"),
            "reactions": self.tr("Reactions"),
            "plan": self.tr("Plan and follow-up"),
            "consents": self.tr("Consents"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGridLayout()
        for i, key in enumerate(k for k in SUMMARY_SECTIONS if k != "photos"):
            box = QCheckBox(titles.get(key, SECTION_TITLES[key]))
            box.setObjectName(f"section-{key}")
            box.setChecked(True)
            self.section_boxes[key] = box
            sections.addWidget(box, i // 3, i % 3)
        self.photos_box = QCheckBox(self.tr("Photos marked for printing"))
        self.photos_box.setObjectName("photos")
        self.photos_box.setChecked(True)
        self.limit_dates = QCheckBox(self.tr("Only sessions, reactions and photos from"))
        self.limit_dates.setObjectName("limit-dates")
        today = services.ctx.today()
        self.date_from = _date_edit(today - timedelta(days=365))
        self.date_to = _date_edit(today)
        self.date_from.setAccessibleName(self.tr("Start date"))
        self.date_to.setAccessibleName(self.tr("End date"))
        self.limit_dates.toggled.connect(self._update)
        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.summary_box = QGroupBox(self.tr("Summary contents"))
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.addLayout(sections)
        summary_layout.addWidget(self.photos_box)
        summary_layout.addLayout(dates)
        if not clinical:
            for key in ("sessions", "maps", "reactions", "consents"):
                self.section_boxes[key].setChecked(False)
                self.section_boxes[key].setEnabled(False)
            self.photos_box.setChecked(False)
            self.photos_box.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.radios["summary"])
        form.addRow(self.summary_box)
        form.addRow(self.radios["session"], self.session_combo)
        form.addRow(self.radios["consent"], self.consent_combo)
        form.addRow(self.radios["aftercare"])
        form.addRow(self.radios["progress"])
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{name} ({file_no}) — choose the document to print.").format(
                name=name, file_no=patient.file_no
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for radio in self.radios.values():
            radio.toggled.connect(self._update)
        self._update()
        self.resize(620, 0)

    def document(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def _update(self) -> None:
        doc = self.document()
        self.summary_box.setEnabled(doc == "summary")
        self.session_combo.setEnabled(doc == "session")
        self.consent_combo.setEnabled(doc == "consent")
        self.date_from.setEnabled(self.limit_dates.isChecked())
        self.date_to.setEnabled(self.limit_dates.isChecked())

    def summary_options(self) -> SummaryOptions:
        from mesodesk.reports.exports import SummaryOptions

        sections = tuple(k for k in SUMMARY_SECTIONS if k != "photos" and self.section_boxes[k].isChecked())
        if self.photos_box.isChecked():
            sections += ("photos",)
        limit = self.limit_dates.isChecked()
        return SummaryOptions(
            sections=sections,
            date_from=self.date_from.date_or_none() if limit else None,
            date_to=self.date_to.date_or_none() if limit else None,
            photos=self.photos_box.isChecked(),
        )

    def _default_name(self) -> str:
        doc = self.document()
        suffix = ""
        if doc == "session" and self.session_combo.currentData() is not None:
            suffix = f"-{self.session_days[self.session_combo.currentData()].isoformat()}"
        return f"{doc}-{_safe(self.file_no)}{suffix}.pdf"

    def _job(self) -> Job | None:
        from mesodesk.reports import exports

        reporting, pid, doc = self.reporting, self.patient_id, self.document()
        if doc == "summary":
            if self.limit_dates.isChecked() and self._typed_period() is None:
                return None
            options = self.summary_options()
            if options.date_from and options.date_to and options.date_to < options.date_from:
                self.status.setText(self.tr("The end date is before the start date."))
                return None
            return (
                self.tr("Printing the patient summary"),
                lambda path, progress: exports.export_patient_summary(
                    reporting, pid, path, options, progress
                ),
            )
        if doc == "session":
            sid = self.session_combo.currentData()
            return (
                self.tr("Printing the session record"),
                lambda path, progress: exports.export_session_record(reporting, sid, path, progress),
            )
        if doc == "consent":
            cid = self.consent_combo.currentData()
            return (
                self.tr("Printing the consent form"),
                lambda path, progress: exports.export_consent_form(reporting, cid, path, progress),
            )
        if doc == "progress":
            return (
                self.tr("Printing the progress sheet"),
                lambda path, progress: exports.export_progress_sheet(reporting, pid, path, progress),
            )
        return (
            self.tr("Printing the aftercare sheet"),
            lambda path, progress: exports.export_aftercare_sheet(reporting, path, pid, progress),
        )


class ClinicReportsDialog(_ReportDialogBase):
    """Follow-ups due, reactions, lot recall or activity: a period (or a lot), then save and open."""

    REPORTS = ("followups", "reactions", "recall", "activity", "outcomes")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Clinic reports"))
        clinical = services.ctx.can(Permission.CLINICAL_READ)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        titles = {
            "followups": self.tr("Follow-ups due"),
            "reactions": self.tr("Reactions by product, lot, practitioner and area"),
            "recall": self.tr("Lot recall: who received a lot"),
            "activity": self.tr("Activity by period"),
            "outcomes": self.tr("Outcomes: benefit beside risk (courses starting in the period)"),
        }
        for key in self.REPORTS:
            if key == "followups" or clinical:
                self.kind.addItem(titles[key], key)
        self.today = services.ctx.today()
        self.date_from = _date_edit(self.today)
        self.date_to = _date_edit(self.today + timedelta(days=30))
        self.date_from.setObjectName("from")
        self.date_to.setObjectName("to")
        self.date_from.setAccessibleName(self.tr("Start date"))
        self.date_to.setAccessibleName(self.tr("End date"))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.dates_row = QWidget()
        self.dates_row.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        self.lot_edit = QLineEdit()
        self.lot_edit.setObjectName("lot")
        self.lot_edit.setPlaceholderText(self.tr("Lot number, e.g. HA-2310"))
        self.granularity = QComboBox()
        self.granularity.setObjectName("granularity")
        for key, text in (("month", self.tr("Month")), ("week", self.tr("Week")), ("day", self.tr("Day"))):
            self.granularity.addItem(text, key)
        self.group_by = QComboBox()
        self.group_by.setObjectName("group_by")
        for key, text in (
            ("protocol", self.tr("Protocol")),
            ("formula", self.tr("Formula")),
            ("indication", self.tr("Indication")),
        ):
            self.group_by.addItem(text, key)
        self.with_csv = QCheckBox(
            self.tr("Also write the per-course CSV for a statistician (beside the PDF)")
        )
        self.with_csv.setObjectName("with_csv")
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Period"), self.dates_row)
        form.addRow(self.tr("Lot"), self.lot_edit)
        form.addRow(self.tr("One row per"), self.granularity)
        form.addRow(self.tr("Group by"), self.group_by)
        form.addRow("", self.with_csv)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, 0)

    def report(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.report()
        self.form.setRowVisible(self.dates_row, kind != "recall")
        self.form.setRowVisible(self.lot_edit, kind == "recall")
        self.form.setRowVisible(self.granularity, kind == "activity")
        self.form.setRowVisible(self.group_by, kind == "outcomes")
        self.form.setRowVisible(self.with_csv, kind == "outcomes")
        if kind == "outcomes":
            self.date_from.set_date(self.today - timedelta(days=3 * 365))
            self.date_to.set_date(self.today)
        elif kind == "followups":
            self.date_from.set_date(self.today)
            self.date_to.set_date(self.today + timedelta(days=30))
        elif kind in ("reactions", "activity"):
            self.date_from.set_date(self.today - timedelta(days=365))
            self.date_to.set_date(self.today)
        self.status.clear()

    def _default_name(self) -> str:
        kind = self.report()
        if kind == "recall":
            return f"recall-{_safe(self.lot_edit.text().strip())}.pdf"
        start, end = self.date_from.date_or_none(), self.date_to.date_or_none()
        period = f"{start.isoformat()}-{end.isoformat()}" if start and end else "period"
        return f"{kind}-{period}.pdf"

    def period(self) -> tuple[date, date] | None:
        return self._typed_period()

    def _job(self) -> Job | None:
        from mesodesk.reports import exports

        reporting, kind = self.reporting, self.report()
        if kind == "recall":
            lot = self.lot_edit.text().strip()
            if not lot:
                self.status.setText(self.tr("Enter the lot number."))
                self.lot_edit.setFocus()
                return None
            return (
                self.tr("Printing the recall list"),
                lambda path, progress: exports.export_recall(reporting, lot, path, progress),
            )
        period = self.period()
        if period is None:
            return None
        start, end = period
        if end < start:
            self.status.setText(self.tr("The end date is before the start date."))
            return None
        if kind == "followups":
            return (
                self.tr("Printing the follow-ups"),
                lambda path, progress: exports.export_followups(reporting, start, end, path, progress),
            )
        if kind == "outcomes":
            by, ctx, csv = self.group_by.currentData(), self.services.ctx, self.with_csv.isChecked()
            return (
                self.tr("Printing the outcomes report"),
                lambda path, progress: exports.export_outcomes(
                    ctx, path, start, end, by, Path(path).with_suffix(".csv") if csv else None, progress
                ),
            )
        if kind == "reactions":
            return (
                self.tr("Printing the reactions report"),
                lambda path, progress: exports.export_reactions(reporting, start, end, path, progress),
            )
        granularity = self.granularity.currentData()
        return (
            self.tr("Printing the activity report"),
            lambda path, progress: exports.export_activity(
                reporting, start, end, path, granularity, progress
            ),
        )
