"""The care given: plans, sessions with their areas, products and injection marks, amendments, reactions and their assessments, follow-ups and contact attempts."""

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
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesodesk.db.base import Base, UTCDateTime, utcnow
from mesodesk.db.schema.catalogue import Product, ProductLot
from mesodesk.db.schema.common import check_in
from mesodesk.domain import enums


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
        CheckConstraint(check_in("status", enums.SessionStatus), name="status"),
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
        CheckConstraint(check_in("technique", enums.Technique), name="technique"),
        CheckConstraint(check_in("device", enums.Device), name="device"),
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
        CheckConstraint(check_in("kind", enums.MarkKind), name="kind"),
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
        CheckConstraint(check_in("type", enums.ReactionType), name="type"),
        CheckConstraint(check_in("severity", enums.Grade), name="severity"),
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
        CheckConstraint(check_in("grade", enums.Grade), name="grade"),
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
        CheckConstraint(check_in("kind", enums.FollowUpKind), name="kind"),
        CheckConstraint(check_in("status", enums.FollowUpStatus), name="status"),
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
    __table_args__ = (CheckConstraint(check_in("outcome", enums.ContactOutcome), name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
