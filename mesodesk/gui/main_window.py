"""The main window: search and patient list on the left, the chart on the right, menus for the rest."""

from __future__ import annotations

import importlib
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk import __version__
from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.i18n import format_date
from mesodesk.gui.locking import (
    ACTIVITY_EVENTS as ACTIVITY_EVENTS,
)
from mesodesk.gui.locking import (
    COVERED_WINDOW_TYPES as COVERED_WINDOW_TYPES,
)
from mesodesk.gui.locking import (
    INPUT_EVENTS as INPUT_EVENTS,
)
from mesodesk.gui.locking import (
    IdleWatcher,
    LockDialog,
    LockingMixin,
    _LockCover,
)
from mesodesk.gui.main_actions import MainWindowActions
from mesodesk.gui.models.patient_table_model import PatientTableModel
from mesodesk.gui.operations import Task, call, show_error
from mesodesk.gui.patient_commands import PatientCommands
from mesodesk.gui.settings import GuiSettings
from mesodesk.gui.widgets.patient_chart import PatientChart
from mesodesk.gui.widgets.tables import fit_columns, make_table
from mesodesk.gui.window_host import ShownWidget
from mesodesk.gui.window_layout import NAME_CHARS_MIN, WindowLayout
from mesodesk.services.changes import ChangeSet
from mesodesk.services.context import Permission

if TYPE_CHECKING:
    from mesodesk.services import Services
    from mesodesk.services.users import UserInfo

log = logging.getLogger("mesodesk.gui.main")

SEARCH_LIMIT = 200
#: Dialogs written elsewhere, imported only when first used: key -> (module under mesodesk.gui, class).
EXTERNAL_DIALOGS: dict[str, tuple[str, str]] = {
    "session": ("dialogs.session_editor", "SessionEditorDialog"),
    "reaction": ("dialogs.reaction_dialog", "ReactionDialog"),
    "plan": ("dialogs.plan_dialog", "PlanDialog"),
    "consent": ("dialogs.consent_dialog", "ConsentDialog"),
    "catalogue": ("dialogs.catalogue_dialog", "CatalogueDialog"),
    "clinic_settings": ("dialogs.clinic_settings_dialog", "ClinicSettingsDialog"),
    "outcome_definitions": ("dialogs.outcome_definitions_dialog", "OutcomeDefinitionsDialog"),
    "patient_report": ("dialogs.report_dialog", "PatientReportDialog"),
    "clinic_reports": ("dialogs.report_dialog", "ClinicReportsDialog"),
    "audit": ("dialogs.audit_dialog", "AuditDialog"),
    "backup": ("dialogs.backup_dialog", "BackupDialog"),
    "users": ("dialogs.users_dialog", "UsersDialog"),
    "erase": ("dialogs.erase_dialog", "EraseDialog"),
    "import": ("dialogs.import_wizard", "ImportWizard"),
    "export": ("dialogs.export_dialog", "ExportPatientDialog"),
    "compare_photos": ("dialogs.photo_compare", "PhotoCompareDialog"),
    "merge": ("dialogs.merge_dialog", "MergeDialog"),
}

#: Signals of those dialogs after which everything is reloaded: a restore replaces the whole database
#: (saves need no signal: every view follows the services' change notification, gui/changes.py).
CHANGE_SIGNALS = ("sig_restored",)


class MainWindow(MainWindowActions, PatientCommands, LockingMixin, WindowLayout, QMainWindow):
    """``MainWindow(services, db_label, user)``: services are bound to the signed-in user.

    From the lock screen another user may sign in (``sig_switch_user(user)``) or this one sign out
    (``sig_signed_out``): the window closes; gui/workstation.py opens what comes next."""

    sig_switch_user = Signal(object)  # the UserInfo of who signed in
    sig_signed_out = Signal()
    sig_unlocked = Signal()
    sig_lock_refused = Signal(str)  # the message shown on the lock screen

    _backup_task: Task | None  # the automatic daily backup running (application.start_daily_backup)

    def __init__(
        self,
        services: Services,
        db_label: str,
        user: UserInfo,
        settings: GuiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.db_label = db_label
        self.settings = settings or GuiSettings()
        self.last_dialog: QWidget | None = None
        self._locked = False
        self._covers: list[_LockCover] = []
        self._docks_before_lock: list[QDockWidget] = []
        self._auth_task: Task | None = None
        self.leaving = False  # signed out or switched: closing for good
        self.setObjectName("mainWindow")
        self.clinic_name = self._clinic_name()
        self._set_title()

        self._build_central()
        self._build_dock()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._restore_layout()

        self.idle = IdleWatcher(self)
        self.idle.sig_idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        minutes = self._idle_minutes()
        self.idle.set_interval_ms(minutes * 60_000)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.settings.preferences.search_delay_ms)
        self._search_timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_now()
        self._update_actions()
        watch_changes(services, self._on_changes)

    # -- construction --------------------------------------------------------
    def _set_title(self) -> None:
        """The clinic and who is signed in (after a switch of user, the new one)."""
        self.setWindowTitle(
            # Qt adds the application's name ("— MesoDesk") where the window system shows titles
            self.tr("%1 — %2").replace("%1", self.clinic_name).replace("%2", self.user.full_name)
        )

    def _clinic_name(self) -> str:
        try:
            return self.services.clinic.settings().name
        except Exception:  # the title is not worth failing for
            log.exception("cannot read the clinic settings")
            return "MesoDesk"

    def _idle_minutes(self) -> int:
        try:
            return int(self.services.clinic.settings().idle_lock_minutes)
        except Exception:
            log.exception("cannot read the idle lock setting")
            return 10

    def _build_central(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.setSpacing(6)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.tr("Search patients"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search: name, file no., phone or date of birth"))
        self.search_box.setToolTip(self.tr("Ctrl+F. ↑/↓ move in the list, Enter opens the chart."))
        self.search_box.installEventFilter(self)
        left_layout.addWidget(self.search_box)
        self.patient_model = PatientTableModel(self)
        self.patient_view = make_table(self.patient_model, stretch=PatientTableModel.COL_NAME)
        self.patient_view.setObjectName("patientList")
        self.patient_view.setAccessibleName(self.tr("Patients"))
        self.patient_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(  # a date and a file number in this font and the language's date format, not pixels
            self.patient_view,
            {
                PatientTableModel.COL_BORN: format_date(date(2000, 12, 28)),
                PatientTableModel.COL_FILE_NO: "MD-0000000",
            },
        )
        self.patient_view.setColumnHidden(PatientTableModel.COL_PHONE, True)
        self.patient_view.activated.connect(self._patient_activated)
        self.patient_view.clicked.connect(self._patient_activated)
        left_layout.addWidget(self.patient_view, 1)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        theme.styled(self.result_label, "color: $muted;")
        self.result_label.setWordWrap(
            True
        )  # "the first 200 patients are shown; type to narrow", any language
        left_layout.addWidget(self.result_label)
        self._list_pane = left
        left.setMinimumWidth(self._list_width(NAME_CHARS_MIN))
        self.splitter.addWidget(left)
        self.chart = PatientChart(self.services)
        self.chart.setObjectName("patientChart")
        self.chart.sig_action.connect(self._chart_action)
        self.chart.sig_session_activated.connect(self.open_session)
        self.chart.sig_reaction_activated.connect(self.open_reaction)
        self.splitter.addWidget(self.chart)
        # a narrower window takes a quarter of the change from the list, so the chart keeps room for its
        # tabs on a 1024-px screen (the list keeps its minimum width)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self._default_split()
        self.stack.addWidget(self.splitter)
        self._build_today()
        QWidget.setTabOrder(self.search_box, self.patient_view)
        previous: QWidget = self.patient_view
        for section in self.today.sections():  # Today's lists, or the chart, after the list
            QWidget.setTabOrder(previous, section.list)
            previous = section.list
        QWidget.setTabOrder(previous, self.chart.tabs)
        self.locked_page = QLabel(self.tr("MesoDesk is locked."))
        self.locked_page.setObjectName("lockedPage")
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.styled(self.locked_page, "color: $muted; font-size: 14pt;")
        self.stack.addWidget(self.locked_page)
        # The password is asked in an application-modal window of its own: a dialog left open
        # (window-modal over this window) must not keep the user from unlocking.
        self.lock_dialog = LockDialog(self)
        self.lock_screen = self.lock_dialog.lock_screen
        self.lock_screen.sig_unlock_requested.connect(self.unlock)
        self.lock_screen.sig_switch_requested.connect(self.switch_user)
        self.lock_screen.sig_sign_out_requested.connect(self.sign_out)
        self.lock_screen.sig_quit_requested.connect(self.close)

    def _build_today(self) -> None:
        """The home screen in the chart's place while no patient is open (gui/widgets/today.py)."""
        from mesodesk.gui.widgets.today import TodayView

        self.today = TodayView(self.services)
        self.today.setObjectName("todayView")
        self.today.sig_open_patient.connect(self.open_patient)
        self.today.sig_open_catalogue.connect(self._open_lots)
        self.chart.set_home(self.today)

    def show_today(self) -> None:
        """Close the chart and show Today, its first list focused."""
        self.chart.clear()
        self.patient_view.clearSelection()
        self._update_actions()
        self.today.focus_first()

    def _open_lots(self) -> None:
        dialog = self.open_external("catalogue") if self.act_catalogue.isEnabled() else None
        tabs = getattr(dialog, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(1)  # lots and stock

    def _build_dock(self) -> None:
        self.followups_dock = QDockWidget(self.tr("Follow-ups"), self)
        self.followups_dock.setObjectName("followupsDock")
        self.followups_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dashboard: Any = None
        placeholder = QWidget()
        self.followups_dock.setWidget(placeholder)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.followups_dock)
        self.followups_dock.hide()
        self.followups_dock.visibilityChanged.connect(self._dock_visibility)

    def _ensure_dashboard(self) -> Any:
        if self.dashboard is None:
            from mesodesk.gui.widgets.followups_dashboard import FollowUpsDashboard

            self.dashboard = FollowUpsDashboard(self.services)
            self.dashboard.setObjectName("followupsDashboard")
            self.dashboard.sig_open_patient.connect(self.open_patient)
            self.followups_dock.setWidget(self.dashboard)
        return self.dashboard

    def _dock_visibility(self, visible: bool) -> None:
        if visible and not self._locked:
            self._ensure_dashboard().refresh()

    def edit_preferences(self) -> None:
        from mesodesk.gui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.search_now()
        if dialog.restart_needed:
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language is used the next time MesoDesk starts."),
            )

    # -- search --------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_now(self, *, keep_open: bool = False) -> None:
        """Run the search box's query. Typing selects the first hit (Enter opens it); a reload after a
        save (``keep_open``) keeps the open patient selected, or selects nobody if the list lacks them."""
        self._search_timer.stop()
        query = self.search_box.text()
        hits = call(
            self,
            self.services.patients.search,
            query,
            limit=SEARCH_LIMIT,
            include_archived=self.settings.preferences.include_archived_in_search,
        )
        if hits is None:
            return
        self.patient_model.set_rows(hits)
        current = self.chart.patient_id
        row = self.patient_model.row_of_patient(current) if current is not None else -1
        if keep_open and current is not None:
            self._select_row(row)
        elif hits:
            self.patient_view.selectRow(row if row >= 0 and not query.strip() else 0)
        n = len(hits)
        if n >= SEARCH_LIMIT:
            self.result_label.setText(
                self.tr("First %1 patients shown; type to narrow the list.").replace("%1", str(n))
            )
        elif query.strip():
            self.result_label.setText(
                QCoreApplication.translate("MainWindow", "%Ln patient(s) found", None, n)
                if n
                else self.tr("No patient found. Ctrl+N registers a new one.")
            )
        else:
            self.result_label.setText(QCoreApplication.translate("MainWindow", "%Ln patient(s)", None, n))

    def _window_shortcut(self, event: QKeyEvent) -> bool:
        """Whether a key is one of the window's Ctrl shortcuts (Ctrl+E, Ctrl+H, Ctrl+L …)."""
        combo = event.keyCombination()
        if not combo.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        pressed = QKeySequence(combo)
        return any(
            action.shortcut() == pressed
            for action in self.actions()
            if action.isEnabled() and not action.shortcut().isEmpty()
        ) and pressed not in (
            QKeySequence(QKeySequence.StandardKey.Copy),
            QKeySequence(QKeySequence.StandardKey.Paste),
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            obj is self.search_box
            and isinstance(event, QKeyEvent)  # a shortcut override is a key event
            and event.type() == QEvent.Type.ShortcutOverride
            and self._window_shortcut(event)
        ):
            # The line edit would keep Ctrl+E (end of line) and friends: the window's shortcuts win,
            # so Ctrl+E edits the patient wherever the focus is (issue 12).
            event.ignore()
            return True
        if obj is self.search_box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            steps: dict[int, int] = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            if key in steps:
                if self._search_timer.isActive():
                    self.search_now()
                self.move_selection(steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self.search_now()
                self.open_selected()
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(obj, event)

    def move_selection(self, step: int) -> None:
        count = self.patient_model.rowCount()
        if not count:
            return
        current = self.patient_view.currentIndex()
        row = current.row() if current.isValid() else -1
        row = min(max(row + step, 0), count - 1)
        self.patient_view.selectRow(row)
        self.patient_view.scrollTo(self.patient_model.index(row, 0))

    def selected_patient_id(self) -> int | None:
        rows = self.patient_view.selectionModel().selectedRows()
        hit = self.patient_model.row_at(rows[0].row()) if rows else None
        return hit.id if hit is not None else None

    def open_selected(self) -> None:
        patient_id = self.selected_patient_id()
        if patient_id is not None:
            self.open_patient(patient_id)

    def _patient_activated(self, index: QModelIndex) -> None:
        hit = self.patient_model.row_at(index.row())
        if hit is not None and hit.id != self.chart.patient_id:
            self.open_patient(hit.id)

    # -- patients ------------------------------------------------------------
    def patient_id(self) -> int | None:
        return self.chart.patient_id

    def open_patient(self, patient_id: int) -> None:
        if self.chart.set_patient(patient_id):
            self._select_row(self.patient_model.row_of_patient(patient_id))
        self._update_actions()

    def _select_row(self, row: int) -> None:
        """Select one row of the list, or none (-1): the list never highlights another patient."""
        if row >= 0:
            self.patient_view.selectRow(row)
        else:
            self.patient_view.clearSelection()

    def _on_changes(self, changes: ChangeSet) -> None:
        """A write anywhere: the list, the actions and the clinic's settings follow (the chart and the
        dashboard watch for themselves)."""
        if changes.touches("clinic_settings"):
            self.apply_clinic_settings()
        if changes.patient_ids or changes.touches("patients"):
            self.search_now(keep_open=True)
        self._update_actions()  # archived, erased, or a role changed: the actions follow

    def _update_actions(self) -> None:
        has = self.chart.patient_id is not None
        can = self.services.ctx.can
        clinical = can(Permission.CLINICAL_WRITE)
        for action in (
            self.act_new_session,
            self.act_reaction,
            self.act_plan,
            self.act_consent,
            self.act_history,
        ):
            action.setEnabled(has and clinical)
        self.act_compare.setEnabled(has and can(Permission.CLINICAL_READ))
        for action in (self.act_edit, self.act_export, self.act_patient_report):
            action.setEnabled(has)
        self.act_archive.setEnabled(has and can(Permission.DEMOGRAPHICS))
        self.act_erase.setEnabled(has and can(Permission.ADMIN))
        self.act_merge.setVisible(can(Permission.ADMIN))  # not offered to other roles at all
        self.act_merge.setEnabled(can(Permission.ADMIN))
        for action in (self.act_users, self.act_audit, self.act_backup, self.act_settings, self.act_import):
            action.setEnabled(can(Permission.ADMIN))
        self.act_catalogue.setEnabled(can(Permission.CATALOGUE))
        self.act_outcome_definitions.setEnabled(can(Permission.CATALOGUE))
        self.act_clinic_reports.setEnabled(can(Permission.CLINICAL_READ))
        self.act_new_patient.setEnabled(can(Permission.DEMOGRAPHICS))
        archived = bool(has and self.chart.chart is not None and self.chart.chart.patient.archived)
        self.act_archive.setText(self.tr("Rest&ore patient…") if archived else self.tr("&Archive patient…"))

    def show_followups(self) -> None:
        self._ensure_dashboard()
        self.followups_dock.show()
        self.followups_dock.raise_()
        self.dashboard.refresh()

    # -- dialogs -------------------------------------------------------------
    def _show(self, dialog: ShownWidget) -> ShownWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        if isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()
        return dialog

    def open_external(self, key: str, *args: Any, **kwargs: Any) -> QWidget | None:
        """Open a dialog written elsewhere, imported on first use; a missing one is explained, not fatal."""
        module_name, class_name = EXTERNAL_DIALOGS[key]
        full = f"mesodesk.gui.{module_name}"
        try:
            module = importlib.import_module(full)
            cls = getattr(module, class_name)
        except ModuleNotFoundError as exc:
            if exc.name != full:
                show_error(self, exc)
                return None
            self.not_available()
            return None
        except AttributeError:
            self.not_available()
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        try:
            dialog = cls(self.services, *args, parent=self, **kwargs)
        except Exception as exc:
            show_error(self, exc)
            return None
        for name in CHANGE_SIGNALS:
            signal = getattr(dialog, name, None)
            if signal is not None:
                signal.connect(lambda *_: self._after_external_save())
        return self._show(dialog)

    def not_available(self) -> None:
        QMessageBox.information(
            self, self.tr("Not available"), self.tr("This feature is not available in this version.")
        )

    def _after_external_save(self) -> None:
        self.chart.refresh()
        self.search_now()
        self._update_actions()
        self.apply_clinic_settings()

    def apply_clinic_settings(self) -> None:
        """Pick up the clinic's name and idle-lock time (after the settings dialog saved them)."""
        self.clinic_name = self._clinic_name()
        self._set_title()
        self.idle.set_interval_ms(self._idle_minutes() * 60_000)
        if self.dashboard is not None and self.followups_dock.isVisible():
            self.dashboard.refresh()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MesoDesk"),
            self.tr(
                "<h3>MesoDesk %1</h3><p>Patient records for mesotherapy and aesthetic-injection "
                "clinics.</p><p>Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.db_label),
        )

    # -- closing -------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        try:
            self.save_layout()
        except Exception:
            log.exception("cannot save the window layout")
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.timer.stop()
        self.lock_dialog.hide()
        super().closeEvent(event)
