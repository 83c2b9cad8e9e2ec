"""Item delegates for the editors' tables: a combo box of choices and numeric spin boxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
#: (stored value, text shown, can be chosen)
Choice = tuple[Any, str, bool]


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box; choices that cannot be chosen are shown disabled."""

    def __init__(self, choices: Callable[[Index], list[Choice]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = QStandardItemModel(combo)
        for value, text, enabled in self._choices(index):
            item = QStandardItem(text)
            item.setData(value, Qt.ItemDataRole.UserRole)
            if not enabled:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
            model.appendRow(item)
        combo.setModel(model)
        combo.setFrame(False)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        pos = editor.findData(value, Qt.ItemDataRole.UserRole)
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        choices = editor.model()
        item = choices.index(editor.currentIndex(), 0) if choices is not None else None
        if item is None or not item.isValid() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return  # a disabled choice (expired/recalled lot) is never written
        model.setData(index, editor.currentData(Qt.ItemDataRole.UserRole), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)


class SpinDelegate(QStyledItemDelegate):
    """Edits a number; decimals=0 gives an integer spin box."""

    def __init__(
        self,
        minimum: float,
        maximum: float,
        decimals: int = 1,
        step: float = 1.0,
        suffix: str = "",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._min, self._max, self._decimals, self._step, self._suffix = (
            minimum,
            maximum,
            decimals,
            step,
            suffix,
        )

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin: QSpinBox | QDoubleSpinBox
        if self._decimals == 0:
            spin = QSpinBox(parent)
            spin.setRange(int(self._min), int(self._max))
            spin.setSingleStep(int(self._step))
        else:
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(self._decimals)
            spin.setRange(self._min, self._max)
            spin.setSingleStep(self._step)
        spin.setSuffix(self._suffix)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)
