"""What must be true before a session is signed off, and the allergy checks that follow the session as it is.

Each gate is a clinic setting (``ClinicSettings``): "off", "warn" (the practitioner may go ahead with a
reason, which is stored with the session, written to the audit trail and printed on the session record)
or "require" (refused). Safe defaults: a signed consent is required; a medical history reviewed within
12 months, and the risks of the history (pregnancy or breast-feeding, anticoagulants, active skin
infection, keloid tendency) and the patient's allergies checked against the session, warn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.db.models import (
    Allergy,
    ClinicSettings,
    Consent,
    ConsentText,
    FormulaIngredient,
    MedicalHistory,
    Product,
    ProductLot,
)
from mesodesk.domain.errors import KnownError
from mesodesk.domain.rules import fold
from mesodesk.i18n import LANGUAGES, N_, _, format_date

OFF, WARN, REQUIRE = "off", "warn", "require"
GATE_LEVELS = (OFF, WARN, REQUIRE)

#: The consent text code every mesotherapy session needs (a clinic may add codes per indication).
DEFAULT_CONSENT_CODE = "mesotherapy"

#: History risks checked at sign-off: (MedicalHistory column, message).
RISKS = (
    ("pregnant_or_breastfeeding", N_("The patient is recorded as pregnant or breast-feeding")),
    ("anticoagulants", N_("The patient takes anticoagulants (bleeding and bruising risk)")),
    ("active_skin_infection", N_("The patient has an active skin infection")),
    ("keloid_tendency", N_("The patient has a keloid tendency")),
)

#: Words too common to tie an allergy to a product ("allergy to topical lidocaine cream").
_NOISE = frozenset(
    {"allergy", "allergic", "other", "cream", "topical", "solution", "injection", "acid", "with", "and"}
)


@dataclass(frozen=True)
class Gate:
    """One sign-off check that did not pass. ``code`` is stable ('consent', 'history', 'risk', 'allergy')."""

    code: str
    message: str
    blocking: bool  # the clinic requires it: no override possible

    def __str__(self) -> str:
        return self.message


class SignOffBlockedError(KnownError):
    """A gate the clinic requires is not met: the session cannot be signed off (it can be saved as a draft)."""

    def __init__(self, gates: list[Gate]) -> None:
        blocking = [g for g in gates if g.blocking]
        super().__init__(
            N_(
                "The session cannot be signed off: {reasons}. Save it as a draft and sign it off once this "
                "is resolved."
            ),
            reasons="; ".join(g.message for g in blocking),
        )
        self.gates = gates


class SignOffWarningError(KnownError):
    """Warnings stand in the way of the sign-off: go ahead only with a reason (``override_reason``)."""

    def __init__(self, gates: list[Gate]) -> None:
        super().__init__(
            N_(
                "Before signing off: {reasons}. Give a reason to sign off anyway; it is kept with the session."
            ),
            reasons="; ".join(g.message for g in gates),
        )
        self.gates = gates


@dataclass(frozen=True)
class GateSettings:
    consent_gate: str = REQUIRE
    history_gate: str = WARN
    history_review_months: int = 12
    risk_gate: str = WARN


def gate_settings(s: Session) -> GateSettings:
    row = s.get(ClinicSettings, 1)
    if row is None:
        return GateSettings()
    return GateSettings(row.consent_gate, row.history_gate, row.history_review_months, row.risk_gate)


def _months_before(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, month, d)
        except ValueError:
            continue
    return date(y, month, 28)


def _words(text: str) -> list[str]:
    return [w for w in "".join(c if c.isalnum() else " " for c in fold(text)).split() if w]


def mentions(allergy_substance: str, text: str) -> bool:
    """Whether ``text`` (a product's name and ingredient, an anaesthesia note) names the allergen."""
    needle = " ".join(_words(allergy_substance))
    haystack = " ".join(_words(text))
    if not needle or not haystack:
        return False
    if needle in haystack:
        return True
    return any(w in haystack for w in needle.split() if len(w) > 3 and w not in _NOISE)


def allergy_messages_for_product(product: Product, allergies: list[Allergy], role: str = "") -> list[str]:
    text = f"{product.name} {product.active_ingredient}"
    what = f"{product.name}{f' ({role})' if role else ''}"
    return [
        f"ALLERGY: the patient is allergic to {a.substance} ({a.severity.replace('_', ' ')}); "
        f"{what} contains {product.active_ingredient or product.name}"
        for a in allergies
        if mentions(a.substance, text)
    ]


def allergy_messages_for_text(label: str, text: str, allergies: list[Allergy]) -> list[str]:
    return [
        f"ALLERGY: the patient is allergic to {a.substance} ({a.severity.replace('_', ' ')}); "
        f'the {label} "{text}" mentions it'
        for a in allergies
        if text.strip() and mentions(a.substance, text)
    ]


def session_allergy_warnings(
    s: Session,
    patient_id: int,
    *,
    lot_ids: list[int],
    formula_id: int | None,
    formula_is_custom: bool,
    anaesthesia: str,
    anaesthesia_lot_id: int | None,
) -> list[str]:
    """Allergy warnings for the session as it now stands: its product lines (what is injected), the
    formula's ingredients only while no product line is recorded for a standard formula, and the
    anaesthesia (a catalogue product with its lot, or free text checked against the allergy list)."""
    allergies = list(s.scalars(select(Allergy).where(Allergy.patient_id == patient_id).order_by(Allergy.id)))
    if not allergies:
        return []
    out: list[str] = []
    seen: set[int] = set()
    for lot_id in lot_ids:
        lot = s.get(ProductLot, lot_id)
        if lot is None or lot.product_id in seen:
            continue
        seen.add(lot.product_id)
        product = s.get(Product, lot.product_id)
        if product is not None:
            out += allergy_messages_for_product(product, allergies)
    if formula_id is not None and not lot_ids and not formula_is_custom:
        for ing in s.scalars(select(FormulaIngredient).where(FormulaIngredient.formula_id == formula_id)):
            product = s.get(Product, ing.product_id)
            if product is not None and product.id not in seen:
                seen.add(product.id)
                out += allergy_messages_for_product(product, allergies)
    if anaesthesia_lot_id is not None:
        lot = s.get(ProductLot, anaesthesia_lot_id)
        product = s.get(Product, lot.product_id) if lot is not None else None
        if product is not None:
            out += allergy_messages_for_product(product, allergies, "anaesthesia")
    if anaesthesia.strip():
        out += allergy_messages_for_text("anaesthesia", anaesthesia, allergies)
    return list(dict.fromkeys(out))


def treatment_code(text_code: str) -> str:
    """The treatment a consent text is for: its code without a language suffix ("mesotherapy_fr" is a
    consent to mesotherapy written in French)."""
    folded = fold(text_code)
    base, _sep, suffix = folded.rpartition("_")
    return base if base and suffix in LANGUAGES else folded


def _consent_codes(indications: list[str]) -> set[str]:
    codes = {DEFAULT_CONSENT_CODE}
    for ind in indications:
        code = "_".join(_words(ind))
        if code:
            codes.add(code)
    return codes


def signoff_gates(
    s: Session,
    *,
    patient_id: int,
    performed_at: datetime,
    indications: list[str],
    allergy_warnings: list[str],
    settings: GateSettings | None = None,
) -> list[Gate]:
    """Every gate that does not pass for this session (empty: it can be signed off as it is)."""
    cfg = settings or gate_settings(s)
    gates: list[Gate] = []
    day = performed_at.astimezone().date()
    if cfg.consent_gate != OFF:
        codes = _consent_codes(indications)
        signed = [
            signed_at
            for signed_at, code in s.execute(
                select(Consent.signed_at, ConsentText.code)
                .join(ConsentText, Consent.consent_text_id == ConsentText.id)
                .where(Consent.patient_id == patient_id)
            )
            if treatment_code(code) in codes and signed_at.astimezone().date() <= day
        ]
        if not signed:
            gates.append(
                Gate(
                    "consent",
                    _("No signed consent to mesotherapy is on file for this patient (before this session)"),
                    cfg.consent_gate == REQUIRE,
                )
            )
    history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == patient_id))
    if cfg.history_gate != OFF:
        reviewed = history.reviewed_at.astimezone().date() if history and history.reviewed_at else None
        if reviewed is None:
            gates.append(
                Gate("history", _("The medical history has never been reviewed"), cfg.history_gate == REQUIRE)
            )
        elif reviewed < _months_before(day, cfg.history_review_months):
            gates.append(
                Gate(
                    "history",
                    _(
                        "The medical history was last reviewed on {date}, more than {months} months ago",
                        date=format_date(reviewed, "short"),
                        months=cfg.history_review_months,
                    ),
                    cfg.history_gate == REQUIRE,
                )
            )
    if cfg.risk_gate != OFF:
        if history is not None:
            for column, message in RISKS:
                if getattr(history, column):
                    gates.append(Gate("risk", _(message), cfg.risk_gate == REQUIRE))
        gates += [Gate("allergy", w, cfg.risk_gate == REQUIRE) for w in allergy_warnings]
    return gates


def override_text(reason: str, gates: list[Gate]) -> str:
    """What is stored with the session (and printed): the reason, then each warning it overrode."""
    return "\n".join([reason.strip(), *(f"- {g.message}" for g in gates)])
