"""The patient's chart: who (photo, name, age, file number), what to watch (alerts), and the record."""

from __future__ import annotations

import importlib
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import NotFoundError
from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.models.chart_table_models import (
    ConsentTableModel,
    PatientFollowUpTableModel,
    PlanTableModel,
    ReactionTableModel,
    TimelineTableModel,
)
from mesodesk.gui.models.session_table_model import SessionTableModel
from mesodesk.gui.operations import call, show_error
from mesodesk.gui.widgets.chart_content import RISK_FIELDS as RISK_FIELDS
from mesodesk.gui.widgets.chart_content import ChartContent
from mesodesk.gui.widgets.chart_header import (
    AlertBanner,
    ChartHeader,
)
from mesodesk.gui.widgets.outcomes_tab import OutcomesTab, attach_outcomes_tab
from mesodesk.gui.widgets.tables import fit_columns as fit_columns
from mesodesk.gui.widgets.tables import make_table
from mesodesk.services.changes import ChangeSet
from mesodesk.services.context import Permission

if TYPE_CHECKING:
    from mesodesk.db.models import TreatmentSession
    from mesodesk.services import Services
    from mesodesk.services.patient_chart import PatientChart as ChartData

log = logging.getLogger("mesodesk.gui.chart")

#: A change to these alone leaves the chart's tables as they are.
PHOTO_TABLES = frozenset({"photos"})


class PatientChart(ChartContent, QWidget):
    """``set_patient(id)`` loads the chart through ``services.patients.chart``.

    The chart asks the main window for actions with ``sig_action(name)`` ("edit", "new_session",
    "reaction", "plan", "consent", "history", "compare_photos") and reports double-clicks on
    a session or reaction with ``sig_session_activated(id)`` / ``sig_reaction_activated(id)``.
    """

    sig_action = Signal(str)
    sig_session_activated = Signal(int)
    sig_reaction_activated = Signal(int)
    sig_loaded = Signal(int)

    TAB_OVERVIEW, TAB_SESSIONS, TAB_REACTIONS, TAB_PLAN, TAB_HISTORY, TAB_CONSENTS, TAB_PHOTOS = range(7)
    TAB_OUTCOMES: int  # these two are set by attach_outcomes_tab
    outcomes_tab: OutcomesTab

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.chart: ChartData | None = None  # the record shown
        self._user_names: dict[int, str] | None = None
        self._clinical = services.ctx.can(Permission.CLINICAL_READ)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.empty: QWidget = QLabel(  # the page shown with no patient open (Today replaces it)
            self.tr("Find a patient with the search box (Ctrl+F),\nor register a new one (Ctrl+N).")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.styled(self.empty, "color: $muted; font-size: 12pt;")
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = ChartHeader()
        layout.addWidget(self.header)
        banner_box = QWidget()
        banner_layout = QVBoxLayout(banner_box)
        banner_layout.setContentsMargins(12, 10, 12, 0)
        self.banner = AlertBanner()
        banner_layout.addWidget(self.banner)
        layout.addWidget(banner_box)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        tabs_box = QWidget()
        tabs_layout = QVBoxLayout(tabs_box)
        tabs_layout.setContentsMargins(12, 10, 12, 12)
        tabs_layout.addWidget(self.tabs)
        layout.addWidget(tabs_box, 1)
        self.stack.addWidget(page)

        self._build_overview()
        self._build_sessions()
        self._build_reactions()
        self._build_plan()
        self._build_history()
        self._build_consents()
        self._build_photos()
        attach_outcomes_tab(self)  # the Outcomes tab (gui/widgets/outcomes_tab.py)
        if not self._clinical:
            for tab in (
                self.TAB_SESSIONS,
                self.TAB_REACTIONS,
                self.TAB_HISTORY,
                self.TAB_CONSENTS,
                self.TAB_PHOTOS,
            ):
                self.tabs.setTabEnabled(tab, False)
                self.tabs.setTabToolTip(tab, self.tr("Your role does not include clinical records."))
        # A narrow window (1024 px) shows every tab: the long titles give way to short ones (the full
        # title in the tooltip), and as a last resort the titles are elided rather than scrolled away.
        self._tab_titles = {
            self.TAB_PLAN: (self.tabs.tabText(self.TAB_PLAN), self.tr("Plan")),
            self.TAB_HISTORY: (self.tabs.tabText(self.TAB_HISTORY), self.tr("History && allergies")),
        }
        self._compact_tabs = False
        bar = self.tabs.tabBar()
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setUsesScrollButtons(False)
        self.tabs.installEventFilter(self)
        watch_changes(services, self._on_changes)
        theme.notifier().changed.connect(self._scheme_changed)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.tabs and event.type() == QEvent.Type.Resize:
            self._fit_tab_titles()
        return super().eventFilter(obj, event)

    def _fit_tab_titles(self) -> None:
        """Short titles for the long tabs when the full ones do not fit the chart's width."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()

        def width(text: str) -> int:
            return metrics.horizontalAdvance(text.replace("&&", "&"))

        need = 0
        for i in range(bar.count()):
            padding = bar.tabSizeHint(i).width() - width(bar.tabText(i))
            full = self._tab_titles.get(i, (bar.tabText(i), ""))[0]
            need += padding + width(full)
        compact = need > self.tabs.width()
        if compact == self._compact_tabs:
            return
        self._compact_tabs = compact
        for i, (full, short) in self._tab_titles.items():
            self.tabs.setTabText(i, short if compact else full)
            if self.tabs.isTabEnabled(i):
                self.tabs.setTabToolTip(i, full.replace("&&", "&") if compact else "")

    def set_home(self, home: QWidget) -> None:
        """Show ``home`` (the Today page) instead of the hint while no patient is open."""
        showing = self.stack.currentWidget() is self.empty
        self.stack.removeWidget(self.empty)
        self.empty.deleteLater()
        self.empty = home
        self.stack.insertWidget(0, home)
        if showing:
            self.stack.setCurrentWidget(home)

    # -- building ------------------------------------------------------------
    def _button_row(self, *buttons: tuple[str, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 6)
        for text, action in buttons:
            button = QPushButton(text)
            button.setObjectName(f"chart_{action}")
            button.clicked.connect(lambda _=False, a=action: self.sig_action.emit(a))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _tab(self, title: str) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(page, title)
        return layout

    def _build_overview(self) -> None:
        layout = self._tab(self.tr("Overview"))
        self.timeline_model = TimelineTableModel(self)
        self.timeline_view = make_table(self.timeline_model, stretch=TimelineTableModel.COL_DETAIL)
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setAccessibleName(self.tr("Timeline of the patient"))
        fit_columns(self.timeline_view, {TimelineTableModel.COL_WHEN: 17, TimelineTableModel.COL_WHAT: 42})
        self.timeline_view.doubleClicked.connect(self._timeline_activated)
        layout.addWidget(self.timeline_view)

    def _build_sessions(self) -> None:
        layout = self._tab(self.tr("Sessions"))
        layout.addLayout(self._button_row((self.tr("New session…"), "new_session")))
        self.session_model = SessionTableModel(self)
        self.session_view = make_table(self.session_model, stretch=SessionTableModel.COL_AREAS)
        self.session_view.setObjectName("sessionView")
        self.session_view.setAccessibleName(self.tr("Sessions"))
        m = SessionTableModel
        fit_columns(
            self.session_view,
            {
                m.COL_DATE: 17,
                m.COL_FORMULA: 24,
                m.COL_DEPTH: 10,
                m.COL_VOLUME: 11,
                m.COL_PRACTITIONER: 18,
                m.COL_STATUS: 10,
            },
        )
        self.session_view.doubleClicked.connect(
            lambda index: self._emit_id(self.session_model, index, self.sig_session_activated)
        )
        self.session_view.selectionModel().selectionChanged.connect(self._session_selected)
        self.session_detail = QTextBrowser()
        self.session_detail.setObjectName("sessionDetail")
        self.session_detail.setAccessibleName(self.tr("Details of the selected session"))
        self.session_detail.setOpenLinks(False)
        self.map_view: Any = None  # made when first needed: the map pulls in the diagram renderer
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.session_detail)
        self.session_bottom = bottom
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.session_view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter)

    def _build_reactions(self) -> None:
        layout = self._tab(self.tr("Reactions"))
        layout.addLayout(self._button_row((self.tr("Record reaction…"), "reaction")))
        self.reaction_model = ReactionTableModel(self)
        self.reaction_view = make_table(self.reaction_model, stretch=ReactionTableModel.COL_ACTION)
        self.reaction_view.setAccessibleName(self.tr("Reactions"))
        m = ReactionTableModel
        fit_columns(self.reaction_view, {m.COL_ONSET: 17, m.COL_TYPE: 22, m.COL_AREA: 12, m.COL_SEVERITY: 10})
        self.reaction_view.doubleClicked.connect(
            lambda index: self._emit_id(self.reaction_model, index, self.sig_reaction_activated)
        )
        layout.addWidget(self.reaction_view)

    def _build_plan(self) -> None:
        layout = self._tab(self.tr("Plan && follow-ups"))
        layout.addLayout(self._button_row((self.tr("Plan a course…"), "plan")))
        self.plan_model = PlanTableModel(self)
        self.plan_view = make_table(self.plan_model, stretch=PlanTableModel.COL_NAME)
        self.plan_view.setAccessibleName(self.tr("Treatment plans"))
        m = PlanTableModel
        fit_columns(
            self.plan_view, {m.COL_START: 12, m.COL_COURSE: 28, m.COL_MAINTENANCE: 16, m.COL_ACTIVE: 9}
        )
        self.followup_model = PatientFollowUpTableModel(self)
        self.followup_view = make_table(self.followup_model, stretch=PatientFollowUpTableModel.COL_NOTES)
        self.followup_view.setAccessibleName(self.tr("Calls and visits of the patient"))
        f = PatientFollowUpTableModel
        fit_columns(self.followup_view, {f.COL_DUE: 12, f.COL_KIND: 22, f.COL_STATUS: 11})
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.plan_view)
        splitter.addWidget(self.followup_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)

    def _build_history(self) -> None:
        layout = self._tab(self.tr("Medical history && allergies"))
        layout.addLayout(self._button_row((self.tr("Review medical history…"), "history")))
        self.history_view = QTextBrowser()
        self.history_view.setObjectName("historyView")
        self.history_view.setAccessibleName(self.tr("Medical history and allergies"))
        layout.addWidget(self.history_view)

    def _build_consents(self) -> None:
        layout = self._tab(self.tr("Consents"))
        layout.addLayout(self._button_row((self.tr("Record consent…"), "consent")))
        self.consent_model = ConsentTableModel(self)
        self.consent_view = make_table(self.consent_model, stretch=ConsentTableModel.COL_TEXT)
        self.consent_view.setAccessibleName(self.tr("Consents"))
        m = ConsentTableModel
        fit_columns(
            self.consent_view,
            {m.COL_SIGNED: 17, m.COL_VERSION: 8, m.COL_PRACTITIONER: 20, m.COL_SIGNATURE: 10},
        )
        layout.addWidget(self.consent_view)

    def _build_photos(self) -> None:
        self.photos_layout = self._tab(self.tr("Photos"))
        self.photo_strip: Any = None  # made when the tab is first opened
        self._photos_for: int | None = None
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if index == self.TAB_PHOTOS:
            self._load_photos()

    def _ensure_photo_strip(self) -> Any:
        if self.photo_strip is None:
            try:
                module = importlib.import_module("mesodesk.gui.widgets.photo_strip")
                self.photo_strip = module.PhotoStrip(self.services, parent=self)
            except Exception as exc:  # another helper's widget: missing or broken must not break the chart
                if not (
                    isinstance(exc, ModuleNotFoundError) and exc.name == "mesodesk.gui.widgets.photo_strip"
                ):
                    log.warning("photo strip unavailable: %s", exc)
                self.photo_strip = False
                note = QLabel(self.tr("Photos are not available in this version."))
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.photos_layout.addWidget(note)
                return None
            self.photo_strip.setObjectName("photoStrip")
            self.photos_layout.addWidget(self.photo_strip)
        return self.photo_strip or None

    def _load_photos(self) -> None:
        if self.patient_id is None or self._photos_for == self.patient_id:
            return
        strip = self._ensure_photo_strip()
        if strip is None:
            return
        try:
            strip.set_patient(self.patient_id)
            self._photos_for = self.patient_id
        except Exception:  # a broken photo strip must not hide the chart
            log.exception("photo strip failed")

    # -- loading -------------------------------------------------------------
    def user_names(self) -> dict[int, str]:
        if self._user_names is None:
            users = call(self, self.services.users.all_users) or []
            self._user_names = {u.id: u.full_name for u in users}
        return self._user_names

    def clear(self) -> None:
        self.patient_id = None
        self.chart = None
        for model in (
            self.timeline_model,
            self.session_model,
            self.reaction_model,
            self.plan_model,
            self.followup_model,
            self.consent_model,
        ):
            model.set_rows([])
        self.session_detail.clear()
        self.history_view.clear()
        self.banner.set_alerts([])
        self._photos_for = None
        self.stack.setCurrentWidget(self.empty)

    def refresh(self) -> None:
        """Reload the open chart (after a save elsewhere); a patient erased meanwhile clears it."""
        if self.patient_id is None:
            return
        try:
            chart = self.services.patients.chart(self.patient_id, log_view=False)
        except NotFoundError:
            self.clear()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._show_chart(self.patient_id, chart)

    def _scheme_changed(self, _scheme: str) -> None:
        """The chart's texts carry colours (allergies in red, what is due in blue): written again."""
        self.refresh()

    def set_patient(self, patient_id: int, *, log_view: bool = True) -> bool:
        chart = call(self, self.services.patients.chart, patient_id, log_view=log_view)
        if chart is None:
            return False
        self._show_chart(patient_id, chart)
        return True

    def _show_chart(self, patient_id: int, chart: ChartData) -> None:
        changed = patient_id != self.patient_id
        self.patient_id = patient_id
        self.chart = chart
        names = self.user_names()
        self._fill_header(chart)
        self.banner.set_alerts(chart.alerts)
        self.timeline_model.set_rows(self._timeline(chart, names))
        self.session_model.set_user_names(names)
        self.session_model.set_rows(chart.sessions)
        self.session_detail.clear()
        self._show_map(None)
        self.reaction_model.set_rows(chart.reactions)
        self.plan_model.set_rows(chart.plans)
        self.followup_model.today = date.today()
        self.followup_model.set_rows(sorted(chart.follow_ups, key=lambda f: f.due_date, reverse=True))
        self.consent_model.set_user_names(names)
        self.consent_model.set_rows(chart.consents)
        self.history_view.setHtml(self._history_html(chart))
        self._photos_for = None
        if self.tabs.currentIndex() == self.TAB_PHOTOS and not changed:
            self._load_photos()
        if changed:
            self.tabs.setCurrentIndex(self.TAB_OVERVIEW)
        self.stack.setCurrentIndex(1)
        self.sig_loaded.emit(patient_id)

    def _on_changes(self, changes: ChangeSet) -> None:
        """A write anywhere: reload what this chart shows of it (photos alone: header and timeline)."""
        if changes.touches("users"):
            self._user_names = None
        if not changes.touches_patient(self.patient_id):
            return
        if changes.tables <= PHOTO_TABLES and not changes.has_entity("patient"):
            self._photos_changed()  # the photo strip reloads itself
        else:
            self.refresh()

    def _photos_changed(self) -> None:
        if self.patient_id is None:
            return
        chart = call(self, self.services.patients.chart, self.patient_id, log_view=False)
        if chart is not None:
            self.chart = chart
            self._fill_header(chart)
            self.timeline_model.set_rows(self._timeline(chart, self.user_names()))

    # -- interaction ---------------------------------------------------------
    def _emit_id(self, model: RowTableModel, index: QModelIndex, signal: Any) -> None:
        row = model.row_at(index.row())
        if row is not None:
            signal.emit(model.row_id(row))

    def _timeline_activated(self, index: QModelIndex) -> None:
        entry = self.timeline_model.row_at(index.row())
        if entry is None or entry.record_id is None:
            return
        if entry.kind == "session":
            self.sig_session_activated.emit(entry.record_id)
        elif entry.kind == "reaction":
            self.sig_reaction_activated.emit(entry.record_id)

    def _session_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.session_model.row_at(indexes[0].row()) if indexes else None
        self.session_detail.setHtml(self._session_html(row) if row is not None else "")
        self._show_map(row)

    def _ensure_map(self) -> Any:
        if self.map_view is None:
            try:
                from mesodesk.gui.widgets.injection_map import InjectionMapView
            except Exception as exc:  # another helper's widget: missing or broken must not break the chart
                if not (
                    isinstance(exc, ModuleNotFoundError) and exc.name == "mesodesk.gui.widgets.injection_map"
                ):
                    log.warning("injection map unavailable: %s", exc)
                self.map_view = False
                return None
            self.map_view = InjectionMapView()
            self.map_view.setObjectName("sessionMap")
            self.map_view.setMinimumWidth(320)
            self.session_bottom.addWidget(self.map_view)
            self.session_bottom.setStretchFactor(0, 3)
            self.session_bottom.setStretchFactor(1, 2)
            width = max(self.session_bottom.width(), 900)
            self.session_bottom.setSizes([width * 3 // 5, width * 2 // 5])
        return self.map_view or None

    def _show_map(self, session: TreatmentSession | None) -> None:
        marks = list(session.marks) if session is not None else []
        if not marks:
            if self.map_view:
                self.map_view.hide()
            return
        if self._ensure_map() is None:
            return
        from mesodesk.services.sessions import MarkInput

        try:
            self.map_view.set_marks(
                [
                    MarkInput(
                        m.diagram, m.x, m.y, m.kind, m.radius, m.depth_mm, m.volume_ml, m.product_id, m.note
                    )
                    for m in marks
                ]
            )
            self.map_view.set_diagram(marks[0].diagram)
        except Exception:  # a broken map must not hide the session's details
            log.exception("injection map failed")
            self.map_view.hide()
            return
        self.map_view.show()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 700)
