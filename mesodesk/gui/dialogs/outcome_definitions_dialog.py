"""The outcome registry: the built-in validated scales and measures (read-only) and the clinic's own.

Users with the catalogue permission add a measure or a scale (items, ranges, anchor wording, bands), change
one of the clinic's own while nothing is recorded with it, and retire one that is no longer used (its
values stay in charts, reports and exports). Every save goes through ``OutcomeService``; a new definition
reaches the patient charts' Outcomes tabs through the change notification (gui/changes.py).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.scales import Scale
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.outcome_definition_editors import DefinitionEditor, MeasureDefinitionDialog
from mesodesk.gui.dialogs.outcome_scale_editor import ScaleDefinitionDialog
from mesodesk.gui.models.outcome_definition_models import (
    DefinitionsTableModel,
    origin_text,
    short_number,
)
from mesodesk.gui.operations import call, submit
from mesodesk.gui.widgets.tables import make_table
from mesodesk.i18n.instruments import translated_instrument
from mesodesk.services.changes import ChangeSet
from mesodesk.services.context import Permission
from mesodesk.services.outcomes import Definition

if TYPE_CHECKING:
    from mesodesk.services import Services


def _esc(text: str) -> str:
    return html.escape(text or "")


#: The tables whose changes the list follows (a definition, or a first value recorded with one).
DEFINITION_TABLES = ("outcome_definitions", "measurements", "outcome_assessments")


class OutcomeDefinitionsDialog(QDialog):
    """The registry's scales and measures, each with its details; the clinic's own can be added,
    changed while unused, and retired."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._definitions: list[Definition] = []
        self.editor: DefinitionEditor | None = None
        self.setWindowTitle(self.tr("Outcome scales and measures"))
        self.resize(1120, 700)
        self.can_edit = services.ctx.can(Permission.CATALOGUE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The built-in validated scales and measures are read-only. The clinic's own are offered in "
                "every patient's Outcomes tab as soon as they are added; one that has values recorded can be "
                "retired, never deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not self.can_edit:
            note = QLabel(self.tr("Read-only: your role does not include the catalogue."))
            note.setObjectName("readOnlyNote")
            note.setStyleSheet("font-weight: 600;")
            layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = DefinitionsTableModel(self)
        self.view = make_table(self.model, stretch=DefinitionsTableModel.COL_NAME)
        self.view.setAccessibleName(self.tr("Scales and measures"))
        header = self.view.horizontalHeader()
        for column in (
            DefinitionsTableModel.COL_KIND,
            DefinitionsTableModel.COL_RANGE,
            DefinitionsTableModel.COL_ORIGIN,
        ):  # as wide as their text in any language; the name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.view)
        self.details = QTextBrowser()
        self.details.setObjectName("definitionDetails")
        self.details.setAccessibleName(self.tr("Details of the chosen scale or measure"))
        self.details.setOpenLinks(False)
        splitter.addWidget(self.details)
        splitter.setSizes([640, 460])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.add_measure_button = QPushButton(self.tr("Add &measure…"))
        self.add_scale_button = QPushButton(self.tr("Add &scale…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        for button in (self.add_measure_button, self.add_scale_button, self.edit_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        if not self.can_edit:
            for button in (
                self.add_measure_button,
                self.add_scale_button,
                self.edit_button,
                self.retire_button,
            ):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role does not include the catalogue."))
        self.add_measure_button.clicked.connect(self.add_measure)
        self.add_scale_button.clicked.connect(self.add_scale)
        self.edit_button.clicked.connect(self.change)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        # Enter or a double click on one of the clinic's own (unused) opens it for changing, once the
        # key has gone by: the dialog would otherwise hand that Enter on to the new editor's Save
        self.view.activated.connect(lambda *_: QTimer.singleShot(0, self._change_if_possible))
        L.set_default_button(self, None)
        self.refresh()
        watch_changes(services, self._on_changes)

    # -- the list --------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or self.current_code()
        definitions = call(self, self._services.outcomes.definitions)
        if definitions is None:
            return
        self._definitions = [
            Definition(d.kind, translated_instrument(d.instrument), d.retired, d.records) for d in definitions
        ]
        self.model.set_rows(self._definitions)
        row = self.model.row_of(current) if current else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._show_current()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*DEFINITION_TABLES):
            self.refresh()

    def current(self) -> Definition | None:
        return self.model.row_at(self.view.currentIndex().row())

    def current_code(self) -> str | None:
        current = self.current()
        return current.code if current is not None else None

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def _show_current(self) -> None:
        d = self.current()
        self.details.setHtml(details_html(d) if d is not None else "")
        own = d is not None and not d.builtin
        self.edit_button.setEnabled(self.can_edit and own and d is not None and d.records == 0)
        self.retire_button.setEnabled(self.can_edit and own)
        retired = d is not None and d.retired
        self.retire_button.setText(self.tr("Offer a&gain") if retired else self.tr("&Retire"))
        if own and d is not None and d.records:
            self.edit_button.setToolTip(
                self.tr("Values are recorded with it: it can be retired, not changed.")
                if self.can_edit
                else self.tr("Your role does not include the catalogue.")
            )
        elif self.can_edit:
            self.edit_button.setToolTip("")

    # -- actions ---------------------------------------------------------------------------
    def _open_editor(self, editor: DefinitionEditor) -> DefinitionEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_saved.connect(lambda code: self.refresh(select=code))
        self.editor = editor
        editor.open()
        return editor

    def add_measure(self) -> MeasureDefinitionDialog | None:
        if not self.can_edit:
            return None
        editor = MeasureDefinitionDialog(self._services, parent=self)
        self._open_editor(editor)
        return editor

    def add_scale(self) -> ScaleDefinitionDialog | None:
        if not self.can_edit:
            return None
        editor = ScaleDefinitionDialog(self._services, parent=self)
        self._open_editor(editor)
        return editor

    def _change_if_possible(self) -> None:
        if self.edit_button.isEnabled():
            self.change()

    def change(self) -> DefinitionEditor | None:
        d = self.current()
        if not self.can_edit or d is None or d.builtin or d.records:
            return None
        original = self._services.outcomes.registry()
        if isinstance(d.instrument, Scale):
            editor: DefinitionEditor = ScaleDefinitionDialog(
                self._services, original.scales[d.code], parent=self
            )
        else:
            editor = MeasureDefinitionDialog(self._services, original.measures[d.code], parent=self)
        return self._open_editor(editor)

    def toggle_retired(self) -> bool:
        d = self.current()
        if not self.can_edit or d is None or d.builtin:
            return False
        if not d.retired:
            answer = QMessageBox.question(
                self,
                self.tr("Retire"),
                self.tr(
                    "Retire “%1”? It is no longer offered for new values; everything recorded with it "
                    "stays in the charts, reports and exports. It can be offered again later."
                ).replace("%1", d.instrument.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        code = d.code
        if not submit(self, self._services.outcomes.retire, code, not d.retired):
            return False
        self.refresh(select=code)
        return True


def _direction_text(direction: str) -> str:
    if direction == "rating":
        return QCoreApplication.translate(
            "OutcomeDefinitionsDialog",
            "A rating of the change since baseline: it has no baseline of its own.",
        )
    if direction == "higher":
        return QCoreApplication.translate("OutcomeDefinitionsDialog", "Higher is better.")
    return QCoreApplication.translate("OutcomeDefinitionsDialog", "Lower is better.")


def _responder_text(responder: tuple[str, float] | None) -> str:
    if responder is None:
        return ""
    rule, value = responder
    number = L.fmt_number(value, 1 if value != int(value) else 0)
    if rule == "rating_at_most":
        return QCoreApplication.translate(
            "OutcomeDefinitionsDialog", "Responder: a rating of %1 or better."
        ).replace("%1", number)
    if rule == "band_drop":
        return QCoreApplication.translate(
            "OutcomeDefinitionsDialog",
            "Responder: at least %n band(s) better than at baseline.",
            "",
            int(value),
        )
    return QCoreApplication.translate(
        "OutcomeDefinitionsDialog", "Responder: improved by at least %1."
    ).replace("%1", number)


def details_html(d: Definition) -> str:
    """Everything the registry holds about one scale or measure, as the details pane shows it."""
    i = d.instrument
    parts = [f"<h3>{_esc(i.name)}</h3>"]
    kind = (
        QCoreApplication.translate("OutcomeDefinitionsDialog", "Scale")
        if d.kind == "scale"
        else QCoreApplication.translate("OutcomeDefinitionsDialog", "Measure")
    )
    meta = f"{_esc(kind)} · <code>{_esc(i.code)}</code> · {_esc(origin_text(d))}"
    if not d.builtin:
        meta += " · " + _esc(
            QCoreApplication.translate("OutcomeDefinitionsDialog", "%n value(s) recorded", "", d.records)
        )
    parts.append(f"<p>{meta}</p>")
    parts.append(f"<p>{_esc(_direction_text(i.direction))} {_esc(_responder_text(i.responder))}</p>")
    if isinstance(i, Scale):
        parts.append(
            "<p><b>"
            + _esc(
                QCoreApplication.translate("OutcomeDefinitionsDialog", "Total: %1 to %2")
                .replace("%1", str(i.minimum))
                .replace("%2", str(i.maximum))
            )
            + "</b></p>"
        )
        for item in i.items:
            scores = (
                QCoreApplication.translate("OutcomeDefinitionsDialog", "%1 to %2")
                .replace("%1", str(item.minimum))
                .replace("%2", str(item.maximum))
            )
            parts.append(f"<p><b>{_esc(item.label)}</b> ({_esc(scores)})</p>")
            if item.anchors:
                parts.append(
                    "<table cellspacing='0' cellpadding='2'>"
                    + "".join(
                        f"<tr><td align='right' valign='top'>{value}</td><td>{_esc(text)}</td></tr>"
                        for value, text in item.anchors
                    )
                    + "</table>"
                )
        if i.bands:
            title = QCoreApplication.translate("OutcomeDefinitionsDialog", "Bands of the total")
            parts.append(f"<p><b>{_esc(title)}</b></p><ul>")
            parts += [
                f"<li>{short_number(b.low)}–{short_number(b.high)}: {_esc(b.label)}</li>" for b in i.bands
            ]
            parts.append("</ul>")
        if i.reference:
            title = QCoreApplication.translate("OutcomeDefinitionsDialog", "Reference")
            parts.append(f"<p><b>{_esc(title)}</b><br>{_esc(i.reference)}</p>")
    else:
        unit = QCoreApplication.translate("OutcomeDefinitionsDialog", "Unit: %1").replace("%1", i.unit)
        codes = [f"UCUM {i.ucum}"] + ([f"LOINC {i.loinc}"] if i.loinc else [])
        parts.append(f"<p>{_esc(unit)} ({_esc(', '.join(codes))})</p>")
        if i.minimum is not None or i.maximum is not None:
            low = short_number(i.minimum) if i.minimum is not None else "…"
            high = short_number(i.maximum) if i.maximum is not None else "…"
            text = QCoreApplication.translate("OutcomeDefinitionsDialog", "Plausible range: %1 to %2")
            parts.append(f"<p>{_esc(text.replace('%1', low).replace('%2', high))}</p>")
        if i.site_hint:
            title = QCoreApplication.translate("OutcomeDefinitionsDialog", "Site and method")
            parts.append(f"<p><b>{_esc(title)}</b><br>{_esc(i.site_hint)}</p>")
    return "".join(parts)
