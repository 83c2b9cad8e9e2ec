"""Duplicate patients: likely matches at creation, edit and import, and the administrator's merge.

A record is a likely duplicate of the one being typed when it has the same date of birth and a similar
name (accents, case, hyphens, apostrophes and spaces ignored, first and last names possibly swapped, one
typing slip allowed), or the same phone number or e-mail address. Merged records (``merged_into_id``)
are never offered again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from mesodesk.db.dml import changed_rows
from mesodesk.db.models import (
    Allergy,
    Consent,
    FollowUp,
    MedicalHistory,
    Patient,
    Photo,
    Reaction,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain.errors import KnownError
from mesodesk.domain.rules import digits, fold
from mesodesk.i18n import N_
from mesodesk.services.risks import RISK_LABELS

#: Why a record was offered as a likely duplicate (stable ids; the GUI translates them).
SAME_BIRTH_AND_NAME = "same_birth_and_name"
SAME_PHONE = "same_phone"
SAME_EMAIL = "same_email"

REASON_TEXT = {
    SAME_BIRTH_AND_NAME: "same date of birth and a similar name",
    SAME_PHONE: "same phone number",
    SAME_EMAIL: "same e-mail address",
}

_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)
MIN_PHONE_DIGITS = 6


@dataclass
class DuplicateMatch:
    """A record on file that may be the patient being typed, with what a practitioner must know about it."""

    patient_id: int
    file_no: str
    first_name: str
    last_name: str
    date_of_birth: date
    phone: str
    email: str
    archived: bool
    reasons: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)

    @property
    def reason_text(self) -> str:
        return ", ".join(REASON_TEXT[r] for r in self.reasons)


class PossibleDuplicateError(KnownError):
    """Creating (or changing) this patient would likely duplicate records on file.

    Open one of ``matches``, or save again with a reason (``duplicate_reason``), which is audited.
    """

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        names = "; ".join(f"{m.first_name} {m.last_name} ({m.file_no})" for m in matches[:5])
        super().__init__(
            N_(
                "This patient may already be on file: {names}. Open the existing record, or give a reason "
                "to create a new one."
            ),
            names=names,
        )
        self.matches = matches


def name_words(first: str, last: str) -> list[str]:
    return [w for w in _SEPARATORS.split(fold(f"{first} {last}")) if w]


def _squash(text: str) -> str:
    return _SEPARATORS.sub("", fold(text))


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def names_similar(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """'Aoife Kowalczyk' ~ 'KOWALCZYK Aoife' ~ 'Aoife Kowalcyzk' ~ 'Aóife Kowal-czyk'; 'Anna Kowalczyk' is not."""
    a_forms = {_squash(first_a) + _squash(last_a), _squash(last_a) + _squash(first_a)}
    a_forms.add("".join(sorted(name_words(first_a, last_a))))
    b_forms = {_squash(first_b) + _squash(last_b), "".join(sorted(name_words(first_b, last_b)))}
    if a_forms & b_forms:
        return True
    if any(ch.isdigit() for ch in f"{first_a}{last_a}{first_b}{last_b}"):
        return False  # numbered names (test or placeholder records): only an exact match counts
    for a in a_forms:
        for b in b_forms:
            limit = 1 if min(len(a), len(b)) < 12 else 2
            if _distance(a, b, limit) <= limit:
                return True
    return False


def _phone_key(text: str) -> str:
    """The last nine digits: '+33 6 12 34 56 78' and '06 12 34 56 78' are one number."""
    d = digits(text)
    return d[-9:] if len(d) >= MIN_PHONE_DIGITS else ""


def likely_duplicates(
    s: Session,
    *,
    first_name: str,
    last_name: str,
    date_of_birth: date | None,
    phone: str = "",
    email: str = "",
    exclude_id: int | None = None,
    with_alerts: bool = True,
    limit: int = 10,
) -> list[DuplicateMatch]:
    """Records on file that are likely the same person (callable inside any service's transaction,
    e.g. the CSV import). ``with_alerts`` adds each match's allergies and risks (clinical users only)."""
    conditions = []
    if date_of_birth is not None:
        conditions.append(Patient.date_of_birth == date_of_birth)
    phone_key = _phone_key(phone)
    if phone_key:
        conditions.append(Patient.phone_digits.like(f"%{phone_key}"))
    email_key = email.strip().lower()
    if email_key:
        conditions.append(func.lower(Patient.email) == email_key)
    if not conditions:
        return []
    query = select(Patient).where(or_(*conditions), Patient.merged_into_id.is_(None)).limit(500)
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    matches: list[DuplicateMatch] = []
    for p in s.scalars(query):
        reasons = []
        if (
            date_of_birth is not None
            and p.date_of_birth == date_of_birth
            and names_similar(first_name, last_name, p.first_name, p.last_name)
        ):
            reasons.append(SAME_BIRTH_AND_NAME)
        if phone_key and _phone_key(p.phone_digits) == phone_key:
            reasons.append(SAME_PHONE)
        if email_key and p.email.strip().lower() == email_key:
            reasons.append(SAME_EMAIL)
        if reasons:
            matches.append(
                DuplicateMatch(
                    p.id,
                    p.file_no,
                    p.first_name,
                    p.last_name,
                    p.date_of_birth,
                    p.phone,
                    p.email,
                    p.archived,
                    reasons,
                )
            )
    matches.sort(
        key=lambda m: (-len(m.reasons), m.reasons[0] != SAME_BIRTH_AND_NAME, m.archived, m.patient_id)
    )
    matches = matches[:limit]
    if with_alerts:
        for m in matches:
            m.alerts = _alerts(s, m.patient_id)
    return matches


def _alerts(s: Session, patient_id: int) -> list[str]:
    alerts = [
        f"Allergy: {a.substance} ({a.severity.replace('_', ' ')})"
        for a in s.scalars(select(Allergy).where(Allergy.patient_id == patient_id).order_by(Allergy.id))
    ]
    history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == patient_id))
    if history is not None:
        alerts += [label for key, label in RISK_LABELS.items() if getattr(history, key)]
    return alerts


#: What moves from the merged record to the kept one: (model, patient column).
MOVED = (
    (TreatmentSession, TreatmentSession.patient_id),
    (Consent, Consent.patient_id),
    (Photo, Photo.patient_id),
    (Allergy, Allergy.patient_id),
    (Reaction, Reaction.patient_id),
    (TreatmentPlan, TreatmentPlan.patient_id),
    (FollowUp, FollowUp.patient_id),
)


def move_records(s: Session, from_id: int, to_id: int) -> dict[str, int]:
    """Re-point every clinical record of ``from_id`` to ``to_id``; returns how many of each moved."""
    moved: dict[str, int] = {}
    for model, column in MOVED:
        result = s.execute(
            update(model)
            .where(column == from_id)
            .values({column.key: to_id})
            .execution_options(synchronize_session=False)
        )
        moved[model.__tablename__] = changed_rows(result) or 0
    return moved
