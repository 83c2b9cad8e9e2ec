"""What treatments achieved: clinic-defined outcome definitions, measurements, scale assessments and the photos they are linked to."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesodesk.db.base import Base, UTCDateTime, utcnow


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
