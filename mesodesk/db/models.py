"""The clinic's tables. Structure and database-level constraints only; rules live in services."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesodesk.db.base import Base, UTCDateTime, utcnow
from mesodesk.domain import enums
from mesodesk.domain.enums import values


def _in(column: str, enum: type) -> str:
    """``column`` is one of the enum's values. Written as ORs: SQLite evaluates a CHECK with an
    IN-list of three or more items through a temporary table on every row (five times slower)."""
    return " OR ".join(f"{column} = '{v}'" for v in values(enum))


class ClinicSettings(Base):
    __tablename__ = "clinic_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("paper_size IN ('A4', 'Letter')", name="paper_size"),
        CheckConstraint("idle_lock_minutes >= 0", name="idle_lock"),
        CheckConstraint(
            "(consent_gate = 'off' OR consent_gate = 'warn' OR consent_gate = 'require') AND "
            "(history_gate = 'off' OR history_gate = 'warn' OR history_gate = 'require') AND "
            "(risk_gate = 'off' OR risk_gate = 'warn' OR risk_gate = 'require')",
            name="gates",
        ),
        CheckConstraint(
            "colleague_amend = 'admin' OR colleague_amend = 'practitioner'", name="colleague_amend"
        ),
        CheckConstraint("history_review_months >= 1", name="history_review_months"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="My clinic")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper_size: Mapped[str] = mapped_column(String(10), nullable=False, default="A4")
    file_no_prefix: Mapped[str] = mapped_column(String(10), nullable=False, default="MD-")
    expiry_warning_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    lockout_threshold: Mapped[int] = mapped_column(Integer, nullable=False, default=5, server_default="5")
    lockout_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=15, server_default="15")
    #: The youngest patient the clinic treats: two-digit birth years resolve so no one is younger.
    min_patient_age: Mapped[int] = mapped_column(Integer, nullable=False, default=18, server_default="18")
    #: The clinic's own identifier-system base URL for FHIR (empty: urn:uuid of ClinicIdentity).
    identifier_system_url: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    # Sign-off gates (issue 12): "off", "warn" (overridable with a reason) or "require" (refused).
    consent_gate: Mapped[str] = mapped_column(String(10), nullable=False, default="require")
    history_gate: Mapped[str] = mapped_column(String(10), nullable=False, default="warn")
    history_review_months: Mapped[int] = mapped_column(Integer, nullable=False, default=12)
    risk_gate: Mapped[str] = mapped_column(String(10), nullable=False, default="warn")
    #: Who may amend a colleague's signed session: "admin" only, or any "practitioner" (with a reason).
    colleague_amend: Mapped[str] = mapped_column(String(20), nullable=False, default="admin")
    #: Keep GPS and other location tags in stored photos (default: removed on import).
    keep_photo_location: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ClinicIdentity(Base):
    """The clinic file's UUID, made once when the database is created and never changed: the root
    of calendar UIDs and FHIR identifiers (never derived from the clinic's name)."""

    __tablename__ = "clinic_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class CalendarPublication(Base):
    """What the last calendar export said about a follow-up, so the next one can cancel it (patient
    archived, moved out of the range) and raise SEQUENCE when it changed."""

    __tablename__ = "calendar_publications"

    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), primary_key=True
    )
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", enums.Role), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Patient(Base):
    __tablename__ = "patients"
    __table_args__ = (
        CheckConstraint(_in("sex", enums.Sex), name="sex"),
        CheckConstraint("fitzpatrick IS NULL OR fitzpatrick BETWEEN 1 AND 6", name="fitzpatrick"),
        CheckConstraint("length(last_name) > 0", name="last_name_not_empty"),
        CheckConstraint("length(file_no) > 0", name="file_no_not_empty"),
        Index("ix_patients_last_first", "last_name", "first_name"),
        Index("ix_patients_dob", "date_of_birth"),
        Index("ix_patients_phone_digits", "phone_digits"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_no: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    date_of_birth: Mapped[date] = mapped_column(Date, nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="U")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    phone_digits: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fitzpatrick: Mapped[int | None] = mapped_column(Integer)
    contraindications: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: Language of the documents handed to the patient (en, fr, it, es, de); None: the clinic's.
    preferred_language: Mapped[str | None] = mapped_column(String(5))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: When the patient joined the clinic, if known (an import from an earlier system carries it);
    #: reports count "new patients" by this, else by the first session.
    registered_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    #: Set when an administrator merged this (duplicate) record into another; the record is archived.
    merged_into_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: erasure never blocked
    __mapper_args__ = {"version_id_col": version}

    allergies: Mapped[list[Allergy]] = relationship(back_populates="patient", cascade="all, delete-orphan")
    history: Mapped[MedicalHistory | None] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )


class MedicalHistory(Base):
    """Risk factors that change how a patient is treated; reviewed_at stamps the last review."""

    __tablename__ = "medical_histories"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    anticoagulants: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    nsaids: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    supplements: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pregnant_or_breastfeeding: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    autoimmune_disease: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    keloid_tendency: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    active_skin_infection: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    medications: Mapped[str] = mapped_column(Text, nullable=False, default="")
    other: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    patient: Mapped[Patient] = relationship(back_populates="history")


class Allergy(Base):
    __tablename__ = "allergies"
    __table_args__ = (
        CheckConstraint(_in("severity", enums.Severity), name="severity"),
        CheckConstraint("length(substance) > 0", name="substance_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    substance: Mapped[str] = mapped_column(String(200), nullable=False)
    reaction: Mapped[str] = mapped_column(Text, nullable=False, default="")
    severity: Mapped[str] = mapped_column(String(20), nullable=False)
    source_reaction_id: Mapped[int | None] = mapped_column(ForeignKey("reactions.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    patient: Mapped[Patient] = relationship(back_populates="allergies")


class ConsentText(Base):
    __tablename__ = "consent_texts"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_consent_texts_code_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)
    version: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    #: The language the text is written in (None: English).
    language: Mapped[str | None] = mapped_column(String(5))


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    consent_text_id: Mapped[int] = mapped_column(ForeignKey("consent_texts.id"), nullable=False)
    risks_discussed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    benefits_discussed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_source: Mapped[str] = mapped_column(String(20), nullable=False, default="drawn")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    manufacturer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active_ingredient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    concentration: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="ml")
    low_stock_threshold: Mapped[float] = mapped_column(Float, nullable=False, default=10.0)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ProductLot(Base):
    __tablename__ = "product_lots"
    __table_args__ = (
        UniqueConstraint("product_id", "lot_number", name="uq_product_lots_product_lot"),
        CheckConstraint("quantity_in_stock >= 0", name="stock_not_negative"),
        CheckConstraint("length(lot_number) > 0", name="lot_not_empty"),
        Index("ix_product_lots_lot_number", "lot_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    lot_number: Mapped[str] = mapped_column(String(80), nullable=False)
    expiry_date: Mapped[date] = mapped_column(Date, nullable=False)
    recalled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recalled_on: Mapped[date | None] = mapped_column(Date)
    recall_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    quantity_in_stock: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    received_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    product: Mapped[Product] = relationship()


class Formula(Base):
    __tablename__ = "formulas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    is_standard: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    ingredients: Mapped[list[FormulaIngredient]] = relationship(
        cascade="all, delete-orphan", order_by="FormulaIngredient.position"
    )


class FormulaIngredient(Base):
    __tablename__ = "formula_ingredients"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    formula_id: Mapped[int] = mapped_column(
        ForeignKey("formulas.id", ondelete="CASCADE"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="ml")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    product: Mapped[Product] = relationship()


class Protocol(Base):
    """A named, reusable treatment and the plan that follows it."""

    __tablename__ = "protocols"
    __table_args__ = (
        CheckConstraint("depth_mm > 0 AND depth_mm <= 15", name="depth"),
        CheckConstraint("course_sessions >= 1", name="course_sessions"),
        CheckConstraint("course_interval_days >= 1", name="course_interval"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    indication: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    areas: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    technique: Mapped[str] = mapped_column(String(20), nullable=False, default="papules")
    device: Mapped[str] = mapped_column(String(20), nullable=False, default="syringe")
    needle_gauge: Mapped[int] = mapped_column(Integer, nullable=False, default=32)
    needle_length_mm: Mapped[float] = mapped_column(Float, nullable=False, default=4.0)
    depth_mm: Mapped[float] = mapped_column(Float, nullable=False, default=2.0)
    points_per_area: Mapped[int] = mapped_column(Integer, nullable=False, default=20)
    volume_ml_per_area: Mapped[float] = mapped_column(Float, nullable=False, default=2.0)
    formula_id: Mapped[int | None] = mapped_column(ForeignKey("formulas.id"))
    course_sessions: Mapped[int] = mapped_column(Integer, nullable=False, default=6)
    course_interval_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    check_call_hours: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class TreatmentPlan(Base):
    __tablename__ = "treatment_plans"
    __table_args__ = (
        CheckConstraint("course_sessions >= 1", name="course_sessions"),
        CheckConstraint("course_interval_days >= 1", name="course_interval"),
        CheckConstraint(
            "maintenance_interval_days IS NULL OR maintenance_interval_days >= 1", name="maintenance"
        ),
        CheckConstraint("check_call_hours IS NULL OR check_call_hours >= 1", name="check_call"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocols.id"))
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    course_sessions: Mapped[int] = mapped_column(Integer, nullable=False)
    course_interval_days: Mapped[int] = mapped_column(Integer, nullable=False)
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    check_call_hours: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class TreatmentSession(Base):
    __tablename__ = "treatment_sessions"
    __table_args__ = (
        CheckConstraint(_in("status", enums.SessionStatus), name="status"),
        Index("ix_treatment_sessions_patient_performed", "patient_id", "performed_at"),
        Index("ix_treatment_sessions_performed", "performed_at"),
        # a plan's sessions in order, with what filters them (the outcomes report reads only this)
        Index("ix_treatment_sessions_plan_course", "plan_id", "performed_at", "status", "archived"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    indications: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_plans.id", ondelete="SET NULL"))
    protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocols.id"))
    formula_id: Mapped[int | None] = mapped_column(ForeignKey("formulas.id"))
    formula_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    formula_is_custom: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    anaesthesia: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    immediate_reactions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_off_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    #: Why the sign-off went ahead despite its warnings (consent, history, risks, allergies).
    override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: The anaesthetic, when chosen from the catalogue (its lot); ``anaesthesia`` keeps the text.
    anaesthesia_lot_id: Mapped[int | None] = mapped_column(
        Integer
    )  # a product_lots id (checked by the service)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    areas: Mapped[list[SessionArea]] = relationship(
        cascade="all, delete-orphan", order_by="SessionArea.position"
    )
    products: Mapped[list[SessionProduct]] = relationship(
        cascade="all, delete-orphan", order_by="SessionProduct.id"
    )
    marks: Mapped[list[InjectionMark]] = relationship(
        cascade="all, delete-orphan", order_by="InjectionMark.position"
    )


class SessionArea(Base):
    __tablename__ = "session_areas"
    __table_args__ = (
        CheckConstraint("depth_mm > 0 AND depth_mm <= 15", name="depth"),
        CheckConstraint("injection_points >= 0", name="points_not_negative"),
        CheckConstraint("volume_ml >= 0", name="volume_not_negative"),
        CheckConstraint("needle_gauge IS NULL OR needle_gauge BETWEEN 18 AND 34", name="gauge"),
        CheckConstraint("needle_length_mm IS NULL OR needle_length_mm > 0", name="needle_length"),
        CheckConstraint(_in("technique", enums.Technique), name="technique"),
        CheckConstraint(_in("device", enums.Device), name="device"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    area: Mapped[str] = mapped_column(String(40), nullable=False)
    technique: Mapped[str] = mapped_column(String(20), nullable=False)
    device: Mapped[str] = mapped_column(String(20), nullable=False, default="syringe")
    needle_gauge: Mapped[int | None] = mapped_column(Integer)
    needle_length_mm: Mapped[float | None] = mapped_column(Float)
    depth_mm: Mapped[float] = mapped_column(Float, nullable=False)
    injection_points: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    volume_ml: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SessionProduct(Base):
    """One ingredient product's lot used in a session (a mix has one row per ingredient)."""

    __tablename__ = "session_products"
    __table_args__ = (CheckConstraint("volume_ml >= 0", name="volume_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    lot_id: Mapped[int] = mapped_column(ForeignKey("product_lots.id"), nullable=False, index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False, index=True)
    volume_ml: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)

    lot: Mapped[ProductLot] = relationship()
    product: Mapped[Product] = relationship()


class InjectionMark(Base):
    """A point (or zone) placed on a diagram; x and y are 0..1 from the top-left."""

    __tablename__ = "injection_marks"
    __table_args__ = (
        CheckConstraint("x >= 0 AND x <= 1 AND y >= 0 AND y <= 1", name="inside"),
        CheckConstraint(_in("kind", enums.MarkKind), name="kind"),
        CheckConstraint("depth_mm IS NULL OR (depth_mm > 0 AND depth_mm <= 15)", name="depth"),
        CheckConstraint("volume_ml IS NULL OR volume_ml >= 0", name="volume"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    diagram: Mapped[str] = mapped_column(String(40), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="point")
    x: Mapped[float] = mapped_column(Float, nullable=False)
    y: Mapped[float] = mapped_column(Float, nullable=False)
    radius: Mapped[float | None] = mapped_column(Float)
    depth_mm: Mapped[float | None] = mapped_column(Float)
    volume_ml: Mapped[float | None] = mapped_column(Float)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SessionAmendment(Base):
    __tablename__ = "session_amendments"
    __table_args__ = (CheckConstraint("length(reason) > 0", name="reason_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    amended_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    before_json: Mapped[str] = mapped_column(Text, nullable=False)
    after_json: Mapped[str] = mapped_column(Text, nullable=False)


class Reaction(Base):
    __tablename__ = "reactions"
    __table_args__ = (
        CheckConstraint(_in("type", enums.ReactionType), name="type"),
        CheckConstraint(_in("severity", enums.Grade), name="severity"),
        Index("ix_reactions_onset", "onset_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    type: Mapped[str] = mapped_column(String(20), nullable=False)
    area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    onset_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    severity: Mapped[str] = mapped_column(String(10), nullable=False, default="mild")
    action_taken: Mapped[str] = mapped_column(Text, nullable=False, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    assessments: Mapped[list[ReactionAssessment]] = relationship(
        cascade="all, delete-orphan", order_by="ReactionAssessment.day"
    )


class ReactionAssessment(Base):
    __tablename__ = "reaction_assessments"
    __table_args__ = (
        CheckConstraint(_in("grade", enums.Grade), name="grade"),
        CheckConstraint("day >= 0", name="day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reaction_id: Mapped[int] = mapped_column(
        ForeignKey("reactions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    day: Mapped[int] = mapped_column(Integer, nullable=False)
    symptom: Mapped[str] = mapped_column(String(20), nullable=False)
    grade: Mapped[str] = mapped_column(String(10), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FollowUp(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        CheckConstraint(_in("kind", enums.FollowUpKind), name="kind"),
        CheckConstraint(_in("status", enums.FollowUpStatus), name="status"),
        Index("ix_follow_ups_status_due", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_plans.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ContactAttempt(Base):
    __tablename__ = "contact_attempts"
    __table_args__ = (CheckConstraint(_in("outcome", enums.ContactOutcome), name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Photo(Base):
    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint(_in("kind", enums.PhotoKind), name="kind"),
        CheckConstraint("size_bytes >= 0", name="size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    reaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("reactions.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    taken_on: Mapped[date] = mapped_column(Date, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    mime_type: Mapped[str] = mapped_column(String(50), nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    thumbnail_png: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    caption: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    include_in_print: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained record of every change and every chart opening."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    payload_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    redacted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class OutcomeDefinition(Base):
    """A clinic's own scale or numeric measure (the built-ins live in domain/scales.py)."""

    __tablename__ = "outcome_definitions"
    __table_args__ = (
        CheckConstraint("kind = 'scale' OR kind = 'measure'", name="kind"),
        CheckConstraint("length(code) > 0", name="code_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    definition_json: Mapped[str] = mapped_column(Text, nullable=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class Measurement(Base):
    """One number taken at a visit (weight, a circumference at a described site, a device reading)."""

    __tablename__ = "measurements"
    __table_args__ = (
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        Index("ix_measurements_patient_day", "patient_id", "measured_on"),
        Index("ix_measurements_code_day", "code", "measured_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False)
    site: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class OutcomeAssessment(Base):
    """A scale scored at a visit: each item's score and the total (kept as a number for queries)."""

    __tablename__ = "outcome_assessments"
    __table_args__ = (
        CheckConstraint("length(scale_code) > 0", name="scale_not_empty"),
        Index("ix_outcome_assessments_patient_day", "patient_id", "assessed_on"),
        Index("ix_outcome_assessments_scale_day", "scale_code", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    scale_code: Mapped[str] = mapped_column(String(40), nullable=False)
    scores_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    total: Mapped[float] = mapped_column(Float, nullable=False)
    area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    photos: Mapped[list[AssessmentPhoto]] = relationship(cascade="all, delete-orphan")


class AssessmentPhoto(Base):
    """A photo that documents an assessment (before/after pairs show their scores)."""

    __tablename__ = "outcome_assessment_photos"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class IdCounter(Base):
    """The highest id ever given per table (and the last file number): ids are never given twice."""

    __tablename__ = "id_counters"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


class TrustState(Base):
    """The clinic's id (naming its audit key, kept outside the database) and the last unkeyed audit entry."""

    __tablename__ = "trust_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[str] = mapped_column(String(36), nullable=False)
    legacy_last_audit_id: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class AuditSecret(Base):
    """PostgreSQL only: the clinic's audit key, server side (REVOKE ALL FROM PUBLIC). Empty on SQLite."""

    __tablename__ = "audit_secret"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(128), nullable=False)


class Seal(Base):
    """An HMAC, with the clinic's key, over what was signed: a signed session, a consent, a photo."""

    __tablename__ = "seals"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal: Mapped[str] = mapped_column(String(64), nullable=False)


class SignInFailure(Base):
    """Failed sign-ins with a user name that has no account: slowed down and locked out like an account."""

    __tablename__ = "sign_in_failures"

    username: Mapped[str] = mapped_column(String(80), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
