"""The session editor's frame: the patient header, the warning panel, the buttons, and the validation
errors shown next to their fields (the EditorFrameMixin of SessionEditorDialog).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.rules import age_on
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost
from mesodesk.gui.models import session_products_model as P
from mesodesk.gui.widgets.field_errors import ERROR_STYLE

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    pass


_ITEM = re.compile(r"^(areas|products|marks)\[(\d+)\](?:\.(\w+))?$")


class EditorFrameMixin(SessionEditorHost):
    """Header, warning panel, buttons and field errors of the session editor."""

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("patientHeader")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        p = self._chart.patient
        top = QHBoxLayout()
        name = QLabel(f"{p.last_name.upper()} {p.first_name}")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        name.setFont(font)
        name.setObjectName("patientName")
        details = QLabel(
            self.tr("File %1 · born %2 (%3 years)")
            .replace("%1", p.file_no)
            .replace("%2", L.fmt_date(p.date_of_birth))
            .replace("%3", str(age_on(p.date_of_birth, date.today())))
        )
        details.setStyleSheet("color: palette(placeholder-text);")
        top.addWidget(name)
        top.addSpacing(12)
        top.addWidget(details)
        top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("sessionStatus")
        top.addWidget(self.status_label)
        layout.addLayout(top)
        self.alert_banner = QLabel()
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setWordWrap(True)
        self._show_alerts(self._chart.alerts)
        layout.addWidget(self.alert_banner)
        return frame

    def _show_alerts(self, alerts: list[str]) -> None:
        self.alert_banner.setText("⚠ " + "  ·  ".join(alerts) if alerts else "")
        self.alert_banner.setHidden(not alerts)

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        theme.styled(label, ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _build_warning_panel(self) -> QWidget:
        self.warning_panel = QFrame()
        self.warning_panel.setObjectName("warningPanel")
        layout = QHBoxLayout(self.warning_panel)
        layout.setContentsMargins(12, 10, 12, 10)
        icon = QLabel("⚠")
        theme.styled(icon, "font-size: 22pt; color: $warning_icon;")
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        text_box = QVBoxLayout()
        self.warning_title = QLabel(self.tr("Please check before saving"))
        theme.styled(self.warning_title, "font-weight: 600; color: $warning_strong;")
        self.warning_text = QLabel()
        self.warning_text.setObjectName("warningText")
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextFormat(Qt.TextFormat.RichText)
        text_box.addWidget(self.warning_title)
        text_box.addWidget(self.warning_text)
        for widget in self._build_override_row():
            text_box.addWidget(widget)
        layout.addLayout(text_box, 1)
        buttons = QVBoxLayout()
        self.save_anyway_button = QPushButton(self.tr("Save anyway"))
        self.go_back_button = QPushButton(self.tr("Go back and change"))
        buttons.addWidget(self.save_anyway_button)
        buttons.addWidget(self.go_back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.warning_panel.hide()
        return self.warning_panel

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sign_off_button = QPushButton(self.tr("Save and sign &off"))
        self.sign_off_button.setToolTip(self.tr("After sign-off, changes need an amendment with a reason"))
        self.amend_button = QPushButton(self.tr("A&mend…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        row.addWidget(self.repeat_button)
        row.addWidget(self.sign_off_button)
        row.addWidget(self.amend_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # ------------------------------------------------------------------ errors
    def _clear_errors(self) -> None:
        self.errors.clear()
        self.areas_model.clear_error()
        self.products_model.set_error_row(None)
        self.warning_panel.hide()

    def _show_validation(self, exc: ValidationError) -> None:
        label = self.errors.show(exc)
        match = _ITEM.match(exc.field)
        if match is not None:
            kind, row, attr = match.group(1), int(match.group(2)), match.group(3) or ""
            if kind == "areas":
                index = self.areas_model.set_error(row, attr)
                self._point_at(self.areas_view, index)
                area = self.areas_model.rows()[row].area if row < self.areas_model.rowCount() else ""
                column = self.areas_model.headerData(index.column(), Qt.Orientation.Horizontal)
                label.setText(
                    self.tr("Area %1 (%2), %3: %4")
                    .replace("%1", str(row + 1))
                    .replace("%2", L.label(L.area_labels(), area))
                    .replace("%3", str(column))
                    .replace("%4", exc.message)
                )
            elif kind == "products":
                self.products_model.set_error_row(row)
                index = self.products_model.index(row, P.COL_LOT if attr == "lot" else P.COL_VOLUME)
                self._point_at(self.products_view, index)
                rows = self.products_model.rows()
                product = self.products_model.product(rows[row].product_id) if row < len(rows) else None
                label.setText(
                    self.tr("%1: %2")
                    .replace("%1", product.name if product else "?")
                    .replace("%2", exc.message)
                )
        page = {"anaesthesia": 1, "immediate_reactions": 1, "notes": 1, "marks": 2}.get(
            exc.field.split("[")[0].split(".")[0], 0
        )
        self.tabs.setCurrentIndex(page)

    @staticmethod
    def _point_at(view: QTableView, index: QModelIndex) -> None:
        """Make the faulty cell current without selecting the row, so its red background shows."""
        view.clearSelection()
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(index)

    def field_error(self, field: str) -> str:
        """The error text shown for a field ('areas', 'products', 'performed_at', …), or ''."""
        label = self.findChild(QLabel, f"error_{field}")
        return label.text() if label is not None and not label.isHidden() else ""
