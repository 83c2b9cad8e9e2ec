"""Human-readable labels of the stored enum values (mesodesk.domain.enums), translated at use.

The English texts match gui/labels.py, so the GUI (Qt Linguist) and the documents (gettext)
use the same terms. ``label("area", "cheeks")`` -> "Joues" in French.
"""

from __future__ import annotations

from mesodesk.i18n.core import N_, gettext

LABELS: dict[str, dict[str, str]] = {
    "sex": {"F": N_("Female"), "M": N_("Male"), "X": N_("Other"), "U": N_("Not stated")},
    "area": {
        "forehead": N_("Forehead"),
        "periorbital": N_("Periorbital"),
        "cheeks": N_("Cheeks"),
        "nasolabial": N_("Nasolabial folds"),
        "perioral": N_("Perioral"),
        "jawline": N_("Jawline"),
        "full_face": N_("Full face"),
        "neck": N_("Neck"),
        "decollete": N_("Décolleté"),
        "hands": N_("Hands"),
        "scalp": N_("Scalp"),
        "abdomen": N_("Abdomen"),
        "flanks": N_("Flanks"),
        "thighs": N_("Thighs"),
        "buttocks": N_("Buttocks"),
        "arms": N_("Arms"),
        "knees": N_("Knees"),
        "other": N_("Other"),
    },
    "reaction": {
        "bruising": N_("Bruising"),
        "swelling": N_("Swelling"),
        "redness": N_("Redness"),
        "pain": N_("Pain / discomfort"),
        "itching": N_("Itching"),
        "hives": N_("Hives / wheals"),
        "nodules": N_("Nodules / granulomas"),
        "telangiectasia": N_("Telangiectasia"),
        "infection": N_("Infection"),
        "nausea": N_("Nausea"),
        "anaphylaxis": N_("Difficulty breathing / anaphylaxis"),
        "other": N_("Other"),
    },
    "grade": {"none": N_("None"), "mild": N_("Mild"), "moderate": N_("Moderate"), "severe": N_("Severe")},
    "severity": {
        "mild": N_("Mild"),
        "moderate": N_("Moderate"),
        "severe": N_("Severe"),
        "life_threatening": N_("Life-threatening"),
    },
    "status": {
        "draft": N_("Draft"),
        "signed": N_("Signed off"),
        "void": N_("Void"),
        "open": N_("Open"),
        "done": N_("Done"),
        "cancelled": N_("Cancelled"),
    },
    "followup": {
        "course": N_("Course session"),
        "maintenance": N_("Maintenance session"),
        "check_call": N_("Check call"),
        "review": N_("Review"),
    },
    "outcome": {"reached": N_("Reached"), "no_answer": N_("No answer"), "message_left": N_("Message left")},
    "technique": {
        "nappage": N_("Nappage"),
        "papules": N_("Papules"),
        "linear": N_("Linear"),
        "point_by_point": N_("Point by point"),
    },
    "device": {
        "syringe": N_("Syringe"),
        "injector_gun": N_("Injector gun"),
        "multi_injector": N_("Multi-injector"),
    },
    "risk": {
        "anticoagulants": N_("Anticoagulants"),
        "nsaids": N_("NSAIDs"),
        "supplements": N_("Supplements raising bruising risk"),
        "pregnant_or_breastfeeding": N_("Pregnant or breast-feeding"),
        "autoimmune_disease": N_("Autoimmune disease"),
        "keloid_tendency": N_("Keloid tendency"),
        "active_skin_infection": N_("Active skin infection"),
    },
    "photo_kind": {
        "before": N_("Before"),
        "after": N_("After"),
        "reaction": N_("Reaction"),
        "profile": N_("Profile"),
        "other": N_("Other"),
    },
    "role": {"admin": N_("Administrator"), "practitioner": N_("Practitioner"), "assistant": N_("Assistant")},
    "mark_kind": {"point": N_("Point"), "zone": N_("Zone")},
    "language": {"en": "English", "fr": "Français", "it": "Italiano", "es": "Español", "de": "Deutsch"},
}

#: Any stored value -> its English label, for callers that do not know the vocabulary.
_ANY: dict[str, str] = {}
for _kind in (
    "area",
    "reaction",
    "technique",
    "device",
    "severity",
    "grade",
    "photo_kind",
    "status",
    "followup",
    "outcome",
    "risk",
    "role",
    "mark_kind",
):
    for _value, _text in LABELS[_kind].items():
        _ANY.setdefault(_value, _text)


def label(kind: str | None, value: str | None, *, lang: str | None = None) -> str:
    """The translated label of a stored value; an unknown value is shown readably ("foo_bar" -> "Foo bar")."""
    if not value:
        return ""
    text = (LABELS.get(kind, {}) if kind else _ANY).get(value) or (_ANY.get(value) if kind else None)
    if text is None:
        plain = value.replace("_", " ").strip()
        return plain[:1].upper() + plain[1:]
    if kind == "language":
        return text
    return gettext(text, lang=lang)


def choices(kind: str, *, lang: str | None = None) -> list[tuple[str, str]]:
    """(value, translated label) pairs in declaration order."""
    return [(value, label(kind, value, lang=lang)) for value in LABELS.get(kind, {})]
