"""Vocabulary shared by every layer: plain str enums, stored by value."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class Role(StrEnum):
    ADMIN = "admin"
    PRACTITIONER = "practitioner"
    ASSISTANT = "assistant"


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    LIFE_THREATENING = "life_threatening"


class Grade(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Technique(StrEnum):
    NAPPAGE = "nappage"
    PAPULES = "papules"
    LINEAR = "linear"
    POINT = "point_by_point"


class Device(StrEnum):
    SYRINGE = "syringe"
    INJECTOR_GUN = "injector_gun"
    MULTI_INJECTOR = "multi_injector"


class Area(StrEnum):
    FOREHEAD = "forehead"
    PERIORBITAL = "periorbital"
    CHEEKS = "cheeks"
    NASOLABIAL = "nasolabial"
    PERIORAL = "perioral"
    JAWLINE = "jawline"
    FULL_FACE = "full_face"
    NECK = "neck"
    DECOLLETE = "decollete"
    HANDS = "hands"
    SCALP = "scalp"
    ABDOMEN = "abdomen"
    FLANKS = "flanks"
    THIGHS = "thighs"
    BUTTOCKS = "buttocks"
    ARMS = "arms"
    KNEES = "knees"
    OTHER = "other"


class ReactionType(StrEnum):
    BRUISING = "bruising"
    SWELLING = "swelling"
    REDNESS = "redness"
    PAIN = "pain"
    ITCHING = "itching"
    HIVES = "hives"
    NODULES = "nodules"
    TELANGIECTASIA = "telangiectasia"
    INFECTION = "infection"
    NAUSEA = "nausea"
    ANAPHYLAXIS = "anaphylaxis"
    OTHER = "other"


#: Reaction types that are allergic in nature; a severe one offers an allergy entry.
ALLERGIC_REACTIONS = frozenset({ReactionType.HIVES, ReactionType.ITCHING, ReactionType.ANAPHYLAXIS})


class SessionStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    VOID = "void"


class FollowUpKind(StrEnum):
    COURSE = "course"
    MAINTENANCE = "maintenance"
    CHECK_CALL = "check_call"
    REVIEW = "review"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ContactOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    MESSAGE_LEFT = "message_left"


class PhotoKind(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    REACTION = "reaction"
    PROFILE = "profile"
    OTHER = "other"


class MarkKind(StrEnum):
    POINT = "point"
    ZONE = "zone"


def values(enum: type[StrEnum]) -> list[str]:
    """The stored values of an enum, in declaration order."""
    return [member.value for member in enum]
