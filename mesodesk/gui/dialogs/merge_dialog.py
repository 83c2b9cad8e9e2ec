"""An administrator merges a duplicate patient record into the record that is kept.

Both records are chosen by name or file number (the open patient is preselected as the one to keep)
and shown side by side; a reason is required, and a confirmation says what happens: every session,
consent, photo, allergy, reaction, plan and follow-up of the duplicate moves to the kept record, and
the duplicate is archived, not deleted. The merge runs through ``submit``; the views follow the change
notification, and the kept chart shows "merged from".
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.gui import theme
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.i18n import format_date
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from mesodesk.services import Services

SEARCH_LIMIT = 30


class RecordPicker(QGroupBox):
    """One side of the merge: a search box, its hits, and the chosen record's summary."""

    sig_chosen = Signal()

    def __init__(self, services: Services, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.services = services
        self.setObjectName(name)
        self.patient_id: int | None = None
        self.summary_data: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setAccessibleName(self.tr("Search: %1").replace("%1", title.replace("&", "")))
        self.search.setPlaceholderText(self.tr("Name or file number"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName(f"{name}Hits")
        self.hits.setAccessibleName(self.tr("Records found: %1").replace("%1", title.replace("&", "")))
        self.hits.setMinimumHeight(90)
        layout.addWidget(self.hits, 1)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 7)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._first_hit)
        self.hits.currentItemChanged.connect(self._hit_chosen)
        self.show_summary()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self.hits.blockSignals(True)
        self.hits.clear()
        self.hits.blockSignals(False)
        if not query:
            return
        try:
            found = self.services.patients.search(query, limit=SEARCH_LIMIT)
        except KnownError as exc:
            self.summary.setText(html.escape(str(exc)))
            return
        for hit in found:
            item = QListWidgetItem(
                f"{hit.last_name.upper()} {hit.first_name} · {hit.file_no} · "
                + self.tr("born %1").replace("%1", format_date(hit.date_of_birth))
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if self.patient_id is not None:
            for row in range(self.hits.count()):
                if self.hits.item(row).data(Qt.ItemDataRole.UserRole) == self.patient_id:
                    self.hits.blockSignals(True)
                    self.hits.setCurrentRow(row)
                    self.hits.blockSignals(False)

    def _first_hit(self) -> None:
        self.run_search()
        if self.hits.count():
            self.hits.setCurrentRow(0)
            self.hits.setFocus()

    def _hit_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, patient_id: int | None) -> None:
        """Show this record (None: nobody chosen)."""
        self.patient_id = patient_id
        self.summary_data = {}
        if patient_id is not None:
            try:
                chart = self.services.patients.chart(patient_id, log_view=False)
            except KnownError as exc:
                self.patient_id = None
                self.summary.setText(html.escape(str(exc)))
                self.sig_chosen.emit()
                return
            p = chart.patient
            self.summary_data = {
                "name": f"{p.first_name} {p.last_name}".strip(),
                "file_no": p.file_no,
                "born": format_date(p.date_of_birth),
                "sessions": len(chart.sessions),
                "consents": len(chart.consents),
                "photos": len(chart.photos),
                "allergies": [a.substance for a in chart.allergies],
                "archived": p.archived,
            }
        self.show_summary()
        self.sig_chosen.emit()

    def show_summary(self) -> None:
        d = self.summary_data
        if not d:
            self.summary.setText(
                "<i>" + html.escape(self.tr("No record chosen: search by name or file number.")) + "</i>"
            )
            return
        rows = [
            (self.tr("Name"), d["name"] + (f" ({self.tr('archived')})" if d["archived"] else "")),
            (self.tr("Born"), d["born"]),
            (self.tr("File no."), d["file_no"]),
            (self.tr("Sessions"), str(d["sessions"])),
            (self.tr("Consents"), str(d["consents"])),
            (self.tr("Photos"), str(d["photos"])),
            (self.tr("Allergies"), ", ".join(d["allergies"]) or self.tr("none recorded")),
        ]
        self.summary.setText(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='color:{theme.css('muted')}'>{html.escape(k)}&nbsp;</td><td><b>{html.escape(v)}</b></td></tr>"
                for k, v in rows
            )
            + "</table>"
        )


class MergeDialog(FormDialog):
    """``MergeDialog(services, patient_id)``; ``sig_merged(kept_id)`` after the merge."""

    sig_merged = Signal(int)

    def __init__(
        self, services: Services, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Merge duplicate records"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the record to keep and its duplicate. Everything recorded on the duplicate moves to "
                "the record kept; the duplicate is then archived, not deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.keep = RecordPicker(services, self.tr("&Record to keep"), "keep")
        self.duplicate = RecordPicker(services, self.tr("&Duplicate (archived after the merge)"), "duplicate")
        grid.addWidget(self.keep, 0, 0)
        grid.addWidget(self.duplicate, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setAccessibleName(self.tr("Reason for the merge"))
        self.reason.setPlaceholderText(
            self.tr("Why these are the same person (required, kept in the audit trail)")
        )
        self.errors.add_row(form, self.tr("Rea&son"), self.reason, "reason")
        layout.addLayout(form)
        self.errors.register("keep_id", self.keep.search, self.errors.general)
        self.errors.register("merged_id", self.duplicate.search, self.errors.general)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.setAutoDefault(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for picker in (self.keep, self.duplicate):
            picker.sig_chosen.connect(self._update)
        if patient_id is not None:
            self.keep.choose(patient_id)
            self.keep.search.setText(self.keep.summary_data.get("file_no", ""))
            self.keep.run_search()
        self._update()
        self.mark_clean()
        self.resize(max(self.sizeHint().width(), 820), max(self.sizeHint().height(), 560))
        (self.duplicate if patient_id is not None else self.keep).search.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a search box or a list picks a record, never merges; Enter in the reason merges
        (after the confirmation)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.reason and self.merge_button.isEnabled():
                self.merge()
            event.accept()
            return
        super().keyPressEvent(event)

    def form_state(self) -> Any:
        return (self.keep.patient_id, self.duplicate.patient_id, self.reason.text())

    def _update(self) -> None:
        both = self.keep.patient_id is not None and self.duplicate.patient_id is not None
        same = both and self.keep.patient_id == self.duplicate.patient_id
        self.merge_button.setEnabled(both and not same)
        if same:
            self.merge_button.setToolTip(self.tr("Choose two different records."))
        elif not both:
            self.merge_button.setToolTip(self.tr("Choose the record to keep and the duplicate."))
        else:
            self.merge_button.setToolTip("")

    def merge(self) -> bool:
        """Ask for confirmation, then merge; returns whether the records were merged."""
        self.errors.clear()
        keep, dup = self.keep.summary_data, self.duplicate.summary_data
        if self.keep.patient_id is None or self.duplicate.patient_id is None:
            return False
        if not self.reason.text().strip():
            self.errors.show(ValidationError("reason", self.tr("Give the reason for the merge.")))
            return False
        question = (
            self.tr(
                "Merge %1 (%2) into %3 (%4)?\n\n"
                "Everything recorded on %2 moves to %4: sessions %5, consents %6, photos %7, and its "
                "allergies, reactions, plans and follow-ups. %2 is then archived, not deleted, and the "
                "merge is recorded in the audit trail."
            )
            .replace("%1", dup["name"])
            .replace("%2", dup["file_no"])
            .replace("%3", keep["name"])
            .replace("%4", keep["file_no"])
            .replace("%5", str(dup["sessions"]))
            .replace("%6", str(dup["consents"]))
            .replace("%7", str(dup["photos"]))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Merge duplicate records"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        keep_id = self.keep.patient_id
        done = submit(
            self,
            self.services.patients.merge,
            keep_id,
            self.duplicate.patient_id,
            self.reason.text(),
            errors=self.errors,
        )
        if not done:
            return False
        self.mark_clean()
        self.sig_merged.emit(keep_id)
        self.accept()
        return True
