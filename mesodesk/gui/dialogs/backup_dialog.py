"""Backups from the GUI: the list, "back up now", and restore (verified, with confirmation and progress)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.i18n import format_datetime
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.operations import ProgressFn, Task, call, run_task
from mesodesk.services.backup import BackupInfo, RestoreResult, backups_dir
from mesodesk.services.context import Permission

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mesodesk.services import Services


class BackupTableModel(RowTableModel[BackupInfo]):
    COL_WHEN, COL_REASON, COL_SIZE, COL_FILE = range(4)
    HEADERS = ("When", "Kind", "Size", "File")

    def display(self, row: BackupInfo, column: int) -> Any:
        if column == self.COL_WHEN:
            return format_datetime(row.created, seconds=True)
        if column == self.COL_REASON:
            return {
                "daily": self.tr("daily"),
                "exit": self.tr("on exit"),
                "manual": self.tr("manual"),
                "pre-migration": self.tr("before an update"),
            }.get(row.reason, row.reason)
        if column == self.COL_SIZE:
            return f"{row.size / 1_048_576:,.1f} MB"
        if column == self.COL_FILE:
            return row.name
        return None

    def row_id(self, row: BackupInfo) -> int | None:
        return None

    def tooltip(self, row: BackupInfo, column: int) -> str | None:
        return str(row.path)


class BackupDialog(QDialog):
    """Anyone may back up; restoring is for an administrator (the service enforces it)."""

    sig_restored = Signal(str)  # the backup restored; the application should reload what it shows

    def __init__(self, services: Services, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup and restore"))
        self.resize(760, 420)
        self.services = services
        self.engine = engine
        self.service = services.backup
        self.task: Task | None = None

        intro = QLabel(
            self.tr(
                "Backups are made automatically every day and when MesoDesk closes, and kept in "
                "%1 (the last 7 days, 4 weeks and 12 months). Each is checked after it is written."
            ).replace("%1", str(backups_dir()))
        )
        intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from &file…"))
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_file_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.is_admin = services.ctx.can(Permission.ADMIN)
        if not self.is_admin:
            tip = self.tr("Only an administrator can restore a backup.")
            for button in (self.restore_button, self.restore_file_button):
                button.setToolTip(tip)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(call(self, self.service.backups) or [])
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        busy = self.task is not None
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.is_admin and self.selected() is not None)
        self.restore_file_button.setEnabled(not busy and self.is_admin)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- back up -------------------------------------------------------------
    def backup_now(self) -> None:
        def work(progress: ProgressFn) -> BackupInfo:
            return self.service.backup_now(
                progress=lambda d, t: progress(d, t, self.tr("Copying the database"))
            )

        self._start(self.tr("Backing up"), work, self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self._done()
        self.status.setText(self.tr("Backup written and verified: %1").replace("%1", str(info.path)))
        self.refresh()

    # -- restore -------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None and self.is_admin:
            self.restore(str(info.path), format_datetime(info.created))

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(backups_dir()),
            self.tr("MesoDesk backups (*.sqlite3 *.pgdump);;All files (*)"),
        )
        if path:
            self.restore(path, path)

    def restore(self, path: str, label: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The database will be replaced by the backup of %1. Everything saved since then will no "
                "longer be shown (the current database is kept aside under another name, not deleted).\n\n"
                "Restore it?"
            ).replace("%1", label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: ProgressFn) -> RestoreResult:
            result = self.service.restore(path, progress=lambda d, t: progress(d, t, self.tr("Restoring")))
            progress(0, 0, self.tr("Bringing the database up to date"))
            from mesodesk.db.engine import engine_passphrase
            from mesodesk.storage.database import open_database

            secret = engine_passphrase(self.engine)
            migrated = open_database(
                self.engine.url.render_as_string(hide_password=False),
                passphrase=secret.reveal() if secret else None,
            )
            migrated.dispose()
            return result

        self._start(self.tr("Restoring"), work, self._restored)

    def _restored(self, result: Any) -> None:
        self._done()
        aside = f"\n{result.kept_aside}" if result.kept_aside else ""
        self.status.setText(
            self.tr("Restored from %1. The previous database was kept:%2")
            .replace("%1", result.restored_from.name)
            .replace("%2", aside)
        )
        self.refresh()
        self.sig_restored.emit(str(result.restored_from))

    # -- helpers -------------------------------------------------------------
    def _start(self, title: str, work: Any, on_done: Any) -> None:
        self.status.setText(title + "…")
        self.task = run_task(self, title, work, on_done=on_done, on_error=self._failed)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        from mesodesk.gui.operations import show_error

        self._done()
        self.status.setText("")
        show_error(self, exc)

    def _done(self) -> None:
        self.task = None
        self._update_buttons()
