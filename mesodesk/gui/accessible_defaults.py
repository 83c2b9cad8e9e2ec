"""Names for the controls Qt makes by itself, so a screen reader never lands on a nameless one.

Read through AT-SPI (tests/gui/test_atspi.py), the real window had five: the clear button inside
line edits with a clear button (the search box, date fields), the list that pops up under each combo
box, and the toolbar's "more" button that appears when the window is too narrow for every tool.
An application-wide event filter names each as it is first shown (Qt's Polish event).
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


class AccessibleDefaults(QObject):
    """Install once on the application: ``app.installEventFilter(AccessibleDefaults(app))``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Polish:
            name_internal_controls(watched)
        return False


def install(app: QCoreApplication) -> AccessibleDefaults:
    from mesodesk.gui import app_filters

    return app_filters.install(app, AccessibleDefaults(app))
