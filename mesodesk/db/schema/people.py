"""Patients and what is on file about them: medical history, allergies, consents and their texts, photos."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
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
from mesodesk.db.schema.common import check_in
from mesodesk.domain import enums


class Patient(Base):
    __tablename__ = "patients"
    __table_args__ = (
        CheckConstraint(check_in("sex", enums.Sex), name="sex"),
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
        CheckConstraint(check_in("severity", enums.Severity), name="severity"),
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


class Photo(Base):
    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint(check_in("kind", enums.PhotoKind), name="kind"),
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
