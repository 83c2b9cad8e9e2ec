"""Running service calls from the GUI: errors shown as messages, long work off the GUI thread.

Every write from a widget goes through one of three helpers, so errors are handled in one place:

- ``submit`` — a form's save: a ValidationError is shown next to its field, a ConflictError as
  "changed by someone else — reload", another known error as a message, a bug as the error dialog
  (traceback in the log). Dialogs never write ``except Exception`` themselves.
- ``call`` — a quick action outside a form (archive, mark done): any error as a message.
- ``run_task`` — slow work in a worker thread with a progress dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mesodesk.domain.errors import ConflictError, KnownError, ValidationError

if TYPE_CHECKING:
    from mesodesk.gui.widgets.field_errors import FieldErrors

log = logging.getLogger("mesodesk.gui")
T = TypeVar("T")
ProgressFn = Callable[[int, int, str], None]


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A known error as a warning; a bug as 'something went wrong' (traceback in the log)."""
    if isinstance(exc, KnownError):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("operations", "Cannot do that"), str(exc)
        )
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("operations", "Something went wrong"),
        QCoreApplication.translate(
            "operations",
            "Something went wrong. The details were written to the log file; nothing else was changed.",
        ),
    )


def call(parent: QWidget | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run a quick service call; on error show it and return None."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # shown to the user, bugs logged
        show_error(parent, exc)
        return None


@dataclass
class Submitted(Generic[T]):
    """What ``submit`` did: ``ok`` (also the truth value), the service's result, or the error shown."""

    ok: bool
    value: T | None = None
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


def submit(
    parent: QWidget,
    fn: Callable[..., T],
    *args: Any,
    errors: FieldErrors | None = None,
    on_invalid: Callable[[ValidationError], None] | None = None,
    on_known: Callable[[KnownError], None] | None = None,
    reload: Callable[[], None] | None = None,
    **kwargs: Any,
) -> Submitted[T]:
    """Run a form's service call and show whatever went wrong where it belongs.

    - ValidationError: ``on_invalid(exc)`` if given, else next to its field in ``errors``, else a message.
    - ConflictError: "changed by someone else"; with ``reload``, the user may reload the record at once.
    - another KnownError: ``on_known(exc)`` if given, else a message (locked file, permission, server).
    - anything else is a bug: logged with its traceback, "something went wrong" shown. Nothing is
      half-saved either way: the service's transaction was rolled back and the form keeps the input.
    """
    if errors is not None:
        errors.clear()
    try:
        value = fn(*args, **kwargs)
    except ValidationError as exc:
        if on_invalid is not None:
            on_invalid(exc)
        elif errors is not None:
            errors.show(exc)
        else:
            show_error(parent, exc)
        return Submitted(False, error=exc)
    except ConflictError as exc:
        show_conflict(parent, exc, reload)
        return Submitted(False, error=exc)
    except KnownError as exc:
        if on_known is not None:
            on_known(exc)
        else:
            show_error(parent, exc)
        return Submitted(False, error=exc)
    except Exception as exc:  # the one place a dialog's save catches everything: shown, bugs logged
        show_error(parent, exc)
        return Submitted(False, error=exc)
    return Submitted(True, value)


def show_conflict(parent: QWidget, exc: ConflictError, reload: Callable[[], None] | None = None) -> bool:
    """Someone else saved this record first. Offers to reload it (returns True if reloaded)."""
    title = QCoreApplication.translate("operations", "Changed by someone else")
    if reload is None:
        QMessageBox.warning(parent, title, str(exc))
        return False
    answer = QMessageBox.question(
        parent,
        title,
        str(exc)
        + "\n\n"
        + QCoreApplication.translate(
            "operations",
            "It was changed in another window or on another workstation. Reload the current record? "
            "Your changes in this window will be replaced; copy anything you need first.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        reload()
        return True
    return False


class _Worker(QObject):
    sig_progress = Signal(int, int, str)
    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        def progress(done: int, total: int, what: str = "") -> None:
            self.sig_progress.emit(done, total, what)

        try:
            result = self._fn(progress)
        except BaseException as exc:  # handed to the GUI thread
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(result)


class Task(QObject):
    """A function running in a worker thread, with a progress dialog on its parent."""

    sig_finished = Signal(object)  # result
    sig_failed = Signal(object)  # exception

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._thread = QThread()
        self._worker = _Worker(fn)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.sig_done.connect(self._finish)
        self._worker.sig_failed.connect(self._fail)
        self._dialog: QProgressDialog | None = None
        if show_progress:
            self._dialog = QProgressDialog(title, "", 0, 0, parent)
            self._dialog.setCancelButton(None)
            self._dialog.setWindowTitle(title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)
            self._worker.sig_progress.connect(self._progress)

    def start(self) -> Task:
        self._thread.start()
        return self

    def wait(self, ms: int = 60_000) -> bool:
        return self._thread.wait(ms)

    def _progress(self, done: int, total: int, what: str) -> None:
        dialog = self._dialog
        if dialog is not None:
            # setValue() of a modal progress dialog processes events, which may run _finish (and so
            # _cleanup) right there: touch the dialog through a local name, label first.
            if what:
                dialog.setLabelText(what)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)

    def _cleanup(self) -> None:
        self._thread.quit()
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _finish(self, result: Any) -> None:
        self._cleanup()
        if self._on_done is not None:
            self._on_done(result)
        self.sig_finished.emit(result)

    def _fail(self, exc: BaseException) -> None:
        self._cleanup()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            show_error(self._parent, exc)
        self.sig_failed.emit(exc)


def run_task(
    parent: QWidget,
    title: str,
    fn: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    show_progress: bool = True,
) -> Task:
    """Start ``fn(progress)`` in a worker thread; ``on_done(result)`` runs on the GUI thread."""
    return Task(parent, title, fn, on_done, on_error, show_progress=show_progress).start()
