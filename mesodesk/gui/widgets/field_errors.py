"""Show a service's ValidationError next to the field it names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QVBoxLayout, QWidget

from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme

ERROR_STYLE = "color: $error; font-size: 90%;"


def name_by_row_label(form: QFormLayout, row: QWidget, widget: QWidget) -> None:
    """The row's label names the field inside the row's box: its mnemonic focuses the field and a
    screen reader reads the label as the field's name (Qt itself only finds a label beside the field).
    For a box of several controls the label goes to the first one that takes focus."""
    label = form.labelForField(row)
    if not isinstance(label, QLabel):
        return
    target = widget.focusProxy() or widget
    if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
        parts = [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not parts:
            return
        target = parts[0]
    label.setBuddy(target)
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()
    own_text = target.text() if isinstance(target, QAbstractButton) else ""
    if text and not target.accessibleName() and not own_text:
        target.setAccessibleName(text)


class FieldErrors:
    """Error labels under form fields, keyed by the service's field names.

    ``add_row(form, label, widget, "last_name")`` puts the widget and a hidden error label in one
    form row; ``show(exc)`` reveals the label of the named field (or a general one) and focuses it.
    """

    def __init__(self, general: QLabel | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = general or QLabel()
        theme.styled(self.general, ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QLabel:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        theme.styled(error, ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        form.addRow(label, box)
        name_by_row_label(form, box, widget)
        self.register(field, widget, error)
        return error

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._labels[field] = label
        self._widgets[field] = widget

    def clear(self) -> None:
        for label in [*self._labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, exc: ValidationError) -> QLabel:
        """Show the error beside its field (matching 'areas[0].depth_mm' to 'areas' if needed)."""
        self.clear()
        field = exc.field
        label = self._labels.get(field)
        while label is None and ("." in field or "[" in field):
            field = field.rsplit(".", 1)[0] if "." in field else field.split("[", 1)[0]
            label = self._labels.get(field)
        target = label or self.general
        target.setText(exc.message if label is not None else str(exc))
        target.show()
        widget = self._widgets.get(field)
        if widget is not None:
            widget.setFocus()
        return target

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and label.isVisible() or (label and label.text()) else ""
