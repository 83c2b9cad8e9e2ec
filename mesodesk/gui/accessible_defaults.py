"""Names for the controls Qt makes by itself, so a screen reader never lands on a nameless one.

Read through AT-SPI (tests/gui/test_atspi.py), the real window had five: the clear button inside
line edits with a clear button (the search box, date fields), the list that pops up under each combo
box, and the toolbar's "more" button that appears when the window is too narrow for every tool.
The application-wide filter of gui/app_filters.py names each as it is first shown (Qt's Polish event).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton


def name_internal_controls(widget: QObject) -> None:
    """Give Qt's own child controls of ``widget`` a name, where they have none."""
    if isinstance(widget, QLineEdit):
        for button in widget.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(QCoreApplication.translate("accessible", "Clear"))
    elif isinstance(widget, QComboBox):
        view = widget.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(
                widget.accessibleName() or QCoreApplication.translate("accessible", "Choices")
            )
    elif (
        isinstance(widget, QToolButton)
        and widget.objectName() == "qt_toolbar_ext_button"
        and not widget.accessibleName()
    ):
        widget.setAccessibleName(QCoreApplication.translate("accessible", "More tools"))


def install(app: QCoreApplication) -> None:
    """Name Qt's own controls of every widget as it is first shown (Qt's Polish event)."""
    from mesodesk.gui import app_filters

    app_filters.on(app, QEvent.Type.Polish, name_internal_controls)
