"""The main window's actions, menus, toolbar and status bar (the MainWindowActions mixin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QToolBar,
)

from mesodesk.gui import icons
from mesodesk.gui.labels import role_label
from mesodesk.gui.window_host import MainWindowHost
from mesodesk.services.context import Permission


class MainWindowActions(MainWindowHost):
    """Builds every QAction of the main window once; menus and toolbar share them."""

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "", name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
            icons.set_action_icon(action, icons.ACTION_ICONS.get(name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        icons.follow_theme()
        a = self._action
        self.act_find = a(
            self.tr("&Find patient"), self.focus_search, QKeySequence.StandardKey.Find, name="find"
        )
        self.act_today = a(
            self.tr("&Today"),
            self.show_today,
            "Alt+Home",
            self.tr("What is due today: calls, sign-offs, reactions, stock (Alt+Home)"),
            "today",
        )
        self.act_new_patient = a(
            self.tr("&New patient…"),
            self.new_patient,
            QKeySequence.StandardKey.New,
            self.tr("Register a new patient (Ctrl+N)"),
            "new_patient",
        )
        self.act_import = a(self.tr("&Import patients…"), lambda: self.open_external("import"), name="import")
        self.act_export = a(
            self.tr("&Export patient record…"),
            lambda: self.open_external("export", self.patient_id()),
            name="export",
        )
        self.act_quit = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, name="quit")
        self.act_edit = a(self.tr("&Edit patient…"), self.edit_patient, "Ctrl+E", name="edit_patient")
        self.act_new_session = a(
            self.tr("New &session…"),
            self.new_session,
            "Ctrl+Shift+N",
            self.tr("Record a treatment session (Ctrl+Shift+N)"),
            "new_session",
        )
        self.act_reaction = a(
            self.tr("Record &reaction…"),
            lambda: self.open_external("reaction", self.patient_id()),
            "Ctrl+Shift+R",
            name="reaction",
        )
        self.act_plan = a(
            self.tr("&Plan a course…"), lambda: self.open_external("plan", self.patient_id()), name="plan"
        )
        self.act_consent = a(
            self.tr("Record &consent…"),
            lambda: self.open_external("consent", self.patient_id()),
            name="consent",
        )
        self.act_history = a(
            self.tr("&Medical history and allergies…"), self.edit_history, "Ctrl+H", name="history"
        )
        self.act_compare = a(
            self.tr("C&ompare photos…"),
            lambda: self.open_external("compare_photos", self.patient_id()),
            name="compare_photos",
        )
        self.act_archive = a(self.tr("&Archive patient…"), self.toggle_archived, name="archive")
        self.act_merge = a(
            self.tr("Mer&ge duplicate records…"),
            self.merge_patients,
            tip=self.tr("Administrators: move a duplicate's records onto the record kept"),
            name="merge",
        )
        self.act_followups = a(
            self.tr("&Follow-ups dashboard"),
            self.show_followups,
            "Ctrl+Shift+F",
            self.tr("Calls and visits due (Ctrl+Shift+F)"),
            "followups",
        )
        self.act_patient_report = a(
            self.tr("&Patient summary…"),
            lambda: self.open_external("patient_report", self.patient_id()),
            "Ctrl+P",
            name="patient_report",
        )
        self.act_clinic_reports = a(
            self.tr("&Clinic reports…"),
            lambda: self.open_external("clinic_reports"),
            tip=self.tr("Follow-ups, reactions, lot recalls, activity"),
            name="clinic_reports",
        )
        self.act_catalogue = a(
            self.tr("&Products and formulas…"),
            lambda: self.open_external("catalogue"),
            tip=self.tr("Products, lots and formulas"),
            name="catalogue",
        )
        self.act_outcome_definitions = a(
            self.tr("&Outcome scales and measures…"),
            lambda: self.open_external("outcome_definitions"),
            tip=self.tr("The validated scales and measures outcomes are recorded with, and the clinic's own"),
            name="outcome_definitions",
        )
        self.act_settings = a(
            self.tr("&Clinic settings…"),
            lambda: self.open_external("clinic_settings"),
            tip=self.tr("Clinic name, address, logo, idle lock"),
            name="clinic_settings",
        )
        self.act_users = a(self.tr("&Users…"), lambda: self.open_external("users"), name="users")
        self.act_audit = a(self.tr("&Audit trail…"), lambda: self.open_external("audit"), name="audit")
        self.act_backup = a(
            self.tr("&Backup and restore…"),
            lambda: self.open_external("backup", self.services.ctx.engine),
            name="backup",
        )
        self.act_erase = a(
            self.tr("&Erase patient…"), lambda: self.open_external("erase", self.patient_id()), name="erase"
        )
        self.act_lock = a(self.tr("&Lock now"), self.lock_now, "Ctrl+L", name="lock")
        self.act_about = a(self.tr("&About MesoDesk"), self.about, name="about")
        self.act_reset_layout = a(self.tr("&Reset window layout"), self.reset_layout, name="reset_layout")
        self.act_preferences = a(
            self.tr("&Preferences…"),
            self.edit_preferences,
            QKeySequence.StandardKey.Preferences,
            self.tr("Language, appearance and search on this workstation"),
            "preferences",
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus: list[tuple[str, list[QAction | None]]] = [
            (
                self.tr("&File"),
                [
                    self.act_today,
                    self.act_new_patient,
                    self.act_find,
                    None,
                    self.act_import,
                    self.act_export,
                    None,
                    self.act_lock,
                    self.act_quit,
                ],
            ),
            (
                self.tr("&Patient"),
                [
                    self.act_edit,
                    self.act_new_session,
                    self.act_reaction,
                    self.act_plan,
                    self.act_consent,
                    self.act_history,
                    self.act_compare,
                    None,
                    self.act_archive,
                    self.act_merge,
                ],
            ),
            (self.tr("F&ollow-ups"), [self.act_followups]),
            (self.tr("&Reports"), [self.act_patient_report, self.act_clinic_reports]),
            (self.tr("&Catalogue"), [self.act_catalogue, self.act_outcome_definitions]),
            (self.tr("&Settings"), [self.act_preferences, self.act_settings, self.act_reset_layout]),
            (self.tr("&Admin"), [self.act_users, self.act_audit, self.act_backup, None, self.act_erase]),
            (self.tr("&Help"), [self.act_about]),
        ]
        self.menus: dict[str, Any] = {}
        for title, actions in menus:
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            self.menus[title.replace("&", "")] = menu
        if not self.services.ctx.can(Permission.ADMIN):
            self.menus[self.tr("&Admin").replace("&", "")].menuAction().setVisible(False)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        for action in (
            self.act_today,
            self.act_new_patient,
            self.act_new_session,
            None,
            self.act_followups,
            self.act_clinic_reports,
            None,
            self.act_catalogue,
            self.act_settings,
        ):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.db_status = QLabel(self.tr("Database: %1").replace("%1", self.db_label))
        self.db_status.setObjectName("dbStatus")
        self.user_status = QLabel(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", self.user.full_name)
            .replace("%2", role_label(self.user.role))
        )
        self.user_status.setObjectName("userStatus")
        self.db_status.setContentsMargins(8, 0, 8, 0)
        self.user_status.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(self.db_status)
        status.addPermanentWidget(self.user_status)
