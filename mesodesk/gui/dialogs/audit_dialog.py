"""The audit trail for an administrator: filter, page through, read one entry, export to CSV."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.i18n import QT_TRANSLATE_NOOP, format_datetime
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.operations import ProgressFn, call, run_task
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.services.audit import AuditFilter

if TYPE_CHECKING:
    from mesodesk.db.models import AuditEntry
    from mesodesk.services import Services

PAGE = 500


class AuditTableModel(RowTableModel["AuditEntry"]):
    COL_AT, COL_USER, COL_ENTITY, COL_ID, COL_ACTION, COL_DETAILS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Id"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    )

    def display(self, row: AuditEntry, column: int) -> object:
        if column == self.COL_AT:
            return format_datetime(row.at, seconds=True)
        if column == self.COL_USER:
            return row.username
        if column == self.COL_ENTITY:
            return row.entity
        if column == self.COL_ID:
            return "" if row.entity_id is None else row.entity_id
        if column == self.COL_ACTION:
            return row.action
        if column == self.COL_DETAILS:
            if row.redacted:
                return self.tr("(details erased)")
            return summary(row.before_json, row.after_json)
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column == self.COL_ID:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def summary(before_json: str | None, after_json: str | None, limit: int = 120) -> str:
    """A one-line "field: old → new" summary of an entry's change."""
    before = json.loads(before_json) if before_json else {}
    after = json.loads(after_json) if after_json else {}
    if not isinstance(before, dict) or not isinstance(after, dict):
        return ""
    parts = []
    for key in sorted(set(before) | set(after)):
        if key in ("id", "version", "updated_at", "created_at", "search_text"):
            continue
        old, new = before.get(key), after.get(key)
        if old == new or (key not in before and new in (None, "", False, [], {})):
            continue
        parts.append(
            f"{key}: {_short(new)}" if key not in before else f"{key}: {_short(old)} → {_short(new)}"
        )
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


class AuditDialog(QDialog):
    """Administrator-only (the service refuses anyone else)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 640)
        self.service = services.audit
        self._offset = 0

        self.entity = QComboBox()
        self.entity.setObjectName("entity")
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("entity_id")
        self.entity_id.setPlaceholderText(self.tr("id"))
        self.entity_id.setMaximumWidth(80)
        self.entity_id.setAccessibleName(self.tr("Record number"))
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.use_dates = QCheckBox(self.tr("From"))
        today = date.today()
        self.start = DateField(near=today - timedelta(days=30))
        self.end = DateField(near=today)
        self.start.set_date(today - timedelta(days=30))
        self.end.set_date(today)
        self.start.setAccessibleName(self.tr("Start date"))
        self.end.setAccessibleName(self.tr("End date"))
        for edit in (self.start, self.end):
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.start.setEnabled)
        self.use_dates.toggled.connect(self.end.setEnabled)
        self.apply_button = QPushButton(self.tr("&Show"))
        self.apply_button.setObjectName("apply")
        self.apply_button.clicked.connect(self.reload)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Record"), self.entity),
            (None, self.entity_id),
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (None, self.use_dates),
            (None, self.start),
            (self.tr("to"), self.end),
        ):
            if label and widget is not self.end:
                caption = QLabel(label)
                caption.setBuddy(widget)  # read as the field's name
                filters.addWidget(caption)
            elif label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.apply_button)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self.details.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([460, 140])

        self.status = QLabel()
        self.status.setObjectName("status")
        self.more_button = QPushButton(self.tr("Load &more"))
        self.more_button.setObjectName("more")
        self.more_button.clicked.connect(self.load_more)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._fill_choices()
        self.reload()

    # -- filters -------------------------------------------------------------
    def _fill_choices(self) -> None:
        everything = self.tr("(all)")
        choices: list[tuple[QComboBox, list[str]]] = [
            (self.entity, call(self, self.service.entities) or []),
            (self.action, call(self, self.service.actions) or []),
        ]
        for combo, values in choices:
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
        self.user.clear()
        self.user.addItem(everything, None)
        users: list[str] = call(self, self.service.usernames) or []
        for name in users:
            self.user.addItem(name, name)

    def filters(self) -> AuditFilter | None:
        """The filters typed; None (the reason in the status line, what was typed kept) when a date of
        the period is not one."""
        entity_id = self.entity_id.text().strip()
        start = end = None
        if self.use_dates.isChecked():
            for field in (self.start, self.end):
                if field.date_or_none() is None:
                    problem = field.problem() or self.tr("Type a date.")
                    self.status.setText(f"{field.accessibleName()}: {problem}")
                    field.setFocus()
                    return None
            start = _utc(self.start.date_or_none() or date.today())
            end = _utc(self.end.date_or_none() or date.today()) + timedelta(days=1)
        return AuditFilter(
            entity=self.entity.currentData(),
            entity_id=int(entity_id) if entity_id.isdigit() else None,
            user=self.user.currentData(),
            action=self.action.currentData(),
            start=start,
            end=end,
        )

    # -- rows ----------------------------------------------------------------
    def reload(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        self._offset = 0
        rows = call(self, self.service.entries, filters, limit=PAGE) or []
        self.model.set_rows(rows)
        self._offset = len(rows)
        self._update_status()

    def load_more(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        rows = call(self, self.service.entries, filters, limit=PAGE, offset=self._offset) or []
        if rows:
            self.model.set_rows(self.model.rows() + rows)
            self._offset += len(rows)
        self._update_status()

    def _update_status(self) -> None:
        total = call(self, self.service.count, self.filters()) or 0
        shown = self.model.rowCount()
        self.status.setText(
            self.tr("%1 of %2 entries").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        self.more_button.setEnabled(shown < total)

    def _show_details(self, current: QModelIndex | None, _previous: QModelIndex | None = None) -> None:
        row = self.model.row_at(current.row()) if current is not None and current.isValid() else None
        if row is None:
            self.details.clear()
            return
        if row.redacted:
            self.details.setPlainText(
                self.tr("The details of this entry were erased with the patient's record.")
            )
            return
        parts = []
        for title, raw in ((self.tr("Before"), row.before_json), (self.tr("After"), row.after_json)):
            if raw:
                parts.append(f"{title}:\n{json.dumps(json.loads(raw), indent=2, ensure_ascii=False)}")
        self.details.setPlainText("\n\n".join(parts) or self.tr("No details."))

    # -- export --------------------------------------------------------------
    def export(self, path: str | None = None) -> None:
        if self.filters() is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit trail"), "audit-trail.csv", self.tr("CSV files (*.csv)")
            )
        if not path:
            return
        filters = self.filters()
        if filters is None:
            return

        def work(progress: ProgressFn) -> int:
            return self.service.export_csv(
                path, filters, progress=lambda done, total: progress(done, total, self.tr("Exporting"))
            )

        self.export_task = run_task(self, self.tr("Exporting the audit trail"), work, on_done=self._exported)

    def _exported(self, count: int) -> None:
        self.status.setText(self.tr("%1 entries exported.").replace("%1", f"{count:,}"))


def _utc(day: date) -> datetime:
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC)
