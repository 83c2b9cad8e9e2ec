"""Shown at start when the start-up checks find the database unusable: explains, and offers a good backup.

result = startup.preflight(url, passphrase=...)
if not result.ok:
    dialog = RecoveryDialog(result, passphrase=...)
    if dialog.exec() == QDialog.Accepted:   # a backup was restored: run preflight again
        ...
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.i18n import format_datetime
from mesodesk.gui.operations import ProgressFn, Task, run_task
from mesodesk.storage import backup as backups
from mesodesk.storage import startup


class RecoveryDialog(QDialog):
    """Accepted once a backup has been restored (the damaged file is kept aside); rejected to quit."""

    def __init__(
        self, result: startup.PreflightResult, passphrase: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database cannot be used"))
        self.setMinimumWidth(560)
        self.recovery = result
        self.passphrase = passphrase
        self.restored: backups.RestoreResult | None = None
        self.task: Task | None = None

        self.message = QLabel(result.message)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("backups")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.styled(self.error, "color: $error;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setObjectName("restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(self.choices)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        offered = [b for b in backups.list_backups(result.url) if b.path.suffix == backups.BACKUP_SUFFIX]
        if result.backup is not None:
            offered = [result.backup] + [b for b in offered if b.path != result.backup.path]
        for info in offered:
            item = QListWidgetItem(
                self.tr("%1 — %2 (%3 MB)")
                .replace("%1", format_datetime(info.created))
                .replace("%2", info.reason)
                .replace("%3", f"{info.size / 1_048_576:,.1f}")
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.choices.addItem(item)
        can_restore = (
            result.status in (startup.DAMAGED, startup.MIGRATION_FAILED) and self.choices.count() > 0
        )
        if can_restore:
            self.choices.setCurrentRow(0)
            self.advice.setText(
                self.tr(
                    "Restoring puts the chosen backup in place; the current file is kept "
                    "aside under another name for inspection. Work saved after the backup "
                    "was made will have to be entered again."
                )
            )
        else:
            self.choices.hide()
            self.restore_button.hide()
            if result.status == startup.NETWORK_SHARE:
                self.advice.setText(
                    self.tr(
                        "Move the database file to this computer's own disk (then start "
                        "MesoDesk with --db pointing at it), or ask for a PostgreSQL server."
                    )
                )
            elif result.status in (startup.DAMAGED, startup.MIGRATION_FAILED):
                self.advice.setText(
                    self.tr(
                        "There is no good backup to restore. Keep the damaged file and ask "
                        "for help; do not delete it."
                    )
                )

    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def restore(self) -> None:
        path = self.chosen()
        if path is None or self.task is not None:
            return
        self.restore_button.setEnabled(False)
        self.error.hide()

        def work(progress: ProgressFn) -> backups.RestoreResult:
            return backups.restore(
                path,
                self.recovery.url,
                passphrase=self.passphrase,
                progress=lambda d, t: progress(d, t, self.tr("Restoring")),
            )

        self.task = run_task(
            self, self.tr("Restoring the backup"), work, on_done=self._done, on_error=self._failed
        )

    def _done(self, restored: backups.RestoreResult) -> None:
        self.task = None
        self.restored = restored
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from mesodesk.domain.errors import KnownError
        from mesodesk.gui.operations import show_error

        self.task = None
        self.restore_button.setEnabled(True)
        if not isinstance(exc, KnownError):
            show_error(self, exc)
            return
        self.error.setText(str(exc))
        self.error.show()
