"""This workstation's preferences for the signed-in user: the language (applied at the next start) and the
light or dark look (applied at once)."""

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

from mesodesk.gui import theme
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

        self.theme_combo = QComboBox()
        for choice, text in (
            (theme.SYSTEM, self.tr("As the computer is set")),
            (theme.LIGHT, self.tr("Light")),
            (theme.DARK, self.tr("Dark")),
        ):
            self.theme_combo.addItem(text, choice)
        index = self.theme_combo.findData(prefs.theme if prefs.theme in theme.CHOICES else theme.SYSTEM)
        self.theme_combo.setCurrentIndex(max(index, 0))
        self.theme_combo.setAccessibleName(self.tr("Appearance"))
        self.theme_combo.setAccessibleDescription(
            self.tr("Light or dark windows, or as the computer's own setting says")
        )

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
        theme_label = QLabel(self.tr("&Appearance:"))
        theme_label.setBuddy(self.theme_combo)
        form.addRow(theme_label, self.theme_combo)
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

    def chosen_theme(self) -> str:
        return str(self.theme_combo.currentData() or theme.SYSTEM)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(resolve_language(self.chosen_language()) != current_language())

    def accept(self) -> None:
        prefs = self._settings.preferences
        language = self.chosen_language()
        self.restart_needed = resolve_language(language) != current_language()
        prefs.language = language
        prefs.include_archived_in_search = self.archived_box.isChecked()
        prefs.theme = self.chosen_theme()
        self._settings.save()
        if prefs.theme != theme.current_choice():
            theme.apply(prefs.theme)  # every open window, now
        super().accept()
