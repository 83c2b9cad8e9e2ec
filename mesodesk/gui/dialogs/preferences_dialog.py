"""This workstation's preferences for the signed-in user: the language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.i18n import LANGUAGES, current_language, resolve_language
from mesodesk.gui.settings import GuiSettings


class PreferencesDialog(QDialog):
    """Edit ``settings.preferences`` and save them; ``restart_needed`` tells whether the language changed."""

    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.restart_needed = False
        self.setWindowTitle(self.tr("Preferences"))
        prefs = settings.preferences

        self.language_combo = QComboBox()
        automatic = LANGUAGES[resolve_language("")]
        self.language_combo.addItem(self.tr("Automatic (%1)").replace("%1", automatic), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(prefs.language if prefs.language in LANGUAGES else "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setAccessibleDescription(
            self.tr("The language of the windows and of the documents printed from them")
        )
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        self.archived_box = QCheckBox(self.tr("Include archived patients when searching"))
        self.archived_box.setChecked(prefs.include_archived_in_search)

        self.restart_note = QLabel(self.tr("The new language is used the next time MesoDesk starts."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow(self.restart_note)
        form.addRow(self.archived_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def _language_changed(self) -> None:
        self.restart_note.setVisible(resolve_language(self.chosen_language()) != current_language())

    def accept(self) -> None:
        prefs = self._settings.preferences
        language = self.chosen_language()
        self.restart_needed = resolve_language(language) != current_language()
        prefs.language = language
        prefs.include_archived_in_search = self.archived_box.isChecked()
        self._settings.save()
        super().accept()
