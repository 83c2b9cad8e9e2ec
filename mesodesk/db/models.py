"""The clinic's tables. Structure and database-level constraints only; rules live in services.

The tables are defined in mesodesk.db.schema (clinic, people, catalogue, care, outcomes, trust);
importing this module registers all of them on ``Base.metadata`` and gives every model by name.
"""

from __future__ import annotations

from mesodesk.db.base import Base, UTCDateTime, utcnow  # noqa: F401 - re-exported
from mesodesk.db.schema.care import (  # noqa: F401 - re-exported
    ContactAttempt,
    FollowUp,
    InjectionMark,
    Reaction,
    ReactionAssessment,
    SessionAmendment,
    SessionArea,
    SessionProduct,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.db.schema.catalogue import (  # noqa: F401 - re-exported
    Formula,
    FormulaIngredient,
    Product,
    ProductLot,
    Protocol,
)
from mesodesk.db.schema.clinic import (  # noqa: F401 - re-exported
    CalendarPublication,
    ClinicIdentity,
    ClinicSettings,
    User,
)
from mesodesk.db.schema.outcomes import (  # noqa: F401 - re-exported
    AssessmentPhoto,
    Measurement,
    OutcomeAssessment,
    OutcomeDefinition,
)
from mesodesk.db.schema.people import (  # noqa: F401 - re-exported
    Allergy,
    Consent,
    ConsentText,
    MedicalHistory,
    Patient,
    Photo,
)
from mesodesk.db.schema.trust import (  # noqa: F401 - re-exported
    AuditEntry,
    AuditSecret,
    IdCounter,
    Seal,
    SignInFailure,
    TrustState,
)

__all__ = [
    "ClinicSettings",
    "ClinicIdentity",
    "CalendarPublication",
    "User",
    "Patient",
    "MedicalHistory",
    "Allergy",
    "ConsentText",
    "Consent",
    "Product",
    "ProductLot",
    "Formula",
    "FormulaIngredient",
    "Protocol",
    "TreatmentPlan",
    "TreatmentSession",
    "SessionArea",
    "SessionProduct",
    "InjectionMark",
    "SessionAmendment",
    "Reaction",
    "ReactionAssessment",
    "FollowUp",
    "ContactAttempt",
    "Photo",
    "AuditEntry",
    "OutcomeDefinition",
    "Measurement",
    "OutcomeAssessment",
    "AssessmentPhoto",
    "IdCounter",
    "TrustState",
    "AuditSecret",
    "Seal",
    "SignInFailure",
]
