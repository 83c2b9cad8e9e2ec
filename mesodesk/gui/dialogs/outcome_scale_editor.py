"""Defining a clinic's own outcome scale: its items with their ranges and anchor wording typed into
tables, the bands of its total, its reading direction, responder rule and reference.

An error about one item or band (``items[2].max``) marks that cell and says which row beside the table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.scales import Scale
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.models.outcome_definition_models import (
    AnchorsModel,
    BandsModel,
    EditableRowsModel,
    ScaleItemsModel,
)
from mesodesk.gui.widgets.field_errors import ERROR_STYLE
from mesodesk.gui.widgets.table_delegates import SpinDelegate
from mesodesk.gui.widgets.tables import fit_columns, make_table

if TYPE_CHECKING:
    from mesodesk.services import Services

from mesodesk.gui.dialogs.outcome_definition_editors import DefinitionEditor

#: A service error about one row of a table: ``items[2].max``, ``bands[0]``.
ITEM_FIELD = re.compile(r"^(items|bands)\[(\d+)\](?:\.(\w+))?")


class ScaleDefinitionDialog(DefinitionEditor):
    """A clinic's own scale: items with their ranges and anchor wording, bands of the total, reference."""

    KIND = "scale"

    def __init__(
        self, services: Services, editing: Scale | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, editing, parent)
        self.setWindowTitle(self.tr("Add a scale") if editing is None else self.tr("Change a scale"))
        self.resize(1060, 700)
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        intro = QLabel(
            self.tr(
                "A scale is scored item by item; its total is the sum of the items' scores. Type each item "
                "in the table on the right with its min and max, and what each score means if the scale "
                "words it. It is offered at once in every patient's Outcomes tab."
            )
        )
        intro.setWordWrap(True)
        left.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit.setPlaceholderText(self.tr("e.g. Scalp hair density (clinic)"))
        self._add_name_rows(form)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Lower is better (a severity)"), "lower")
        self.direction_combo.addItem(self.tr("Higher is better"), "higher")
        self.direction_combo.addItem(self.tr("A rating of the change since baseline (like GAIS)"), "rating")
        self.errors.add_row(form, self.tr("&Reads:"), self.direction_combo, "direction")
        self.reference_edit = QPlainTextEdit()
        self.reference_edit.setTabChangesFocus(True)
        self.reference_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reference_edit.setPlaceholderText(
            self.tr("Where the scale is published, or how the clinic uses it")
        )
        self.errors.add_row(form, self.tr("Re&ference:"), self.reference_edit, "reference")
        self.indications_edit = QLineEdit()
        self.indications_edit.setPlaceholderText(self.tr("e.g. hair loss, scalp (separated by commas)"))
        self.errors.add_row(form, self.tr("&Usually used for:"), self.indications_edit, "indications")
        responder_box = QWidget()
        responder_row = QHBoxLayout(responder_box)
        responder_row.setContentsMargins(0, 0, 0, 0)
        self.responder_combo = QComboBox()
        self.responder_combo.addItem(self.tr("No responder rule"), None)
        self.responder_combo.addItem(self.tr("Total improved by at least"), "change_at_least")
        self.responder_combo.addItem(self.tr("Band better by at least"), "band_drop")
        self.responder_combo.addItem(self.tr("Rating at most"), "rating_at_most")
        self.responder_value = QDoubleSpinBox()
        self.responder_value.setRange(0, 1000)
        self.responder_value.setDecimals(1)
        self.responder_value.setValue(1)
        self.responder_value.setAccessibleName(self.tr("Responder value"))
        responder_row.addWidget(self.responder_combo, 1)
        responder_row.addWidget(self.responder_value)
        self.errors.add_row(form, self.tr("Res&ponder:"), responder_box, "responder")
        self.responder_combo.currentIndexChanged.connect(self._responder_changed)
        left.addLayout(form)
        self.total_label = QLabel()
        self.total_label.setObjectName("scaleTotal")
        self.total_label.setStyleSheet("font-weight: 600;")
        left.addWidget(self.total_label)
        left.addStretch(1)
        left_host = QWidget()
        left_host.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left_host, 4)

        right = QVBoxLayout()
        self.items_model = ScaleItemsModel(self)
        self.items_view = self._table(
            self.items_model, self.tr("Items of the scale"), ScaleItemsModel.COL_LABEL
        )
        self.items_view.setItemDelegateForColumn(
            ScaleItemsModel.COL_MIN, SpinDelegate(-1000, 1000, 0, parent=self)
        )
        self.items_view.setItemDelegateForColumn(
            ScaleItemsModel.COL_MAX, SpinDelegate(-1000, 1000, 0, parent=self)
        )
        fit_columns(self.items_view, {ScaleItemsModel.COL_MIN: 6, ScaleItemsModel.COL_MAX: 6})
        self.add_item_button = QPushButton(self.tr("Add &item"))
        self.remove_item_button = QPushButton(self.tr("Remo&ve item"))
        items_box, self.items_error = self._group(
            self.tr("Items (each scored from … to …)"),
            self.items_view,
            [self.add_item_button, self.remove_item_button],
        )
        self.errors.register("items", self.items_view, self.items_error)
        right.addWidget(items_box, 3)

        self.anchors_model = AnchorsModel(self.items_model, self)
        self.anchors_view = self._table(
            self.anchors_model, self.tr("Anchor wording of the chosen item"), AnchorsModel.COL_WORDING
        )
        fit_columns(self.anchors_view, {AnchorsModel.COL_SCORE: 6})
        self.anchors_box, self.anchors_error = self._group(self.tr("Anchor wording"), self.anchors_view, [])
        self.anchors_note = QLabel()
        self.anchors_note.setWordWrap(True)
        theme.styled(self.anchors_note, "color: $muted;")
        anchors_layout = self.anchors_box.layout()
        assert isinstance(anchors_layout, QVBoxLayout)
        anchors_layout.insertWidget(0, self.anchors_note)
        right.addWidget(self.anchors_box, 3)

        self.bands_model = BandsModel(self)
        self.bands_view = self._table(self.bands_model, self.tr("Bands of the total"), BandsModel.COL_LABEL)
        for column in (BandsModel.COL_LOW, BandsModel.COL_HIGH):
            self.bands_view.setItemDelegateForColumn(column, SpinDelegate(-10000, 10000, 1, parent=self))
        fit_columns(self.bands_view, {BandsModel.COL_LOW: 6, BandsModel.COL_HIGH: 6})
        self.add_band_button = QPushButton(self.tr("Add &band"))
        self.remove_band_button = QPushButton(self.tr("Remove b&and"))
        bands_box, self.bands_error = self._group(
            self.tr("Bands of the total (optional, e.g. 0–5 mild)"),
            self.bands_view,
            [self.add_band_button, self.remove_band_button],
        )
        self.errors.register("bands", self.bands_view, self.bands_error)
        right.addWidget(bands_box, 2)
        right_host = QWidget()
        right_host.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(right_host, 5)

        outer.addWidget(self.errors.general)
        outer.addWidget(self._buttons(self.tr("Add scale")))

        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.add_band_button.clicked.connect(self.add_band)
        self.remove_band_button.clicked.connect(self.remove_band)
        self.items_view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_anchors())
        self.items_model.dataChanged.connect(lambda *_: self._items_changed())
        self.items_model.rowsInserted.connect(lambda *_: self._items_changed())
        self.items_model.rowsRemoved.connect(lambda *_: self._items_changed())
        self.anchors_model.dataChanged.connect(lambda *_: self._anchors_changed())
        if editing is not None:
            self._fill(editing)
        self._responder_changed()
        self._items_changed()
        L.set_default_button(self, self.save_button)
        self.mark_clean()

    # -- layout helpers --------------------------------------------------------------------
    def _table(self, model: EditableRowsModel, name: str, stretch: int) -> QTableView:
        view = make_table(model, stretch=stretch)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        view.setAccessibleName(name)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _group(self, title: str, view: QTableView, buttons: list[QPushButton]) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        error = QLabel()
        theme.styled(error, ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        return box, error

    # -- filling ---------------------------------------------------------------------------
    def _fill(self, scale: Scale) -> None:
        self.name_edit.setText(scale.name)
        self.code_edit.setText(scale.code)
        L.select_data(self.direction_combo, scale.direction)
        self.reference_edit.setPlainText(scale.reference)
        self.indications_edit.setText(", ".join(scale.indications))
        self.items_model.set_rows(
            [[i.label, i.minimum, i.maximum, dict(i.anchors), i.code] for i in scale.items]
        )
        self.bands_model.set_rows([[b.low, b.high, b.label] for b in scale.bands])
        if scale.responder is not None:
            L.select_data(self.responder_combo, scale.responder[0])
            self.responder_value.setValue(scale.responder[1])
        if scale.items:
            self.items_view.setCurrentIndex(self.items_model.index(0, 0))

    def _responder_changed(self) -> None:
        self.responder_value.setEnabled(self.responder_combo.currentData() is not None)

    def _items_changed(self) -> None:
        rows = self.items_model.values()
        low, high = sum(r[1] for r in rows), sum(r[2] for r in rows)
        self.total_label.setText(
            self.tr("Total: %1 to %2").replace("%1", str(low)).replace("%2", str(high)) if rows else ""
        )
        self.remove_item_button.setEnabled(bool(rows))
        self.remove_band_button.setEnabled(self.bands_model.rowCount() > 0)
        self._show_anchors()

    def _show_anchors(self) -> None:
        row = self.items_view.currentIndex().row()
        if row < 0 and self.items_model.rowCount():
            row = 0
        self.anchors_model.show_item(row)
        values = self.items_model.row_at(row)
        if values is None:
            self.anchors_note.setText(self.tr("Add an item to word its scores."))
        elif values[2] <= values[1]:
            self.anchors_note.setText(self.tr("Make the item's max more than its min to word its scores."))
        elif self.anchors_model.rowCount() == 0:
            self.anchors_note.setText(
                self.tr("Anchor wording is offered for items of up to %1 scores.").replace(
                    "%1", str(AnchorsModel.MOST)
                )
            )
        else:
            self.anchors_note.setText(
                self.tr("What each score of “%1” means (optional).").replace(
                    "%1", values[0] or self.tr("item %1").replace("%1", str(row + 1))
                )
            )

    def _anchors_changed(self) -> None:
        pass  # the wording is written into the item's row by the anchors model

    # -- editing the tables ----------------------------------------------------------------
    def add_item(self) -> int:
        rows = self.items_model.values()
        low, high = (rows[-1][1], rows[-1][2]) if rows else (0, 3)
        row = self.items_model.add_row(["", low, high, {}, ""])
        index = self.items_model.index(row, ScaleItemsModel.COL_LABEL)
        self.items_view.setCurrentIndex(index)
        self.items_view.setFocus()
        self.items_view.edit(index)
        return row

    def remove_item(self) -> None:
        row = self.items_view.currentIndex().row()
        self.items_model.remove_row(row if row >= 0 else self.items_model.rowCount() - 1)

    def add_band(self) -> int:
        rows = self.bands_model.values()
        start = float(rows[-1][1]) + 1 if rows else float(sum(r[1] for r in self.items_model.values()))
        row = self.bands_model.add_row([start, start, ""])
        index = self.bands_model.index(row, BandsModel.COL_LOW)
        self.bands_view.setCurrentIndex(index)
        self.bands_view.setFocus()
        self._items_changed()
        return row

    def remove_band(self) -> None:
        row = self.bands_view.currentIndex().row()
        self.bands_model.remove_row(row if row >= 0 else self.bands_model.rowCount() - 1)
        self._items_changed()

    # -- the form --------------------------------------------------------------------------
    def form_state(self) -> Any:
        return (
            self.name_edit.text(),
            self.code_edit.text(),
            self.direction_combo.currentData(),
            self.reference_edit.toPlainText(),
            self.indications_edit.text(),
            self.responder_combo.currentData(),
            self.responder_value.value(),
            tuple((r[0], r[1], r[2], tuple(sorted(r[3].items())), r[4]) for r in self.items_model.values()),
            tuple(tuple(r) for r in self.bands_model.values()),
        )

    def definition(self) -> dict[str, Any]:
        rule = self.responder_combo.currentData()
        items = []
        for n, (label, low, high, anchors, code) in enumerate(self.items_model.values()):
            items.append(
                {
                    "code": code or f"item_{n + 1}",
                    "label": label,
                    "min": low,
                    "max": high,
                    "anchors": {str(k): v for k, v in anchors.items() if low <= k <= high},
                }
            )
        return {
            "code": self.code_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "direction": self.direction_combo.currentData(),
            "reference": self.reference_edit.toPlainText().strip(),
            "indications": [t.strip() for t in self.indications_edit.text().split(",") if t.strip()],
            "items": items,
            "bands": [list(b) for b in self.bands_model.values()],
            "responder": [rule, self.responder_value.value()] if rule else None,
        }

    def _invalid(self, exc: ValidationError) -> None:
        """An item's or a band's error names its row: that cell is marked and the message says which."""
        self.items_model.clear_error()
        self.bands_model.clear_error()
        match = ITEM_FIELD.match(exc.field)
        if match is None:
            self.errors.show(exc)
            return
        table, row, part = match.group(1), int(match.group(2)), match.group(3) or ""
        if table == "items":
            model: EditableRowsModel = self.items_model
            view, label = self.items_view, self.items_error
            column = {"min": ScaleItemsModel.COL_MIN, "max": ScaleItemsModel.COL_MAX}.get(
                part, ScaleItemsModel.COL_LABEL
            )
            text = self.tr("Item %1: %2")
        else:
            model, view, label = self.bands_model, self.bands_view, self.bands_error
            column = {
                "low": BandsModel.COL_LOW,
                "high": BandsModel.COL_HIGH,
                "label": BandsModel.COL_LABEL,
            }.get(part, BandsModel.COL_LOW)
            text = self.tr("Band %1: %2")
        self.errors.clear()
        index = model.set_error(row, column)
        # the cell becomes current without being selected, so its error colour shows
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Clear)
        view.setFocus()
        label.setText(text.replace("%1", str(row + 1)).replace("%2", exc.message))
        label.show()
