"""Table views set up the same way everywhere: read-only rows, sortable where the model allows it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
)

from mesodesk.gui.models.base_table_model import RowTableModel


def make_table(model: RowTableModel, stretch: int | None = None) -> QTableView:
    """A read-only, row-selecting table in the application's style."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # the stretched column keeps room for its title; a narrow window (larger fonts) then scrolls
        title = header.sectionSizeFromContents(stretch).width()
        header.setMinimumSectionSize(max(header.minimumSectionSize(), title))
    else:
        header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widths: dict[int, int | str]) -> None:
    """Give columns widths in the view's font (readable at any DPI and font size), never narrower than their
    title: a number is a count of average characters, a text a sample of the widest content (a date)."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(
            column, max(cell_width(view, width), header.sectionSizeFromContents(column).width())
        )


def cell_width(view: QAbstractItemView, width: int | str) -> int:
    """The width of a cell holding ``width`` average characters, or the text ``width``, with its margins."""
    metrics = view.fontMetrics()
    if isinstance(width, str):
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        return metrics.horizontalAdvance(width) + max(16, 2 * margin)
    return width * metrics.averageCharWidth() + 16


def fit_sections(header: QHeaderView, widths: dict[int, int]) -> None:
    """Give columns widths in pixels, widened to their title where a larger font needs it."""
    for column, width in widths.items():
        header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))


def plain_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, one selected at a time (the catalogue's lists)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(max(26, view.fontMetrics().height() + 8))
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(False)
    return view
