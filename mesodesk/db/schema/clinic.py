"""The clinic itself: its settings and identity, the calendar feed it publishes, its user accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mesodesk.db.base import Base, UTCDateTime, utcnow
from mesodesk.db.schema.common import check_in
from mesodesk.domain import enums


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
    __table_args__ = (CheckConstraint(check_in("role", enums.Role), name="role"),)

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
