"""Starting the desktop application: Qt, translations, error hooks, the database, sign-in, the window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from mesodesk import __version__
from mesodesk.domain.errors import DatabaseError, KnownError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mesodesk.gui.main_window import MainWindow

log = logging.getLogger("mesodesk.gui")

EXIT_DATABASE = 2
EXIT_QT_BINDING = 3  # the installed PySide6 cannot be used (gui/qt_check.py)


class ErrorHooks:
    """sys.excepthook and a Qt message handler writing to the log; a bug shows a dialog, the app keeps running."""

    def __init__(self, log_path: Path | None = None) -> None:
        self.log_path = log_path
        self._previous_hook: Any = None
        self._previous_handler: Any = None
        self._showing = False
        self.shown = 0

    def install(self) -> ErrorHooks:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle_exception
        self._previous_handler = qInstallMessageHandler(self.handle_qt_message)
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle_exception:
            sys.excepthook = self._previous_hook or sys.__excepthook__
        qInstallMessageHandler(self._previous_handler)

    def handle_exception(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, KnownError):
            log.info("known error reached the top: %s", kind.__name__)
        else:
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        self.show_dialog(exc)

    def show_dialog(self, exc: BaseException) -> None:
        if self._showing or QApplication.instance() is None:
            return  # an error while showing an error: logged, not shown again
        self._showing = True
        self.shown += 1
        try:
            parent = QApplication.activeWindow()
            if isinstance(exc, KnownError):
                QMessageBox.warning(
                    parent, QCoreApplication.translate("application", "Cannot do that"), str(exc)
                )
            else:
                where = (
                    QCoreApplication.translate("application", "The details were written to %1.").replace(
                        "%1", str(self.log_path)
                    )
                    if self.log_path
                    else QCoreApplication.translate(
                        "application", "The details were written to the log file."
                    )
                )
                QMessageBox.critical(
                    parent,
                    QCoreApplication.translate("application", "Something went wrong"),
                    QCoreApplication.translate("application", "Something went wrong; MesoDesk keeps running.")
                    + "\n\n"
                    + where
                    + "\n"
                    + QCoreApplication.translate(
                        "application", "If it happens again, please send that file to your support contact."
                    ),
                )
        finally:
            self._showing = False

    def handle_qt_message(self, mode: QtMsgType, context: Any, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        logging.getLogger("mesodesk.qt").log(level, "%s%s", message, where)
        if self._previous_handler is not None:
            self._previous_handler(mode, context, message)


def database_label(engine: Any) -> str:
    """How the database is named to the user (a file path, or server/database without password)."""
    from mesodesk.db.engine import sqlite_path

    url = engine.url.render_as_string(hide_password=True)
    path = sqlite_path(url)
    return str(path) if path is not None else url


def make_application(
    argv: list[str] | None = None, language: str | None = None
) -> tuple[QApplication, list[Any]]:
    """The QApplication with its translators; ``language`` overrides the user's language preference."""
    from mesodesk.gui.i18n import install_translators, resolve_language

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName("MesoDesk")
    app.setOrganizationName("MesoDesk")
    app.setApplicationDisplayName("MesoDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mesodesk")  # matches packaging/mesodesk.desktop (icon in the task bar)
    _set_window_icon(app)
    from mesodesk.gui import accessible_defaults, fit, theme
    from mesodesk.gui.settings import GuiSettings

    accessible_defaults.install(app)  # Qt's own controls (clear buttons, combo lists) get names
    fit.install(app)  # no window larger than its screen (a dialog's buttons below a laptop's edge)

    preferences = GuiSettings().preferences
    theme.install(app, preferences.theme)  # Fusion, the palette, the focus ring: before any window
    if language is None:
        language = preferences.language
    translators = install_translators(app, resolve_language(language))
    return app, translators


def _set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from mesodesk.paths import MissingResourceError, icon_path

    try:
        app.setWindowIcon(QIcon(str(icon_path())))
    except MissingResourceError as exc:  # an incomplete installation still starts, without its icon
        log.warning("%s", exc)


def open_database_or_explain(url: str | None, parent: QWidget | None = None) -> Any:
    """The engine, or None after explaining why the database cannot be used."""
    from mesodesk.storage.database import open_database

    try:
        return open_database(url)
    except DatabaseError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("application", "Cannot open the database"), str(exc)
        )
    except KnownError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("application", "Cannot open the database"), str(exc)
        )
    except Exception as exc:  # a bug while opening: logged with its traceback, explained in words
        log.exception("unexpected error while opening the database")
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("application", "Cannot open the database"),
            QCoreApplication.translate(
                "application",
                "The database could not be opened (%1). The details were written to the log file.",
            ).replace("%1", type(exc).__name__),
        )
    return None


def open_clinic_database(
    url: str | None, parent: QWidget | None = None, passphrase: str | None = None
) -> Any:
    """Run the start-up checks and open the database; None after explaining why it cannot be used.

    An encrypted database asks for its passphrase (``passphrase``, then $MESODESK_PASSPHRASE, is tried
    first; a new SQLite file is created encrypted with ``passphrase``); a damaged database, or one whose
    migration failed, offers the newest good backup (the damaged file is kept).
    """
    import os

    try:
        from mesodesk.storage import startup
    except ImportError:  # an older build without start-up checks
        return open_database_or_explain(url, parent)
    passphrase = passphrase or os.environ.get("MESODESK_PASSPHRASE") or None
    asked = 0
    while True:
        try:
            result = startup.preflight(url, passphrase=passphrase)
        except Exception as exc:
            log.error("start-up checks failed", exc_info=exc)
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("application", "Cannot open the database"),
                QCoreApplication.translate(
                    "application",
                    "The database could not be checked (%1). The details were written to the log file.",
                ).replace("%1", type(exc).__name__),
            )
            return None
        if result.ok:
            return result.engine
        if result.status == startup.WRONG_PASSPHRASE and asked < 3:
            asked += 1
            passphrase = ask_passphrase(parent, retry=asked > 1 or passphrase is not None)
            if passphrase is None:
                return None
            continue
        if result.backup is not None:
            from mesodesk.gui.i18n import format_datetime

            when = format_datetime(result.backup.created)
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("application", "The database cannot be used"),
                result.message
                + "\n\n"
                + QCoreApplication.translate(
                    "application",
                    "Restore the newest good backup (%1)? The current file is kept aside under another name.",
                ).replace("%1", when),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            if not restore_backup(result.backup.path, result.url, passphrase, parent):
                return None
            continue
        QMessageBox.critical(
            parent, QCoreApplication.translate("application", "Cannot open the database"), result.message
        )
        return None


def is_new_sqlite_file(url: str | None) -> bool:
    """The database is an SQLite file that does not exist yet (or is empty): a new clinic."""
    from mesodesk.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(url))
    return path is not None and (not path.exists() or path.stat().st_size == 0)


def encryption_available() -> bool:
    from mesodesk.db.engine import sqlcipher_module

    try:
        sqlcipher_module()
    except KnownError:
        return False
    return True


def choose_new_clinic_security(url: str | None, parent: QWidget | None = None) -> tuple[bool, str | None]:
    """Before a new SQLite clinic file is created: (go on?, passphrase or None for no encryption).

    Asked only when the file does not exist yet, $MESODESK_PASSPHRASE is not set and SQLCipher is installed.
    """
    import os

    if os.environ.get("MESODESK_PASSPHRASE") or not is_new_sqlite_file(url) or not encryption_available():
        return True, None
    from mesodesk.db.engine import resolve_url, sqlite_path
    from mesodesk.gui.dialogs.first_start import NewClinicSecurityDialog

    dialog = NewClinicSecurityDialog(str(sqlite_path(resolve_url(url))), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    log.info("new clinic database: %s", "encrypted" if dialog.passphrase else "not encrypted")
    return True, dialog.passphrase


def ask_passphrase(parent: QWidget | None, retry: bool) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text = (
        QCoreApplication.translate("application", "That passphrase did not open the database. Try again:")
        if retry
        else QCoreApplication.translate("application", "This database is encrypted. Enter its passphrase:")
    )
    value, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("application", "Encrypted database"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return value if ok and value else None


def restore_backup(path: Any, url: str, passphrase: str | None, parent: QWidget | None) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from mesodesk.services import backup

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup.restore(path, url, passphrase=passphrase)
    except Exception as exc:
        QGuiApplication.restoreOverrideCursor()
        from mesodesk.gui.operations import show_error

        show_error(parent, exc, QCoreApplication.translate("application", "The backup could not be restored"))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def start_daily_backup(window: MainWindow, engine: Engine) -> None:
    """The automatic daily backup, in the background once the window is up (failures are logged)."""
    try:
        from mesodesk.services.backup import backup_if_due
    except ImportError:
        return
    from mesodesk.gui.operations import run_task

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)

    window._backup_task = run_task(
        window,
        QCoreApplication.translate("application", "Backing up"),
        lambda _progress: backup_if_due(engine),
        on_error=failed,
        show_progress=False,
    )


def leave_screen(window: QWidget) -> None:
    """Hide the window and have the window system take it away now, before any work at exit."""
    from PySide6.QtGui import QGuiApplication

    window.hide()
    QApplication.processEvents()
    QGuiApplication.sync()


def backup_at_exit(engine: Any) -> None:
    try:
        from mesodesk.services.backup import backup_on_exit
    except ImportError:
        return
    try:
        backup_on_exit(engine)
    except Exception:  # never stop the application from closing
        log.exception("backup on exit failed")


def warm_up_in_background() -> None:
    """Map the ORM models in a worker thread while the user types the password (start-up shows the
    sign-in window without them)."""
    import threading

    def work() -> None:
        try:
            import mesodesk.db.models  # noqa: F401
            import mesodesk.services.patients  # noqa: F401
            import mesodesk.services.users  # noqa: F401
        except Exception:  # the same import fails again, loudly, where it is needed
            log.exception("warm-up import failed")

    threading.Thread(target=work, name="mesodesk-warm-up", daemon=True).start()


def sign_in(
    system: Any,
    engine: Any,
    clinic_name: str,
    hint: str = "",
    exec_dialog: Callable[[QDialog], int] | None = None,
) -> Any:
    from mesodesk.gui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(system, clinic_name, database_label(engine), hint=hint)
    QTimer.singleShot(0, dialog, warm_up_in_background)  # once the window is up
    run = exec_dialog or (lambda d: d.exec())
    if run(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.user


def quit_after(app: QCoreApplication, seconds: float) -> QTimer:
    """For smoke tests of an installed build (``mesodesk --quit-after SECONDS``): after ``seconds``,
    say on stderr which windows are showing, close them (dialogs are rejected) and quit."""

    def stop() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        names = []
        for widget in shown:
            name = widget.windowTitle() or type(widget).__name__
            if isinstance(widget, QMessageBox):
                name += ": " + widget.text()
            names.append(name)
        print(
            f"mesodesk: quit after {seconds:g} s, showing: {'; '.join(names) or 'no window'}", file=sys.stderr
        )
        if sys.stderr is not None:
            sys.stderr.flush()
        for _ in range(50):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            else:
                modal.close()
        for widget in shown:
            widget.close()
        app.quit()

    timer = QTimer(app)
    timer.setSingleShot(True)
    timer.timeout.connect(stop)
    timer.start(max(0, int(seconds * 1000)))
    return timer


def run_gui(args: argparse.Namespace) -> int:
    """Start the application; returns the process exit code (2: the database cannot be used)."""
    from mesodesk.app import configure_logging

    try:
        log_path: Path | None = configure_logging(getattr(args, "verbose", False))
    except OSError:
        log_path = None
    app, translators = make_application()
    from mesodesk.gui.qt_check import binding_problem

    problem = binding_problem()
    if problem is not None:
        log.error("Qt binding refused: %s", problem)
        QMessageBox.critical(None, QCoreApplication.translate("application", "Qt cannot be used"), problem)
        return EXIT_QT_BINDING
    hooks = ErrorHooks(log_path).install()
    seconds = getattr(args, "quit_after", None)
    smoke = quit_after(app, seconds) if seconds is not None else None
    try:
        go_on, new_passphrase = choose_new_clinic_security(getattr(args, "db", None))
        if not go_on:
            return 0
        engine = open_clinic_database(getattr(args, "db", None), passphrase=new_passphrase)
        del new_passphrase
        if engine is None:
            return EXIT_DATABASE
        from mesodesk.services import Services
        from mesodesk.services.context import ServiceContext

        system = Services(ServiceContext(engine))
        try:
            from mesodesk.db.overview import clinic_overview

            overview = clinic_overview(engine)  # no ORM yet: the sign-in window comes first
            has_users, clinic_name = overview.has_users, overview.clinic_name
        except KnownError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("application", "Cannot open the database"), str(exc)
            )
            return EXIT_DATABASE
        hint = ""
        if not has_users:
            from mesodesk.gui.dialogs.first_start import FirstStartDialog

            first = FirstStartDialog(engine, system)
            if first.exec() != QDialog.DialogCode.Accepted or first.choice is None:
                return 0
            clinic_name = system.clinic.settings().name
            hint = (
                QCoreApplication.translate("application", "Demo clinic: sign in as admin, password mesodesk.")
                if first.choice == "demo"
                else ""
            )
        user = sign_in(system, engine, clinic_name, hint)
        if user is None:
            return 0
        from mesodesk.gui.workstation import Workstation

        # Switch user and Sign out (from the lock screen) replace the window; the first one runs the backup.
        workstation = Workstation(system, database_label(engine), clinic_name)
        window = workstation.open(user)
        daily = QTimer(window, singleShot=True, interval=3000)
        daily.timeout.connect(lambda: start_daily_backup(window, engine))
        daily.start()
        code = app.exec()
        daily.stop()  # the loop is over: no backup thread may start after it
        for shown in (workstation.window, window):
            if shown is not None:
                leave_screen(shown)  # the exit backup below must not hold a frozen window on screen
        task = getattr(window, "_backup_task", None)
        if task is not None:
            task.wait()
        backup_at_exit(engine)
        engine.dispose()
        return int(code)
    finally:
        if smoke is not None:
            smoke.stop()
        hooks.uninstall()
        del translators
