"""The base of every editing dialog: a baseline of the form's values, dirty tracking, and closing that
never throws typed work away without asking.

A subclass implements ``form_state()`` (a comparable snapshot of what the user can change), calls
``mark_clean()`` once the form is filled or saved, and saves through ``gui.operations.submit``.
Esc, Cancel and the window's close button then all ask "Discard?" when the form is dirty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def confirm_discard(parent: QWidget, question: str | None = None) -> bool:
    """Ask before throwing away unsaved changes (shared by every editor)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FormDialog", "Unsaved changes"),
        question
        or QCoreApplication.translate("FormDialog", "You have changes that are not saved. Discard them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class FormDialog(QDialog):
    """An editing dialog with a baseline; ``is_dirty()`` compares the form with it."""

    _baseline: Any = None

    def form_state(self) -> Any:
        """What the user can change, as a comparable value (subclasses say what)."""
        raise NotImplementedError

    def mark_clean(self) -> None:
        """The form now matches what is stored (after filling it or saving it)."""
        self._baseline = self.form_state()

    def is_dirty(self) -> bool:
        return self.form_state() != self._baseline

    def discard_question(self) -> str | None:
        """The "Discard?" question for this form (None: the general one)."""
        return None

    def may_discard(self) -> bool:
        """Whether closing may go ahead: nothing typed, or the user agreed to discard it."""
        return not self.is_dirty() or confirm_discard(self, self.discard_question())

    def reject(self) -> None:
        if not self.may_discard():
            return
        self.mark_clean()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() != QDialog.DialogCode.Accepted and not self.may_discard():
            event.ignore()
            return
        self.mark_clean()
        super().closeEvent(event)
