"""The Injection map page of the session editor."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    pass

log = logging.getLogger("mesodesk.gui.session_editor")


class MapPageMixin(SessionEditorHost):
    """Builds the Injection map page (a placeholder when the map widget is not installed)."""

    def _build_map_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        try:
            from mesodesk.gui.widgets.injection_map import InjectionMapEditor
        except ImportError:  # the widget is optional for the editor to work
            log.info("injection map widget not available")
            placeholder = QLabel(self.tr("The injection map is not available in this installation."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setObjectName("mapPlaceholder")
            layout.addWidget(placeholder)
        else:
            self.map_editor = InjectionMapEditor(page)
            layout.addWidget(self.map_editor)
        self.map_error = self._error_label("marks")
        layout.addWidget(self.map_error)
        self.errors.register("marks", self.map_editor or page, self.map_error)
        return page
