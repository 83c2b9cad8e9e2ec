"""Defining a clinic's own outcome measure, and what the measure and scale editors share.

Each editor is a FormDialog (asks before discarding typed input) saving through ``OutcomeService.define``
(or ``redefine`` while nothing is recorded with the instrument) on the one submit path; a service error
is shown beside its field. The scale editor is in outcome_scale_editor.py.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.scales import Measure, Scale
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.fit import grow_to_fit_wrapped_text
from mesodesk.gui.models.outcome_definition_models import (
    short_number,
)
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.gui.widgets.outcomes_tab import parse_number

if TYPE_CHECKING:
    from mesodesk.services import Services


def code_from_name(name: str) -> str:
    """A code suggested from a name: "Skin hydration (corneometer)" -> "skin_hydration_corneometer"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    code = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    code = re.sub(r"^[^a-z]+", "", code)[:40].rstrip("_")
    return code


def parse_optional_number(text: str) -> float | str | None:
    """A number typed in the user's locale, None when empty, the text itself when it is not a number
    (the service then says so beside the field)."""
    try:
        return parse_number(text)
    except ValidationError:
        return text.strip()


class DefinitionEditor(FormDialog):
    """What the measure and scale editors share: name and code (suggested from the name), the one
    submit path, and ``sig_saved(code)``."""

    sig_saved = Signal(str)
    KIND = ""

    def __init__(
        self, services: Services, editing: Scale | Measure | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._editing = editing  # the clinic's own Scale or Measure being changed, or None
        self.errors = FieldErrors()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[a-z0-9_]{0,40}")))
        self.code_edit.setPlaceholderText(self.tr("lower-case letters, digits, _"))
        self.code_edit.setToolTip(
            self.tr("The code exports and reports use; it cannot be changed once the entry is added.")
        )
        self._code_typed = False
        self.name_edit.textEdited.connect(self._suggest_code)
        self.code_edit.textEdited.connect(self._code_edited)
        if editing is not None:
            self.code_edit.setReadOnly(True)
            self._code_typed = True

    def _add_name_rows(self, form: QFormLayout) -> None:
        self.errors.add_row(form, self.tr("&Name:"), self.name_edit, "name")
        self.errors.add_row(form, self.tr("Co&de:"), self.code_edit, "code")

    def _suggest_code(self, name: str) -> None:
        if not self._code_typed:
            self.code_edit.setText(code_from_name(name))

    def _code_edited(self, text: str) -> None:
        self._code_typed = bool(text)

    def _buttons(self, save_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text if self._editing is None else self.tr("Save changes"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        return buttons

    def definition(self) -> dict[str, Any]:
        raise NotImplementedError

    def _store(self) -> Scale | Measure:
        outcomes = self._services.outcomes
        if self._editing is not None:
            return outcomes.redefine(self._editing.code, self.definition())
        return outcomes.define(self.KIND, self.definition())

    def _invalid(self, exc: ValidationError) -> None:
        self.errors.show(exc)
        self.grow()

    def grow(self) -> None:
        """Room for an error shown under its field: the window grows rather than squeezing the form."""
        grow_to_fit_wrapped_text(self)
        hint = self.sizeHint().height()
        if hint > self.height():
            self.resize(self.width(), hint)

    def save(self) -> bool:
        """Store the definition; an error is shown beside its field and nothing is stored."""
        done = submit(self, self._store, errors=self.errors, on_invalid=self._invalid)
        if not done or done.value is None:
            return False
        self.mark_clean()
        self.sig_saved.emit(done.value.code)
        self.accept()
        return True


class MeasureDefinitionDialog(DefinitionEditor):
    """A clinic's own numeric measure: name, code, unit, its plausible range, the site and method."""

    KIND = "measure"

    def __init__(
        self, services: Services, editing: Measure | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, editing, parent)
        self.setWindowTitle(self.tr("Add a measure") if editing is None else self.tr("Change a measure"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A number taken at a visit, such as a device reading. It is stored with its unit and "
                "offered at once in every patient's Outcomes tab."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit.setPlaceholderText(self.tr("e.g. Skin hydration (corneometer)"))
        self._add_name_rows(form)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText(self.tr("e.g. AU, mm, %, kg"))
        self.errors.add_row(form, self.tr("&Unit:"), self.unit_edit, "unit")
        self.ucum_edit = QLineEdit()
        self.ucum_edit.setMaxLength(40)
        self.ucum_edit.setPlaceholderText(self.tr("optional, for exchange (e.g. mm, %, kg)"))
        self.errors.add_row(form, self.tr("UCUM c&ode:"), self.ucum_edit, "ucum")
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Higher is better"), "higher")
        self.direction_combo.addItem(self.tr("Lower is better"), "lower")
        self.errors.add_row(form, self.tr("&Reads:"), self.direction_combo, "direction")
        range_box = QWidget()
        range_row = QHBoxLayout(range_box)
        range_row.setContentsMargins(0, 0, 0, 0)
        self.min_edit = QLineEdit()
        self.min_edit.setPlaceholderText(self.tr("none"))
        self.min_edit.setAccessibleName(self.tr("Lowest plausible value"))
        self.max_edit = QLineEdit()
        self.max_edit.setPlaceholderText(self.tr("none"))
        self.max_edit.setAccessibleName(self.tr("Highest plausible value"))
        for edit in (self.min_edit, self.max_edit):
            edit.setMaximumWidth(110)
        to_label = QLabel(self.tr("to"))
        range_row.addWidget(self.min_edit)
        range_row.addWidget(to_label)
        range_row.addWidget(self.max_edit)
        range_row.addStretch(1)
        range_error = self.errors.add_row(form, self.tr("&Plausible range:"), range_box, "min")
        self.errors.register("min", self.min_edit, range_error)
        self.errors.register("max", self.max_edit, range_error)
        range_hint = QLabel(self.tr("A value outside it is refused as a typo."))
        theme.styled(range_hint, "color: $muted; font-size: 90%;")
        form.addRow("", range_hint)
        self.site_edit = QLineEdit()
        self.site_edit.setPlaceholderText(
            self.tr("e.g. left cheek, 2 cm below the cheekbone; probe held 3 s")
        )
        self.errors.add_row(form, self.tr("&Site and method:"), self.site_edit, "site_hint")
        self.responder_spin = QDoubleSpinBox()
        self.responder_spin.setRange(0, 100000)
        self.responder_spin.setDecimals(1)
        self.responder_spin.setSpecialValueText(self.tr("no rule"))
        self.responder_spin.setMaximumWidth(160)
        self.responder_spin.setToolTip(
            self.tr("A patient counts as a responder when the value improved by at least this much.")
        )
        self.errors.add_row(form, self.tr("Responder when &improved by:"), self.responder_spin, "responder")
        outer.addLayout(form)
        outer.addWidget(self.errors.general)
        outer.addStretch(1)
        outer.addWidget(self._buttons(self.tr("Add measure")))
        if editing is not None:
            self._fill(editing)
        L.set_default_button(self, self.save_button)
        self.mark_clean()

    def _fill(self, m: Measure) -> None:
        self.name_edit.setText(m.name)
        self.code_edit.setText(m.code)
        self.unit_edit.setText(m.unit)
        self.ucum_edit.setText("" if m.ucum == "{" + m.unit.replace(" ", "_") + "}" else m.ucum)
        L.select_data(self.direction_combo, m.direction)
        self.min_edit.setText(short_number(m.minimum))
        self.max_edit.setText(short_number(m.maximum))
        self.site_edit.setText(m.site_hint)
        self.responder_spin.setValue(m.responder[1] if m.responder else 0)

    def form_state(self) -> Any:
        return (
            self.name_edit.text(),
            self.code_edit.text(),
            self.unit_edit.text(),
            self.ucum_edit.text(),
            self.direction_combo.currentData(),
            self.min_edit.text(),
            self.max_edit.text(),
            self.site_edit.text(),
            self.responder_spin.value(),
        )

    def definition(self) -> dict[str, Any]:
        responder = self.responder_spin.value()
        return {
            "code": self.code_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "unit": self.unit_edit.text().strip(),
            "ucum": self.ucum_edit.text().strip(),
            "direction": self.direction_combo.currentData(),
            "min": parse_optional_number(self.min_edit.text()),
            "max": parse_optional_number(self.max_edit.text()),
            "site_hint": self.site_edit.text().strip(),
            "responder": ["change_at_least", responder] if responder > 0 else None,
        }
