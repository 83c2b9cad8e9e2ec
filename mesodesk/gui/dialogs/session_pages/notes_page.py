"""The Notes page of the session editor: anaesthesia, immediate reactions, notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    pass


class NotesPageMixin(SessionEditorHost):
    """Builds the Notes page."""

    def _build_notes_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 10, 4, 4)
        self.anaesthesia_combo = QComboBox()
        self.anaesthesia_combo.setEditable(True)
        self.anaesthesia_combo.addItems(
            [
                "",
                self.tr("None"),
                self.tr("Topical anaesthetic cream"),
                self.tr("Ice / cooling"),
                self.tr("Lidocaine in the formula"),
            ]
        )
        line = self.anaesthesia_combo.lineEdit()  # an editable combo box always has one
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. topical anaesthetic cream, 30 minutes"))
        self.reactions_edit = QPlainTextEdit()
        self.reactions_edit.setTabChangesFocus(True)
        self.reactions_edit.setPlaceholderText(
            self.tr("Bleeding, bruising, redness, pain during the session…")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_error = self._error_label("notes")
        self.anaesthesia_error = self._error_label("anaesthesia")
        self.reactions_error = self._error_label("immediate_reactions")
        for r, (text, widget, error) in enumerate(
            (
                (self.tr("A&naesthesia:"), self.anaesthesia_combo, self.anaesthesia_error),
                (self.tr("Immediate &reactions:"), self.reactions_edit, self.reactions_error),
                (self.tr("N&otes:"), self.notes_edit, self.notes_error),
            )
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(lab, 2 * r, 0)
            grid.addWidget(widget, 2 * r, 1)
            grid.addWidget(error, 2 * r + 1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 2)
        self.errors.register("anaesthesia", self.anaesthesia_combo, self.anaesthesia_error)
        self.errors.register("immediate_reactions", self.reactions_edit, self.reactions_error)
        self.errors.register("notes", self.notes_edit, self.notes_error)
        return page
