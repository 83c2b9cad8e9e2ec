"""Translated, human-readable labels for the stored enum values (shared by every widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesodesk.gui.i18n import QT_TRANSLATE_NOOP

_CTX = "labels"

_LABELS: dict[str, dict[str, str]] = {
    "sex": {
        "F": QT_TRANSLATE_NOOP("labels", "Female"),
        "M": QT_TRANSLATE_NOOP("labels", "Male"),
        "X": QT_TRANSLATE_NOOP("labels", "Other"),
        "U": QT_TRANSLATE_NOOP("labels", "Not stated"),
    },
    "area": {
        "forehead": QT_TRANSLATE_NOOP("labels", "Forehead"),
        "periorbital": QT_TRANSLATE_NOOP("labels", "Periorbital"),
        "cheeks": QT_TRANSLATE_NOOP("labels", "Cheeks"),
        "nasolabial": QT_TRANSLATE_NOOP("labels", "Nasolabial folds"),
        "perioral": QT_TRANSLATE_NOOP("labels", "Perioral"),
        "jawline": QT_TRANSLATE_NOOP("labels", "Jawline"),
        "full_face": QT_TRANSLATE_NOOP("labels", "Full face"),
        "neck": QT_TRANSLATE_NOOP("labels", "Neck"),
        "decollete": QT_TRANSLATE_NOOP("labels", "Décolleté"),
        "hands": QT_TRANSLATE_NOOP("labels", "Hands"),
        "scalp": QT_TRANSLATE_NOOP("labels", "Scalp"),
        "abdomen": QT_TRANSLATE_NOOP("labels", "Abdomen"),
        "flanks": QT_TRANSLATE_NOOP("labels", "Flanks"),
        "thighs": QT_TRANSLATE_NOOP("labels", "Thighs"),
        "buttocks": QT_TRANSLATE_NOOP("labels", "Buttocks"),
        "arms": QT_TRANSLATE_NOOP("labels", "Arms"),
        "knees": QT_TRANSLATE_NOOP("labels", "Knees"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "reaction": {
        "bruising": QT_TRANSLATE_NOOP("labels", "Bruising"),
        "swelling": QT_TRANSLATE_NOOP("labels", "Swelling"),
        "redness": QT_TRANSLATE_NOOP("labels", "Redness"),
        "pain": QT_TRANSLATE_NOOP("labels", "Pain / discomfort"),
        "itching": QT_TRANSLATE_NOOP("labels", "Itching"),
        "hives": QT_TRANSLATE_NOOP("labels", "Hives / wheals"),
        "nodules": QT_TRANSLATE_NOOP("labels", "Nodules / granulomas"),
        "telangiectasia": QT_TRANSLATE_NOOP("labels", "Telangiectasia"),
        "infection": QT_TRANSLATE_NOOP("labels", "Infection"),
        "nausea": QT_TRANSLATE_NOOP("labels", "Nausea"),
        "anaphylaxis": QT_TRANSLATE_NOOP("labels", "Difficulty breathing / anaphylaxis"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "grade": {
        "none": QT_TRANSLATE_NOOP("labels", "None"),
        "mild": QT_TRANSLATE_NOOP("labels", "Mild"),
        "moderate": QT_TRANSLATE_NOOP("labels", "Moderate"),
        "severe": QT_TRANSLATE_NOOP("labels", "Severe"),
    },
    "severity": {
        "mild": QT_TRANSLATE_NOOP("labels", "Mild"),
        "moderate": QT_TRANSLATE_NOOP("labels", "Moderate"),
        "severe": QT_TRANSLATE_NOOP("labels", "Severe"),
        "life_threatening": QT_TRANSLATE_NOOP("labels", "Life-threatening"),
    },
    "status": {
        "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
        "signed": QT_TRANSLATE_NOOP("labels", "Signed off"),
        "void": QT_TRANSLATE_NOOP("labels", "Void"),
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "followup": {
        "course": QT_TRANSLATE_NOOP("labels", "Course session"),
        "maintenance": QT_TRANSLATE_NOOP("labels", "Maintenance session"),
        "check_call": QT_TRANSLATE_NOOP("labels", "Check call"),
        "review": QT_TRANSLATE_NOOP("labels", "Review"),
    },
    "outcome": {
        "reached": QT_TRANSLATE_NOOP("labels", "Reached"),
        "no_answer": QT_TRANSLATE_NOOP("labels", "No answer"),
        "message_left": QT_TRANSLATE_NOOP("labels", "Message left"),
    },
    "technique": {
        "nappage": QT_TRANSLATE_NOOP("labels", "Nappage"),
        "papules": QT_TRANSLATE_NOOP("labels", "Papules"),
        "linear": QT_TRANSLATE_NOOP("labels", "Linear"),
        "point_by_point": QT_TRANSLATE_NOOP("labels", "Point by point"),
    },
    "device": {
        "syringe": QT_TRANSLATE_NOOP("labels", "Syringe"),
        "injector_gun": QT_TRANSLATE_NOOP("labels", "Injector gun"),
        "multi_injector": QT_TRANSLATE_NOOP("labels", "Multi-injector"),
    },
    "risk": {
        "anticoagulants": QT_TRANSLATE_NOOP("labels", "Anticoagulants"),
        "nsaids": QT_TRANSLATE_NOOP("labels", "NSAIDs"),
        "supplements": QT_TRANSLATE_NOOP("labels", "Supplements raising bruising risk"),
        "pregnant_or_breastfeeding": QT_TRANSLATE_NOOP("labels", "Pregnant or breast-feeding"),
        "autoimmune_disease": QT_TRANSLATE_NOOP("labels", "Autoimmune disease"),
        "keloid_tendency": QT_TRANSLATE_NOOP("labels", "Keloid tendency"),
        "active_skin_infection": QT_TRANSLATE_NOOP("labels", "Active skin infection"),
    },
    "photo_kind": {
        "before": QT_TRANSLATE_NOOP("labels", "Before"),
        "after": QT_TRANSLATE_NOOP("labels", "After"),
        "reaction": QT_TRANSLATE_NOOP("labels", "Reaction"),
        "profile": QT_TRANSLATE_NOOP("labels", "Profile"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "role": {
        "admin": QT_TRANSLATE_NOOP("labels", "Administrator"),
        "practitioner": QT_TRANSLATE_NOOP("labels", "Practitioner"),
        "assistant": QT_TRANSLATE_NOOP("labels", "Assistant"),
    },
}

FITZPATRICK = ("I", "II", "III", "IV", "V", "VI")


def label(kind: str, value: str | None) -> str:
    """The translated label of a stored value; an unknown value is shown as it is."""
    if not value:
        return ""
    text = _LABELS.get(kind, {}).get(value)
    if text is None:
        return value.replace("_", " ")
    return QCoreApplication.translate(_CTX, text)


def labels_of(kind: str) -> dict[str, str]:
    """value -> translated label for one vocabulary, in declaration order."""
    return dict(choices(kind))


def choices(kind: str) -> list[tuple[str, str]]:
    """(value, translated label) pairs, in declaration order, for combo boxes."""
    return [(value, QCoreApplication.translate(_CTX, text)) for value, text in _LABELS.get(kind, {}).items()]


def area_label(value: str) -> str:
    return label("area", value)


def status_label(value: str) -> str:
    return label("status", value)


def reaction_label(value: str) -> str:
    return label("reaction", value)


def followup_label(value: str) -> str:
    return label("followup", value)


def role_label(value: str) -> str:
    return label("role", value)
