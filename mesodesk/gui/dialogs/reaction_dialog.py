"""Record a reaction after a session, with its graded assessments over the following days.

A serious allergic reaction offers to add an allergy to the patient's record, pre-filled with the
active ingredients of the session's products.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.models import reaction_assessments_model as R
from mesodesk.gui.models.reaction_assessments_model import ReactionAssessmentsModel
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from mesodesk.gui.widgets.table_delegates import ComboDelegate, SpinDelegate
from mesodesk.gui.widgets.tables import fit_sections
from mesodesk.services.reactions import AssessmentInput, ReactionInput

if TYPE_CHECKING:
    from mesodesk.services import Services

_ITEM = re.compile(r"^assessments\[(\d+)\]")


class AllergyFromReactionDialog(QDialog):
    """A small form adding an allergy that a reaction revealed."""

    sig_saved = Signal(int)

    def __init__(
        self,
        services: Services,
        patient_id: int,
        reaction_id: int,
        substances: list[str],
        reaction_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._reaction_id = reaction_id
        self.setWindowTitle(self.tr("Add an allergy"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Record the substance the patient reacted to. It will be shown as an alert "
                "and checked against the products of every future session."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.substance_combo = QComboBox()
        self.substance_combo.setEditable(True)
        self.substance_combo.addItems(substances)
        line = self.substance_combo.lineEdit()  # an editable combo box always has one
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. lidocaine"))
        self.reaction_edit = QPlainTextEdit(reaction_text)
        self.reaction_edit.setTabChangesFocus(True)
        self.reaction_edit.setFixedHeight(60)
        self.severity_combo = QComboBox()
        L.fill_combo(self.severity_combo, L.severity_labels())
        L.select_data(self.severity_combo, enums.Severity.SEVERE.value)
        self.errors.add_row(form, self.tr("&Substance:"), self.substance_combo, "substance")
        self.errors.add_row(form, self.tr("&Reaction:"), self.reaction_edit, "reaction")
        self.errors.add_row(form, self.tr("Se&verity:"), self.severity_combo, "severity")
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add allergy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        done = submit(
            self,
            self._services.patients.add_allergy,
            self._patient_id,
            self.substance_combo.currentText(),
            self.reaction_edit.toPlainText(),
            self.severity_combo.currentData(),
            source_reaction_id=self._reaction_id,
            errors=self.errors,
        )
        if not done or done.value is None:
            return
        self.sig_saved.emit(done.value.id)
        self.accept()


class ReactionDialog(FormDialog):
    """Record or edit a reaction; ``sig_saved(reaction_id)``."""

    sig_saved = Signal(int)

    def __init__(
        self,
        services: Services,
        patient_id: int,
        session_id: int | None = None,
        reaction_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._reaction_id = reaction_id
        self._version: int | None = None
        self.allergy_form: AllergyFromReactionDialog | None = None
        self.setWindowTitle(self.tr("Reaction"))
        self.resize(760, 720)
        chart = services.patients.chart(patient_id, log_view=False)  # one query for every session
        self._patient = chart.patient
        self._sessions = chart.sessions
        self._build()
        if reaction_id is not None:
            self._load(reaction_id)
        else:
            L.select_data(self.session_combo, session_id)
            self._session_chosen()
        self.mark_clean()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.patient_label = QLabel(L.patient_banner(self._patient))
        self.patient_label.setObjectName("patientBanner")
        self.patient_label.setStyleSheet("font-weight: 600; padding: 2px 0 6px 0;")
        layout.addWidget(self.patient_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()

        self.session_combo = QComboBox()
        self.session_combo.addItem(self.tr("— not linked to a session —"), None)
        areas = L.area_labels()
        for ts in self._sessions:
            text = L.fmt_datetime(ts.performed_at)
            if ts.areas:
                text += " · " + ", ".join(L.label(areas, a.area) for a in ts.areas)
            self.session_combo.addItem(text, ts.id)
        self.type_combo = QComboBox()
        L.fill_combo(self.type_combo, L.reaction_labels())
        self.area_combo = QComboBox()
        L.fill_combo(self.area_combo, areas, blank=self.tr("— not specific —"))
        self.onset_edit = QDateTimeEdit(L.to_local_qdatetime())
        self.onset_edit.setCalendarPopup(True)
        self.severity_combo = QComboBox()
        L.fill_combo(
            self.severity_combo, {k: v for k, v in L.grade_labels().items() if k != enums.Grade.NONE}
        )
        self.action_edit = QPlainTextEdit()
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setPlaceholderText(self.tr("e.g. cold compress, antihistamine, advice given"))
        self.action_edit.setFixedHeight(64)
        resolved = QWidget()
        row = QHBoxLayout(resolved)
        row.setContentsMargins(0, 0, 0, 0)
        self.resolved_check = QCheckBox(self.tr("Resolved on"))
        self.resolved_edit = DateField(near=date.today())
        self.resolved_edit.setObjectName("resolved_on")
        self.resolved_edit.set_date(date.today())
        self.resolved_edit.setAccessibleName(self.tr("Date the reaction resolved"))
        self.resolved_edit.setEnabled(False)
        self.resolved_check.toggled.connect(self.resolved_edit.setEnabled)
        row.addWidget(self.resolved_check)
        row.addWidget(self.resolved_edit)
        row.addStretch(1)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        self.errors.add_row(form, self.tr("Se&ssion:"), self.session_combo, "session")
        self.errors.add_row(form, self.tr("&Type:"), self.type_combo, "type")
        self.errors.add_row(form, self.tr("&Area:"), self.area_combo, "area")
        self.errors.add_row(form, self.tr("&Onset:"), self.onset_edit, "onset_at")
        self.errors.add_row(form, self.tr("Se&verity:"), self.severity_combo, "severity")
        self.errors.add_row(form, self.tr("A&ction taken:"), self.action_edit, "action_taken")
        self.errors.add_row(form, self.tr("Outcome:"), resolved, "resolved_on")
        self.errors.add_row(form, self.tr("&Notes:"), self.notes_edit, "notes")
        layout.addLayout(form)

        box = QGroupBox(self.tr("Graded assessments over the following days"))
        box_layout = QVBoxLayout(box)
        self.assessments_model = ReactionAssessmentsModel(self)
        self.assessments_view = QTableView()
        self.assessments_view.setObjectName("assessmentsTable")
        self.assessments_view.setAccessibleName(self.tr("Graded assessments over the following days"))
        self.assessments_view.setModel(self.assessments_model)
        self.assessments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessments_view.setAlternatingRowColors(True)
        self.assessments_view.verticalHeader().setVisible(False)
        self.assessments_view.setTabKeyNavigation(False)
        self.assessments_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.assessments_view.setItemDelegateForColumn(
            R.COL_DAY, SpinDelegate(0, 365, 0, 1, "", self.assessments_view)
        )
        self.assessments_view.setItemDelegateForColumn(
            R.COL_SYMPTOM,
            ComboDelegate(
                lambda _i: [(v, t, True) for v, t in L.reaction_labels().items()], self.assessments_view
            ),
        )
        self.assessments_view.setItemDelegateForColumn(
            R.COL_GRADE,
            ComboDelegate(
                lambda _i: [(v, t, True) for v, t in L.grade_labels().items()], self.assessments_view
            ),
        )
        header = self.assessments_view.horizontalHeader()
        fit_sections(header, {R.COL_DAY: 80, R.COL_SYMPTOM: 220, R.COL_GRADE: 110})
        header.setSectionResizeMode(R.COL_NOTES, QHeaderView.ResizeMode.Stretch)
        box_layout.addWidget(self.assessments_view)
        self.assessments_error = QLabel()
        self.assessments_error.setObjectName("error_assessments")
        theme.styled(self.assessments_error, ERROR_STYLE)
        self.assessments_error.setWordWrap(True)
        self.assessments_error.hide()
        box_layout.addWidget(self.assessments_error)
        self.errors.register("assessments", self.assessments_view, self.assessments_error)
        buttons = QHBoxLayout()
        self.add_assessment_button = QPushButton(self.tr("Add assessment"))
        self.remove_assessment_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add_assessment_button)
        buttons.addWidget(self.remove_assessment_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Usually graded on day 0, 1, 3 and 7."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons.addWidget(hint)
        box_layout.addLayout(buttons)
        layout.addWidget(box, 1)
        layout.addWidget(self.errors.general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_assessment_button.clicked.connect(self._add_assessment)
        self.remove_assessment_button.clicked.connect(
            lambda: self.assessments_model.remove_row(self.assessments_view.currentIndex().row())
        )
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self._severity = self.severity_combo.currentData()
        self.severity_combo.currentIndexChanged.connect(self._severity_chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    def _session(self) -> Any:
        session_id = self.session_combo.currentData()
        return next((s for s in self._sessions if s.id == session_id), None)

    def _session_chosen(self, _index: int = 0) -> None:
        ts = self._session()
        if ts is not None and self._reaction_id is None and len(ts.areas) == 1:
            L.select_data(self.area_combo, ts.areas[0].area)

    def _severity_chosen(self, _index: int = 0) -> None:
        new = self.severity_combo.currentData()
        if self._severity and new:
            self.assessments_model.follow_severity(self._severity, new)
        self._severity = new

    def _add_assessment(self) -> None:
        row = self.assessments_model.add_row(
            self.type_combo.currentData(), day0_grade=self.severity_combo.currentData()
        )
        self.assessments_view.setCurrentIndex(self.assessments_model.index(row, R.COL_GRADE))
        self.assessments_view.setFocus()

    def _load(self, reaction_id: int) -> None:
        r = self._services.reactions.get(reaction_id)
        self._version = r.version
        L.select_data(self.session_combo, r.session_id)
        L.select_data(self.type_combo, r.type)
        L.select_data(self.area_combo, r.area or "")
        self.onset_edit.setDateTime(L.to_local_qdatetime(r.onset_at))
        L.select_data(self.severity_combo, r.severity)
        self.action_edit.setPlainText(r.action_taken)
        if r.resolved_on is not None:
            self.resolved_check.setChecked(True)
            self.resolved_edit.set_date(r.resolved_on)
        self.notes_edit.setPlainText(r.notes)
        self.assessments_model.set_rows(
            [AssessmentInput(a.day, a.symptom, a.grade, a.notes) for a in r.assessments]
        )

    # ------------------------------------------------------------------ saving
    def reaction_input(self) -> ReactionInput:
        return ReactionInput(
            patient_id=self._patient_id,
            type=self.type_combo.currentData(),
            onset_at=L.to_utc(self.onset_edit.dateTime()),
            session_id=self.session_combo.currentData(),
            area=self.area_combo.currentData() or "",
            severity=self.severity_combo.currentData(),
            action_taken=self.action_edit.toPlainText(),
            resolved_on=self.resolved_edit.date_or_none() if self.resolved_check.isChecked() else None,
            notes=self.notes_edit.toPlainText(),
            assessments=self.assessments_model.rows(),
        )

    def form_state(self) -> tuple:
        data = self.reaction_input()
        return (repr(data),)

    def save(self) -> None:
        if self.assessments_view.state() == QAbstractItemView.State.EditingState:
            self.assessments_view.setFocus()
        self.assessments_model.set_error_row(None)
        self.errors.clear()
        if self.resolved_check.isChecked() and self.resolved_edit.refuse_if_not_a_date(
            self.errors, "resolved_on"
        ):
            return
        data = self.reaction_input()
        done = submit(
            self,
            self._services.reactions.record,
            data,
            self._reaction_id,
            self._version,
            errors=self.errors,
            on_invalid=self._show_invalid,
        )
        if not done or done.value is None:
            return
        result = done.value
        reaction = result.reaction
        self._reaction_id = reaction.id
        self._version = reaction.version
        self.mark_clean()
        self.sig_saved.emit(reaction.id)
        if result.suggest_allergy and self._offer_allergy(reaction.id, data):
            return  # the allergy form closes this dialog when it is done
        self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        label = self.errors.show(exc)
        match = _ITEM.match(exc.field)
        if match is not None:
            row = int(match.group(1))
            self.assessments_model.set_error_row(row)
            label.setText(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", exc.message))

    def _offer_allergy(self, reaction_id: int, data: ReactionInput) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Serious allergic reaction"),
            self.tr(
                "This looks like a serious allergic reaction.\n\nAdd an allergy to the patient's record?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        substances: list[str] = []
        ts = self._session()
        if ts is not None:
            for use in ts.products:
                ingredient = (use.product.active_ingredient or use.product.name).strip()
                if ingredient and ingredient not in substances:
                    substances.append(ingredient)
        reaction_text = (
            f"{L.label(L.reaction_labels(), data.type)} ({L.label(L.grade_labels(), data.severity)})"
        )
        if ts is not None:
            reaction_text += " " + self.tr("after the session of %1").replace(
                "%1", L.fmt_date(ts.performed_at.astimezone().date())
            )
        self.allergy_form = AllergyFromReactionDialog(
            self._services, self._patient_id, reaction_id, substances, reaction_text, self
        )
        self.allergy_form.finished.connect(lambda _r: self.accept())
        self.allergy_form.open()
        return True

    def discard_question(self) -> str:
        return self.tr("This reaction has changes that are not saved. Discard them?")
