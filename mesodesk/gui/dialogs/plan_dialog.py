"""Plan a course of sessions, maintenance and post-treatment check calls, with the dates previewed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.services.followups import PlanInput

if TYPE_CHECKING:
    from mesodesk.services import Services

PREVIEW_LIMIT = 40


class PlanDialog(FormDialog):
    """Create a treatment plan for a patient; ``sig_saved(plan_id)``."""

    sig_saved = Signal(int)

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._protocols = services.catalogue.protocols()
        self.setWindowTitle(self.tr("Treatment plan"))
        self.resize(820, 540)
        self._build()
        self._update_preview()
        self.mark_clean()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.patient_label = QLabel(L.patient_banner(self._services.patients.get(self._patient_id)))
        self.patient_label.setObjectName("patientBanner")
        self.patient_label.setStyleSheet("font-weight: 600; padding: 2px 0 6px 0;")
        outer.addWidget(self.patient_label)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        form = QFormLayout()
        self.errors = FieldErrors()

        self.protocol_combo = QComboBox()
        self.protocol_combo.addItem(self.tr("Custom plan"), None)
        for p in self._protocols:
            self.protocol_combo.addItem(p.name, p.id)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Face revitalisation course"))
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, 100)
        self.sessions_spin.setValue(6)
        self.sessions_spin.setSuffix(self.tr(" sessions"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setAccessibleName(self.tr("Days between the sessions of the course"))
        self.interval_spin.setRange(1, 365)
        self.interval_spin.setValue(7)
        self.interval_spin.setPrefix(self.tr("every "))
        self.interval_spin.setSuffix(self.tr(" days"))
        self.maintenance_check = QCheckBox(self.tr("then maintenance"))
        self.maintenance_check.setChecked(True)
        self.maintenance_spin = QSpinBox()
        self.maintenance_spin.setAccessibleName(self.tr("Days between maintenance sessions"))
        self.maintenance_spin.setRange(1, 365)
        self.maintenance_spin.setValue(28)
        self.maintenance_spin.setPrefix(self.tr("every "))
        self.maintenance_spin.setSuffix(self.tr(" days"))
        self.call_check = QCheckBox(self.tr("check call"))
        self.call_check.setChecked(True)
        self.call_spin = QSpinBox()
        self.call_spin.setAccessibleName(self.tr("Hours after each session for the check call"))
        self.call_spin.setRange(1, 24 * 14)
        self.call_spin.setValue(48)
        self.call_spin.setSuffix(self.tr(" hours after each session"))
        self.start_edit = DateField(near=date.today())
        self.start_edit.setObjectName("start_date")
        self.start_edit.set_date(date.today())
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        def pair(check: QCheckBox, spin: QSpinBox) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(check)
            row.addWidget(spin, 1)
            check.toggled.connect(spin.setEnabled)
            return box

        self.errors.add_row(form, self.tr("&Start from:"), self.protocol_combo, "protocol")
        self.errors.add_row(form, self.tr("&Name:"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("&Course:"), self.sessions_spin, "course_sessions")
        self.errors.add_row(form, "", self.interval_spin, "course_interval_days")
        self.errors.add_row(
            form,
            self.tr("&Maintenance:"),
            pair(self.maintenance_check, self.maintenance_spin),
            "maintenance_interval_days",
        )
        self.errors.add_row(
            form, self.tr("Check ca&ll:"), pair(self.call_check, self.call_spin), "check_call_hours"
        )
        self.errors.add_row(form, self.tr("First session &on:"), self.start_edit, "start_date")
        self.errors.add_row(form, self.tr("N&otes:"), self.notes_edit, "notes")
        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        columns.addLayout(form_column, 3)

        preview_box = QGroupBox(self.tr("Upcoming dates"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview = QTreeWidget()
        self.preview.setAccessibleName(self.tr("Upcoming dates"))
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("Date"), self.tr("What")])
        self.preview.header().resizeSection(0, 110)
        self.preview.setAlternatingRowColors(True)
        preview_layout.addWidget(self.preview)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet("color: palette(placeholder-text);")
        preview_layout.addWidget(self.preview_note)
        columns.addWidget(preview_box, 2)

        outer.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Create plan"))
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        self.protocol_combo.activated.connect(self._protocol_chosen)
        for spin in (self.sessions_spin, self.interval_spin, self.maintenance_spin, self.call_spin):
            spin.valueChanged.connect(self._update_preview)
        for check in (self.maintenance_check, self.call_check):
            check.toggled.connect(self._update_preview)
        self.start_edit.sig_changed.connect(self._update_preview)

    def _protocol_chosen(self, _index: int = 0) -> None:
        protocol = next((p for p in self._protocols if p.id == self.protocol_combo.currentData()), None)
        if protocol is None:
            return
        self.name_edit.setText(protocol.name)
        self.sessions_spin.setValue(protocol.course_sessions)
        self.interval_spin.setValue(protocol.course_interval_days)
        self.maintenance_check.setChecked(protocol.maintenance_interval_days is not None)
        if protocol.maintenance_interval_days:
            self.maintenance_spin.setValue(protocol.maintenance_interval_days)
        self.call_check.setChecked(protocol.check_call_hours is not None)
        if protocol.check_call_hours:
            self.call_spin.setValue(protocol.check_call_hours)

    def plan_input(self) -> PlanInput:
        return PlanInput(
            patient_id=self._patient_id,
            name=self.name_edit.text(),
            course_sessions=self.sessions_spin.value(),
            course_interval_days=self.interval_spin.value(),
            maintenance_interval_days=self.maintenance_spin.value()
            if self.maintenance_check.isChecked()
            else None,
            check_call_hours=self.call_spin.value() if self.call_check.isChecked() else None,
            start_date=self.start_edit.date_or_none(),
            protocol_id=self.protocol_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
        )

    def preview_dates(self) -> list[tuple[date, str]]:
        """The dates the plan proposes if every session happens on time."""
        data = self.plan_input()
        start = data.start_date or date.today()
        out: list[tuple[date, str]] = []
        last = start
        for i in range(data.course_sessions):
            day = start + timedelta(days=i * data.course_interval_days)
            out.append(
                (
                    day,
                    self.tr("Session %1 of %2")
                    .replace("%1", str(i + 1))
                    .replace("%2", str(data.course_sessions)),
                )
            )
            if data.check_call_hours:
                call = day + timedelta(hours=data.check_call_hours)
                out.append((call, self.tr("Check call (session %1)").replace("%1", str(i + 1))))
            last = day
        if data.maintenance_interval_days:
            for j in range(3):
                out.append(
                    (
                        last + timedelta(days=data.maintenance_interval_days * (j + 1)),
                        self.tr("Maintenance session"),
                    )
                )
        return out[:PREVIEW_LIMIT]

    def _update_preview(self) -> None:
        self.preview.clear()
        for day, what in self.preview_dates():
            item = QTreeWidgetItem([L.fmt_date(day), what])
            if "call" in what.lower():
                item.setForeground(1, self.palette().placeholderText())
            self.preview.addTopLevelItem(item)
        self.preview_note.setText(
            self.tr("Next-due dates are recomputed after each recorded session.")
            + (
                " " + self.tr("Maintenance continues after the dates shown.")
                if self.maintenance_check.isChecked()
                else ""
            )
        )

    def form_state(self) -> str:
        return repr(self.plan_input())

    def save(self) -> None:
        self.errors.clear()
        if self.start_edit.refuse_if_not_a_date(self.errors, "start_date"):
            return
        done = submit(self, self._services.followups.create_plan, self.plan_input(), errors=self.errors)
        if not done or done.value is None:
            return
        plan = done.value
        self.mark_clean()
        self.sig_saved.emit(plan.id)
        self.accept()

    def discard_question(self) -> str:
        return self.tr("This plan is not saved. Discard it?")
