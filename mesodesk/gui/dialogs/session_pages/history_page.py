"""The Amendments page of the session editor: who signed, and every amendment with what changed and why."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    pass


class HistoryPageMixin(SessionEditorHost):
    """Builds and fills the Amendments page."""

    def _build_history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        self.signed_label = QLabel()
        self.signed_label.setWordWrap(True)
        layout.addWidget(self.signed_label)
        self.history_tree = QTreeWidget()
        self.history_tree.setAccessibleName(self.tr("Changes to this session"))
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.setAlternatingRowColors(True)
        self.history_tree.setHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("What changed"), self.tr("Reason")]
        )
        self.history_tree.header().resizeSection(0, 150)
        self.history_tree.header().resizeSection(1, 180)
        self.history_tree.header().resizeSection(2, 260)
        layout.addWidget(self.history_tree)
        return page

    def _load_history(self) -> None:
        if self._session is None:
            return
        ts = self._session
        self.history_tree.clear()
        for amendment in self._services.sessions.amendments(ts.id):
            item = QTreeWidgetItem(
                [
                    L.fmt_datetime(amendment.amended_at),
                    self._user_names.get(amendment.amended_by_id, ""),
                    self._changed_fields(amendment.before_json, amendment.after_json),
                    amendment.reason,
                ]
            )
            item.setToolTip(3, amendment.reason)
            self.history_tree.addTopLevelItem(item)
        if ts.signed_off_at is not None:
            self.signed_label.setText(
                self.tr("Signed off by %1 on %2.")
                .replace("%1", self._user_names.get(ts.signed_off_by_id or 0, ""))
                .replace("%2", L.fmt_datetime(ts.signed_off_at))
            )
        else:
            self.signed_label.setText(self.tr("Draft: not signed off yet."))
        count = self.history_tree.topLevelItemCount()
        self.tabs.setTabText(
            3, self.tr("&Amendments (%1)").replace("%1", str(count)) if count else self.tr("&Amendments")
        )
        self.tabs.setTabVisible(3, True)

    def _changed_fields(self, before_json: str, after_json: str) -> str:
        """The parts of the session an amendment changed, in words."""
        try:
            before, after = json.loads(before_json), json.loads(after_json)
        except ValueError:
            return ""
        names = {
            "performed_at": self.tr("date and time"),
            "practitioner_id": self.tr("practitioner"),
            "indications": self.tr("indications"),
            "areas": self.tr("areas"),
            "products": self.tr("products"),
            "marks": self.tr("injection map"),
            "formula_id": self.tr("formula"),
            "formula_name": self.tr("formula"),
            "formula_is_custom": self.tr("formula"),
            "anaesthesia": self.tr("anaesthesia"),
            "immediate_reactions": self.tr("immediate reactions"),
            "notes": self.tr("notes"),
            "protocol_id": self.tr("protocol"),
        }

        def content(value: Any) -> Any:  # rows are re-inserted on every change: ignore their ids
            if isinstance(value, list):
                return [
                    {k: v for k, v in row.items() if k not in ("id", "session_id")}
                    if isinstance(row, dict)
                    else row
                    for row in value
                ]
            return value

        changed = [
            names[key]
            for key in sorted(set(before) | set(after))
            if key in names and content(before.get(key)) != content(after.get(key))
        ]
        return ", ".join(dict.fromkeys(changed))
