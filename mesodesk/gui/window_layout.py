"""The main window's size and layout: its first size on any screen, the patient list's width in the list's
font, and the layout remembered between sessions (a mixin of gui/main_window.MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle

from mesodesk.gui.models.patient_table_model import PatientTableModel
from mesodesk.gui.widgets.tables import cell_width
from mesodesk.gui.window_host import MainWindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QTableView, QWidget

    from mesodesk.gui.settings import GuiSettings

#: Room for a name in the patient list, in characters: what the pane opens with, and the least it keeps.
NAME_CHARS, NAME_CHARS_MIN = 20, 8

DEFAULT_SIZE = (1400, 880)
SMALLEST_SCREEN = (
    1024,
    700,
)  # the window is laid out to be usable down to this (tests/gui/test_small_screen.py)


def default_window_size(area: QRect) -> tuple[int, int]:
    """The first size of the window on a screen whose available area is ``area``: the default, shrunk
    to a smaller screen as long as that screen is one the window is laid out for."""
    width, height = DEFAULT_SIZE
    if area.width() >= SMALLEST_SCREEN[0] and area.height() >= SMALLEST_SCREEN[1]:
        return min(width, area.width()), min(height, area.height())
    return width, height


class WindowLayout(MainWindowHost):
    """Size, splitter and remembered layout of the main window."""

    settings: GuiSettings
    patient_view: QTableView
    followups_dock: QDockWidget
    _list_pane: QWidget
    _locked: bool

    def _list_width(self, name_chars: int) -> int:
        """The width of the list's pane with room for a name of ``name_chars`` characters beside the date of
        birth and the file number, in the list's font (a larger font gives a wider pane)."""
        view = self.patient_view
        columns = sum(
            view.columnWidth(c) for c in range(self.patient_model.columnCount()) if not view.isColumnHidden(c)
        ) - view.columnWidth(PatientTableModel.COL_NAME)
        scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        layout = self._list_pane.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        frame = 2 * view.frameWidth() + 4
        return cell_width(view, name_chars) + columns + scroll + frame + margins.left() + margins.right()

    def _default_split(self) -> None:
        """The list as wide as a long name needs (at least 400 px), the chart the rest."""
        self.splitter.setSizes([max(400, self._list_width(NAME_CHARS)), 1000])

    # -- layout memory -------------------------------------------------------
    def _restore_layout(self) -> None:
        w = self.settings.window
        if not w.geometry.isEmpty():
            self.restoreGeometry(w.geometry)
        else:
            self._default_size()
        if not w.state.isEmpty():
            self.restoreState(w.state)
        if not w.splitter.isEmpty():
            self.splitter.restoreState(w.splitter)
        self.followups_dock.setVisible(self.settings.preferences.followups_visible)

    def _default_size(self) -> None:
        """1400 × 880, or the screen's available area when that is smaller (a laptop's 1280 × 800)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect()
        width, height = default_window_size(area)
        if width < 1400 or height < 880:
            self.move(area.topLeft())
        self.resize(width, height)

    def save_layout(self) -> None:
        w = self.settings.window
        w.geometry = self.saveGeometry()
        w.state = self.saveState()
        w.splitter = self.splitter.saveState()
        if not self._locked:
            self.settings.preferences.followups_visible = self.followups_dock.isVisible()
        self.settings.save()

    def reset_layout(self) -> None:
        self.settings.reset_window()
        self._default_size()
        self._default_split()
