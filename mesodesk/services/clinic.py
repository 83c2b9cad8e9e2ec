"""Clinic details used on every printout, and the versioned consent texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mesodesk.db.models import ClinicSettings, Consent, ConsentText, Patient, User
from mesodesk.domain.errors import ConflictError, NotFoundError, ValidationError
from mesodesk.domain.rules import MAX_IDLE_LOCK_MINUTES, MAX_REVIEW_MONTHS, MAX_SETTING_DAYS
from mesodesk.i18n import LANGUAGES
from mesodesk.services import audit, signing, validation
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.signoff import GATE_LEVELS


@dataclass
class ClinicInput:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    paper_size: str = "A4"
    logo_png: bytes | None = None
    file_no_prefix: str = "MD-"
    expiry_warning_days: int = 30
    idle_lock_minutes: int = 10
    #: None leaves the stored value as it is (a dialog that does not show these fields keeps them)
    min_patient_age: int | None = None
    identifier_system_url: str | None = None
    # Sign-off gates: "off", "warn" (overridable with a reason) or "require" (issue 12); None keeps
    # the stored value, like the fields above.
    consent_gate: str | None = None
    history_gate: str | None = None
    history_review_months: int | None = None
    risk_gate: str | None = None
    colleague_amend: str | None = (
        None  # "admin" or "practitioner": who may amend a colleague's signed session
    )
    keep_photo_location: bool | None = None  # keep GPS and other location tags in stored photos
    lockout_threshold: int | None = None  # failed sign-ins in a row before a name is locked (0: never)
    lockout_minutes: int | None = None


@dataclass
class ConsentInput:
    patient_id: int
    consent_text_id: int
    practitioner_id: int
    signed_at: datetime
    risks_discussed: str = ""
    benefits_discussed: str = ""
    signature_png: bytes | None = None
    signature_source: str = "drawn"


class ClinicService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def settings(self) -> ClinicSettings:
        with self.ctx.read() as s:
            found = s.get(ClinicSettings, 1)
            return (
                found
                if found is not None
                else ClinicSettings(
                    id=1,
                    name="My clinic",
                    address="",
                    phone="",
                    email="",
                    paper_size="A4",
                    file_no_prefix="MD-",
                    expiry_warning_days=30,
                    idle_lock_minutes=10,
                    consent_gate="require",
                    history_gate="warn",
                    history_review_months=12,
                    risk_gate="warn",
                    colleague_amend="admin",
                    keep_photo_location=False,
                    version=0,
                )
            )

    def save_settings(self, data: ClinicInput, expected_version: int | None = None) -> ClinicSettings:
        self.ctx.require(Permission.ADMIN)
        v = validation
        v.instance("settings", data, ClinicInput)
        name = v.required_text("name", data.name, max_length=200)
        address = v.optional_text("address", data.address, max_length=1000)
        phone = v.optional_text("phone", data.phone, max_length=50)
        email = v.optional_text("email", data.email, max_length=200)
        v.choice("paper_size", data.paper_size, ["A4", "Letter"])
        logo = v.binary("logo_png", data.logo_png)
        v.whole("idle_lock_minutes", data.idle_lock_minutes, low=0, high=MAX_IDLE_LOCK_MINUTES)
        v.whole("expiry_warning_days", data.expiry_warning_days, low=0, high=MAX_SETTING_DAYS)
        prefix = v.optional_text("file_no_prefix", data.file_no_prefix, max_length=10)
        for gate in ("consent_gate", "history_gate", "risk_gate"):
            if getattr(data, gate) is not None:
                v.choice(gate, getattr(data, gate), list(GATE_LEVELS))
        v.at_least("history_review_months", data.history_review_months, 1, high=MAX_REVIEW_MONTHS)
        if data.colleague_amend is not None:
            v.choice("colleague_amend", data.colleague_amend, ["admin", "practitioner"])
        if data.keep_photo_location is not None:
            v.flag("keep_photo_location", data.keep_photo_location)
        v.whole("lockout_threshold", data.lockout_threshold, required=False)
        v.whole("lockout_minutes", data.lockout_minutes, required=False)
        v.whole("min_patient_age", data.min_patient_age, required=False)
        with self.ctx.write() as s:
            row = s.get(ClinicSettings, 1)
            before = audit.snapshot(row) if row else None
            if row is None:
                row = ClinicSettings(id=1)
                s.add(row)
            elif expected_version is not None and row.version != expected_version:
                raise ConflictError("The clinic settings were changed by someone else. Reload them.")
            row.name = name
            row.address, row.phone, row.email = address, phone, email
            row.paper_size = data.paper_size
            row.logo_png = logo
            row.file_no_prefix = prefix
            row.expiry_warning_days = data.expiry_warning_days
            row.idle_lock_minutes = data.idle_lock_minutes
            if data.lockout_threshold is not None:
                validation.at_least("lockout_threshold", data.lockout_threshold, 0)
                if data.lockout_threshold > 100:
                    raise ValidationError("lockout_threshold", "is over 100")
                row.lockout_threshold = data.lockout_threshold
            if data.lockout_minutes is not None:
                validation.at_least("lockout_minutes", data.lockout_minutes, 1)
                if data.lockout_minutes > 24 * 60:
                    raise ValidationError("lockout_minutes", "is over a day")
                row.lockout_minutes = data.lockout_minutes
            if data.min_patient_age is not None:
                validation.at_least("min_patient_age", data.min_patient_age, 0)
                if data.min_patient_age > 100:
                    raise ValidationError("min_patient_age", "is over 100")
                row.min_patient_age = data.min_patient_age
            if data.identifier_system_url is not None:
                url = validation.optional_text(
                    "identifier_system_url", data.identifier_system_url, max_length=200
                )
                if url and not re.match(r"^(https?://[^\s/]+\S*|urn:(oid|uuid):\S+)$", url):
                    raise ValidationError(
                        "identifier_system_url",
                        "must be an http(s) URL or a urn:oid: / urn:uuid: the clinic owns",
                    )
                row.identifier_system_url = url
            for name in (
                "consent_gate",
                "history_gate",
                "history_review_months",
                "risk_gate",
                "colleague_amend",
                "keep_photo_location",
            ):
                if getattr(data, name) is not None:
                    setattr(row, name, getattr(data, name))
            s.flush()
            audit.record(s, self.ctx, "clinic_settings", 1, "update", before, audit.snapshot(row))
        return row

    # -- consent texts -------------------------------------------------------
    def add_consent_text(
        self, code: str, version: str, title: str, body: str, language: str | None = None
    ) -> ConsentText:
        """A new consent text (never edited afterwards); `language` is the language it is written in."""
        self.ctx.require(Permission.ADMIN)
        if language is not None:
            language = validation.optional_text("language", language, max_length=10) or None
        text = ConsentText(
            code=validation.required_text("code", code, max_length=50),
            version=validation.required_text("version", version, max_length=20),
            title=validation.required_text("title", title, max_length=200),
            body=validation.required_text("body", body, max_length=100_000),
            created_at=self.ctx.now(),
            language=validation.choice("language", language, list(LANGUAGES)) if language else None,
        )
        with self.ctx.write() as s:
            if s.scalar(
                select(ConsentText.id).where(
                    ConsentText.code == text.code, ConsentText.version == text.version
                )
            ):
                raise ValidationError(
                    "version",
                    "version {version} of {code} already exists; texts are never edited",
                    version=version,
                    code=code,
                )
            s.add(text)
            s.flush()
            audit.record(s, self.ctx, "consent_text", text.id, "create", None, audit.snapshot(text))
        return text

    def consent_texts(self) -> list[ConsentText]:
        with self.ctx.read() as s:
            return list(s.scalars(select(ConsentText).order_by(ConsentText.code, ConsentText.id.desc())))

    def record_consent(self, data: ConsentInput) -> Consent:

        self.ctx.require(Permission.CLINICAL_WRITE)
        v = validation
        v.instance("consent", data, ConsentInput)
        v.record_id("patient", data.patient_id)
        v.record_id("consent_text", data.consent_text_id)
        v.record_id("practitioner", data.practitioner_id)
        v.past_moment("signed_at", data.signed_at, self.ctx.now())
        if not v.binary("signature", data.signature_png):
            raise ValidationError("signature", "the patient's signature is required")
        v.choice("signature_source", data.signature_source, ["drawn", "scanned"])
        risks = v.optional_text("risks_discussed", data.risks_discussed)
        benefits = v.optional_text("benefits_discussed", data.benefits_discussed)
        with self.ctx.write() as s:
            if s.get(Patient, data.patient_id) is None:
                raise ValidationError("patient", "unknown patient")
            text = s.get(ConsentText, data.consent_text_id)
            if text is None:
                raise ValidationError("consent_text", "unknown consent text")
            if s.get(User, data.practitioner_id) is None:
                raise ValidationError("practitioner", "unknown practitioner")
            consent = Consent(
                patient_id=data.patient_id,
                consent_text_id=text.id,
                practitioner_id=data.practitioner_id,
                signed_at=data.signed_at,
                risks_discussed=risks,
                benefits_discussed=benefits,
                signature_png=data.signature_png,
                signature_source=data.signature_source,
                created_at=self.ctx.now(),
            )
            s.add(consent)
            s.flush()
            consent.content_hash = signing.consent_hash(consent)
            signing.seal_consent(s, consent)
            audit.record(s, self.ctx, "consent", consent.id, "create", None, audit.snapshot(consent))
        return consent

    def consent(self, consent_id: int) -> tuple[Consent, ConsentText]:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError("No consent with id {consent_id}.", consent_id=consent_id)
            text = s.get(ConsentText, consent.consent_text_id)
            assert text is not None
            return consent, text
