"""Safety at the chair in the session editor (issue 12): the allergy line that follows the session as it
is typed, the anaesthetic chosen from the catalogue with its lot, and the sign-off gates with the reason
asked for overriding a warning (the SafetyMixin of SessionEditorDialog).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from mesodesk.domain.rules import fold
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels
from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost
from mesodesk.gui.widgets.field_errors import ERROR_STYLE

if TYPE_CHECKING:
    from mesodesk.services.sessions import SessionInput
    from mesodesk.services.signoff import Gate

EXPOSURE_STYLE = (
    "QLabel#allergyExposure { background: $error_bg; color: $error_strong; border: 2px solid $error_border; "
    "border-radius: 4px; padding: 4px 8px; font-weight: 700; }"
)

#: Words that make a catalogue product an anaesthetic for the anaesthesia list.
ANAESTHETIC_WORDS = ("caine", "anaesth", "anesth", "emla", "numb")


def is_anaesthetic(name: str, ingredient: str) -> bool:
    text = fold(f"{name} {ingredient}")
    return any(word in text for word in ANAESTHETIC_WORDS)


class SafetyMixin(SessionEditorHost):
    """The allergy line, the warnings panel and the sign-off gates (what it needs: SessionEditorHost)."""

    # ------------------------------------------------------------------ building
    def _build_exposure_label(self) -> QWidget:
        self.exposure_label = QLabel()
        self.exposure_label.setObjectName("allergyExposure")
        self.exposure_label.setWordWrap(True)
        theme.styled(self.exposure_label, EXPOSURE_STYLE)
        self.exposure_label.hide()
        return self.exposure_label

    def _build_override_row(self) -> list[QWidget]:
        """The reason field of the warning panel, shown when a sign-off warning can be overridden."""
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("overrideReason")
        self.override_edit.setAccessibleName(self.tr("Reason to sign off anyway"))
        self.override_edit.setPlaceholderText(
            self.tr("Reason to sign off anyway (kept with the session and printed on it)")
        )
        self.override_edit.setMaxLength(2000)
        self.override_error = QLabel()
        self.override_error.setObjectName("error_override_reason")
        theme.styled(self.override_error, ERROR_STYLE)
        self.override_error.hide()
        self.override_edit.hide()
        return [self.override_edit, self.override_error]

    def _fill_anaesthesia_lots(self) -> None:
        """Catalogue anaesthetics with a usable lot, as items of the anaesthesia list (data: the lot id)."""
        today = date.today()
        products = {p.id: p for p in self._products if not p.archived}
        for lot in sorted(self._lots, key=lambda lot: (lot.product_id, lot.expiry_date)):
            product = products.get(lot.product_id)
            if product is None or not is_anaesthetic(product.name, product.active_ingredient):
                continue
            if lot.recalled or lot.expiry_date < today:
                continue
            label = (
                self.tr("%1 — lot %2, expires %3")
                .replace("%1", product.name)
                .replace("%2", lot.lot_number)
                .replace("%3", editor_labels.fmt_date(lot.expiry_date))
            )
            self.anaesthesia_combo.addItem(label, lot.id)

    def _wire_safety(self) -> None:
        self._exposure_timer = QTimer(self)
        self._exposure_timer.setSingleShot(True)
        self._exposure_timer.setInterval(150)
        self._exposure_timer.timeout.connect(self._refresh_exposure)
        m = self.products_model
        for signal in (m.dataChanged, m.rowsInserted, m.rowsRemoved, m.modelReset):
            signal.connect(self._exposure_timer.start)
        self.formula_combo.currentIndexChanged.connect(self._exposure_timer.start)
        self.custom_check.toggled.connect(self._exposure_timer.start)
        self.anaesthesia_combo.currentTextChanged.connect(self._exposure_timer.start)

    # ------------------------------------------------------------------ reading
    def anaesthesia_lot_id(self) -> int | None:
        """The catalogue lot of the anaesthetic, when the text is still the one of a catalogue item."""
        index = self.anaesthesia_combo.findText(self.anaesthesia_combo.currentText())
        data = self.anaesthesia_combo.itemData(index) if index >= 0 else None
        return int(data) if isinstance(data, int) else None

    def _select_anaesthesia(self, text: str, lot_id: int | None) -> None:
        if lot_id is not None:
            index = self.anaesthesia_combo.findData(lot_id)
            if index >= 0:
                self.anaesthesia_combo.setCurrentIndex(index)
                return
        self.anaesthesia_combo.setCurrentText(text)

    def _refresh_exposure(self) -> list[str]:
        """Recompute the allergy line from what the form says now."""
        from mesodesk.services.sessions import ProductUse, SessionInput

        uses = [ProductUse(r.lot_id, r.volume_ml) for r in self.products_model.rows() if r.lot_id is not None]
        data = SessionInput(
            patient_id=self._patient_id,
            practitioner_id=0,
            performed_at=editor_labels.to_utc(self.when_edit.dateTime()),
            products=uses,
            formula_id=self.formula_combo.currentData(),
            formula_is_custom=self.custom_check.isChecked(),
            anaesthesia=self.anaesthesia_combo.currentText().strip(),
            anaesthesia_lot_id=self.anaesthesia_lot_id(),
        )
        try:
            warnings = self._services.sessions.allergy_check(data)
        except Exception:  # the save path reports problems; this line only informs
            warnings = []
        self.exposure_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.exposure_label.setVisible(bool(warnings))
        return warnings

    def exposure_warnings(self) -> list[str]:
        """The allergy line as shown now (after any pending recomputation)."""
        if self._exposure_timer.isActive():
            self._exposure_timer.stop()
            self._refresh_exposure()
        text = self.exposure_label.text() if self.exposure_label.isVisibleTo(self) else ""
        return [line.removeprefix("⚠ ") for line in text.splitlines() if line]

    # ------------------------------------------------------------------ the warning panel
    def _show_warnings(
        self, warnings: list[str], action: str, data: SessionInput, gates: list[Gate] | None = None
    ) -> None:
        gates = gates or []
        blocking = [g for g in gates if g.blocking]
        self._pending_action = "save" if blocking else action
        self._pending_gates = gates
        gate_messages = [g.message for g in gates]
        messages = list(dict.fromkeys([*gate_messages, *warnings]))
        items = []
        for w in sorted(
            messages,
            key=lambda w: (
                not any(g.message == w and g.blocking for g in gates),
                not w.startswith("ALLERGY"),
            ),
        ):
            escaped = w.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if any(g.message == w and g.blocking for g in gates):
                items.append(
                    f"<li><b style='color:{theme.css('error')}'>"
                    + self.tr("Required by the clinic:")
                    + f" {escaped}</b></li>"
                )
            elif w.startswith("ALLERGY"):
                items.append(f"<li><b style='color:{theme.css('error')}'>{escaped}</b></li>")
            else:
                items.append(f"<li>{escaped}</li>")
        self.warning_text.setText(f"<ul style='margin: 0; -qt-list-indent: 1;'>{''.join(items)}</ul>")
        self._pending_warnings = frozenset(messages)
        if blocking:
            self.warning_title.setText(self.tr("This session cannot be signed off yet"))
            self.save_anyway_button.setText(self.tr("Save as draft"))
        elif gates:
            self.warning_title.setText(self.tr("Please check before signing off"))
            self.save_anyway_button.setText(self.tr("Sign off anyway"))
        else:
            self.warning_title.setText(self.tr("Please check before saving"))
            self.save_anyway_button.setText(
                self.tr("Sign off anyway") if action == "sign_off" else self.tr("Save anyway")
            )
        needs_reason = bool(gates) and not blocking
        self.override_edit.setVisible(needs_reason)
        self.override_error.hide()
        if not needs_reason:
            self.override_edit.clear()
        self.warning_panel.show()
        (self.override_edit if needs_reason else self.save_anyway_button).setFocus()

    def warnings_shown(self) -> list[str]:
        """The warnings in the panel (empty when hidden)."""
        if self.warning_panel.isHidden():
            return []
        return sorted(self._pending_warnings)

    def _hide_warnings(self) -> None:
        self.warning_panel.hide()
        self._pending_action = None
        self._pending_gates = []

    def _save_anyway(self) -> None:
        action = self._pending_action
        if action == "sign_off" and self._pending_gates:
            reason = self.override_edit.text().strip()
            if not reason:
                self.override_error.setText(
                    self.tr("Give the reason for signing off despite these warnings.")
                )
                self.override_error.show()
                self.override_edit.setFocus()
                return
            self._override_reason = reason
        self._confirmed = self._confirmed | self._pending_warnings
        self.warning_panel.hide()
        if action is not None:
            self._run(action)
