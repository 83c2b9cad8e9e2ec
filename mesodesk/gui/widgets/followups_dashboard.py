"""The follow-up call list: overdue, due today, this week; log calls, mark done, reschedule."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import ContactOutcome
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.models.followup_table_model import FollowUpTableModel
from mesodesk.gui.operations import call
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.tables import fit_columns, make_table
from mesodesk.services.changes import ChangeSet
from mesodesk.services.followups import DueItem

if TYPE_CHECKING:
    from mesodesk.services import Services

#: What the lists show: a change to any of these reloads them.
FOLLOWUP_TABLES = ("follow_ups", "treatment_plans", "contact_attempts", "patients")


class FollowUpsDashboard(QWidget):
    """Three call lists; ``sig_open_patient(patient_id)`` asks the main window to open a chart."""

    sig_open_patient = Signal(int)
    sig_changed = Signal()

    SECTION_OVERDUE, SECTION_TODAY, SECTION_WEEK = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followupTabs")
        self.models: list[FollowUpTableModel] = []
        self.views: list[QTableView] = []
        for title in (self.tr("Overdue"), self.tr("Due today"), self.tr("This week")):
            model = FollowUpTableModel(self)
            view = make_table(model, stretch=FollowUpTableModel.COL_NOTES)
            view.setAccessibleName(self.tr("Follow-ups: %1").replace("%1", title))
            m = FollowUpTableModel
            fit_columns(
                view, {m.COL_DUE: 12, m.COL_PATIENT: 34, m.COL_PHONE: 18, m.COL_KIND: 20, m.COL_ATTEMPTS: 22}
            )
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.doubleClicked.connect(lambda _index: self.open_patient())
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
            self.models.append(model)
            self.views.append(view)
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        layout.addWidget(self.tabs, 1)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(QLabel(self.tr("Call:")))
        self.reached_button = QPushButton(self.tr("Reached"))
        self.no_answer_button = QPushButton(self.tr("No answer"))
        self.message_button = QPushButton(self.tr("Message left"))
        for button, outcome in (
            (self.reached_button, ContactOutcome.REACHED),
            (self.no_answer_button, ContactOutcome.NO_ANSWER),
            (self.message_button, ContactOutcome.MESSAGE_LEFT),
        ):
            button.setObjectName(f"log_{outcome.value}")
            button.clicked.connect(lambda _=False, o=outcome.value: self.log_attempt(o))
            actions.addWidget(button)
        actions.addSpacing(16)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self.mark_done)
        actions.addWidget(self.done_button)
        actions.addSpacing(16)
        self.reschedule_date = DateField(near=date.today() + timedelta(days=7))
        self.reschedule_date.setObjectName("reschedule_date")
        self.reschedule_date.setAccessibleName(self.tr("New date for the follow-up"))
        self.reschedule_date.set_date(date.today() + timedelta(days=7))
        self.reschedule_button = QPushButton(self.tr("Reschedule to"))
        self.reschedule_button.setObjectName("reschedule")
        self.reschedule_button.clicked.connect(self.reschedule)
        actions.addWidget(self.reschedule_button)
        actions.addWidget(self.reschedule_date)
        actions.addStretch(1)
        self.open_button = QPushButton(self.tr("Open patient"))
        self.open_button.setObjectName("open_patient")
        self.open_button.clicked.connect(self.open_patient)
        actions.addWidget(self.open_button)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        actions.addWidget(self.refresh_button)
        layout.addLayout(actions)
        self.refresh()
        watch_changes(services, self._on_changes)

    # -- data ----------------------------------------------------------------
    def _on_changes(self, changes: ChangeSet) -> None:
        """A follow-up, plan, call or patient saved anywhere: reload the lists (shown ones only; the
        main window reloads the dashboard when its dock is shown)."""
        if self.isVisible() and changes.touches(*FOLLOWUP_TABLES):
            self.refresh()

    def refresh(self) -> None:
        today = date.today()
        fu = self.services.followups
        overdue = call(self, fu.overdue)
        if overdue is None:  # no permission or no database: leave the lists empty
            overdue = []
        sections = [overdue, call(self, fu.due_today) or [], call(self, fu.due_this_week) or []]
        titles = (self.tr("Overdue (%1)"), self.tr("Due today (%1)"), self.tr("This week (%1)"))
        for i, (model, rows) in enumerate(zip(self.models, sections, strict=True)):
            selected = self.selected_item(i)
            model.today = today
            model.set_rows(rows)
            self.tabs.setTabText(i, titles[i].replace("%1", str(len(rows))))
            if selected is not None:
                row = model.find_row(partial(_is_follow_up, selected.follow_up_id))
                if row >= 0:
                    self.views[i].selectRow(row)
        self._update_buttons()

    def section(self) -> int:
        return self.tabs.currentIndex()

    def select(self, section: int, row: int = 0) -> None:
        self.tabs.setCurrentIndex(section)
        self.views[section].selectRow(row)

    def selected_item(self, section: int | None = None) -> DueItem | None:
        section = self.section() if section is None else section
        view = self.views[section]
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.models[section].row_at(rows[0].row())

    def _update_buttons(self) -> None:
        has = self.selected_item() is not None
        for b in (
            self.reached_button,
            self.no_answer_button,
            self.message_button,
            self.done_button,
            self.reschedule_button,
            self.open_button,
        ):
            b.setEnabled(has)

    # -- actions -------------------------------------------------------------
    def log_attempt(self, outcome: str) -> None:
        item = self.selected_item()
        if item is None:
            return
        if call(self, self.services.followups.log_attempt, item.follow_up_id, outcome) is not None:
            self.refresh()
            self.sig_changed.emit()

    def mark_done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if call(self, self.services.followups.mark_done, item.follow_up_id, item.version) is not None:
            self.refresh()
            self.sig_changed.emit()

    def reschedule(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        new_date = self.reschedule_date.date_or_none()
        if new_date is None:
            problem = self.reschedule_date.problem() or self.tr("Type the new date.")
            QMessageBox.warning(self, self.tr("Reschedule"), problem)
            self.reschedule_date.setFocus()
            return
        if (
            call(self, self.services.followups.reschedule, item.follow_up_id, new_date, item.version)
            is not None
        ):
            self.refresh()
            self.sig_changed.emit()

    def open_patient(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.sig_open_patient.emit(item.patient_id)


def _is_follow_up(follow_up_id: int, item: DueItem) -> bool:
    return item.follow_up_id == follow_up_id
