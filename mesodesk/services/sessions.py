"""Treatment sessions: record, edit a draft, sign off, amend a signed session with a reason."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from mesodesk.db.models import (
    Allergy,
    ClinicSettings,
    InjectionMark,
    Patient,
    Product,
    ProductLot,
    SessionAmendment,
    SessionArea,
    SessionProduct,
    TreatmentSession,
    User,
)
from mesodesk.domain import enums
from mesodesk.domain.errors import LockedRecordError, NotFoundError, PermissionDeniedError, ValidationError
from mesodesk.i18n import _, format_date
from mesodesk.services import audit, followups, signing, validation
from mesodesk.services.catalogue import lot_problem, lot_warnings
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.signing import content_hash
from mesodesk.services.signoff import (
    Gate,
    SignOffBlockedError,
    SignOffWarningError,
    allergy_messages_for_product,
    override_text,
    session_allergy_warnings,
    signoff_gates,
)

__all__ = ["Gate", "SignOffBlockedError", "SignOffWarningError"]
from mesodesk.services.session_input import (  # noqa: F401 - re-exported
    AreaInput,
    MarkInput,
    ProductUse,
    SaveResult,
    SessionInput,
    validate_shape,
)


def content_snapshot(ts: TreatmentSession) -> dict:
    """Everything clinical about a session as plain data, for amendments and the audit trail."""
    data = audit.snapshot(ts)
    data["areas"] = [audit.snapshot(a) for a in ts.areas]
    data["products"] = [audit.snapshot(p) for p in ts.products]
    data["marks"] = [audit.snapshot(m) for m in ts.marks]
    return data


def _load(s: Session, session_id: int) -> TreatmentSession:
    validation.record_id("session_id", session_id)
    ts = s.scalar(
        select(TreatmentSession)
        .where(TreatmentSession.id == session_id)
        .options(
            selectinload(TreatmentSession.areas),
            selectinload(TreatmentSession.products).selectinload(SessionProduct.lot),
            selectinload(TreatmentSession.products).selectinload(SessionProduct.product),
            selectinload(TreatmentSession.marks),
        )
    )
    if ts is None:
        raise NotFoundError("No session with id {session_id}.", session_id=session_id)
    return ts


class SessionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- checks --------------------------------------------------------------
    def check(self, data: SessionInput) -> list[str]:
        """Validate without saving: raises ValidationError, or returns the warnings to show."""
        data, warnings = validate_shape(data, self.ctx.now())
        with self.ctx.read() as s:
            warnings += self._check_db(s, data)
        return warnings

    def _check_db(self, s: Session, data: SessionInput) -> list[str]:
        patient = s.get(Patient, data.patient_id)
        if patient is None:
            raise ValidationError("patient", "unknown patient")
        if patient.archived:
            raise ValidationError("patient", "this patient is archived; restore the record first")
        if data.performed_at.astimezone().date() < patient.date_of_birth:
            raise ValidationError("performed_at", "is before the patient's date of birth")
        practitioner = s.get(User, data.practitioner_id)
        if practitioner is None or not practitioner.is_active:
            raise ValidationError("practitioner", "unknown or inactive user")
        if practitioner.role == enums.Role.ASSISTANT:
            raise ValidationError("practitioner", "an assistant cannot be the treating practitioner")
        day = data.performed_at.astimezone().date()
        warn_days = s.scalar(select(ClinicSettings.expiry_warning_days).where(ClinicSettings.id == 1)) or 30
        warnings: list[str] = []
        for i, use in enumerate(data.products):
            lot = s.get(ProductLot, use.lot_id)
            if lot is None:
                raise ValidationError(f"products[{i}].lot", "unknown lot")
            if (problem := lot_problem(lot, day)) is not None:
                raise ValidationError(f"products[{i}].lot", "refused: {problem}", problem=problem)
            if lot.received_on is not None and lot.received_on > day:
                raise ValidationError(
                    f"products[{i}].lot",
                    "lot {lot_number} was received on {date}, after this session",
                    lot_number=lot.lot_number,
                    date=format_date(lot.received_on, "short"),
                )
            product = s.get(Product, lot.product_id)
            assert product is not None
            warnings += lot_warnings(lot, product, day, warn_days, use.volume_ml)
        if data.anaesthesia_lot_id is not None:
            lot = s.get(ProductLot, data.anaesthesia_lot_id)
            if lot is None:
                raise ValidationError("anaesthesia", "unknown lot")
            if (problem := lot_problem(lot, day)) is not None:
                raise ValidationError("anaesthesia", "refused: {problem}", problem=problem)
        warnings += self._allergy_warnings(s, data)
        return list(dict.fromkeys(warnings))

    def _allergy_warnings(self, s: Session, data: SessionInput) -> list[str]:
        return session_allergy_warnings(
            s,
            data.patient_id,
            lot_ids=[u.lot_id for u in data.products],
            formula_id=data.formula_id,
            formula_is_custom=data.formula_is_custom,
            anaesthesia=data.anaesthesia,
            anaesthesia_lot_id=data.anaesthesia_lot_id,
        )

    def allergy_check(self, data: SessionInput) -> list[str]:
        """The allergy warnings of the session as it stands in the editor (products, formula, custom
        formula, anaesthesia), without validating the rest: cheap enough to run on every change."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return self._allergy_warnings(s, data)

    def signoff_check(self, data: SessionInput) -> list[Gate]:
        """The sign-off gates this session would meet if signed now (empty: nothing stands in the way)."""
        data, _warnings = validate_shape(data, self.ctx.now())
        with self.ctx.read() as s:
            self._check_db(s, data)
            return self._gates(s, data)

    def gates(self, session_id: int) -> list[Gate]:
        """The sign-off gates of a saved (draft) session."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return self._gates(s, _input_of(_load(s, session_id)))

    def _gates(self, s: Session, data: SessionInput) -> list[Gate]:
        return signoff_gates(
            s,
            patient_id=data.patient_id,
            performed_at=data.performed_at,
            indications=data.indications,
            allergy_warnings=self._allergy_warnings(s, data),
        )

    def _pass_gates(self, s: Session, ts: TreatmentSession, override_reason: str | None) -> dict:
        """Raise unless the session may be signed off; returns what the audit entry keeps."""
        gates = self._gates(s, _input_of(ts))
        if not gates:
            ts.override_reason = ""
            return {}
        if any(g.blocking for g in gates):
            raise SignOffBlockedError(gates)
        reason = validation.optional_text("override_reason", override_reason, max_length=2000)
        if not reason:
            raise SignOffWarningError(gates)
        ts.override_reason = override_text(reason, gates)
        return {"override_reason": reason, "overridden": [g.message for g in gates]}

    # -- writes --------------------------------------------------------------
    def record(
        self, data: SessionInput, *, sign_off: bool = False, override_reason: str | None = None
    ) -> SaveResult:
        """Save a new session, take its products out of stock and plan what follows.

        Signing off passes the gates (signoff.py): a required one refused (SignOffBlockedError), warnings
        only with ``override_reason`` (else SignOffWarningError, and nothing is saved)."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        data, warnings = validate_shape(data, self.ctx.now())
        sign_off = validation.flag("sign_off", sign_off)
        with self.ctx.write() as s:
            warnings += self._check_db(s, data)
            ts = TreatmentSession(patient_id=data.patient_id, created_at=self.ctx.now())
            s.add(ts)
            self._fill(s, ts, data)
            warnings += self._take_stock(s, ts.products, sign=-1)
            s.flush()
            followups.after_session(s, self.ctx, ts)
            extra: dict = {}
            if sign_off:
                extra = self._pass_gates(s, ts, override_reason)
                self._sign(ts)
            audit.record(s, self.ctx, "session", ts.id, "create", None, content_snapshot(ts) | extra)
        return SaveResult(self.get(ts.id), warnings)

    def update_draft(self, session_id: int, data: SessionInput, expected_version: int) -> SaveResult:
        self.ctx.require(Permission.CLINICAL_WRITE)
        data, warnings = validate_shape(data, self.ctx.now())
        with self.ctx.write() as s:
            ts = self._for_change(s, session_id, expected_version)
            if ts.status == enums.SessionStatus.SIGNED:
                raise LockedRecordError(
                    "This session is signed off: change it with an amendment and a reason."
                )
            warnings += self._check_db(s, data)
            before = content_snapshot(ts)
            self._take_stock(s, ts.products, sign=+1)
            self._fill(s, ts, data)
            warnings += self._take_stock(s, ts.products, sign=-1)
            s.flush()
            audit.record(s, self.ctx, "session", ts.id, "update", before, content_snapshot(ts))
        return SaveResult(self.get(session_id), warnings)

    def sign_off(
        self, session_id: int, expected_version: int | None = None, *, override_reason: str | None = None
    ) -> TreatmentSession:
        self.ctx.require(Permission.CLINICAL_WRITE)
        with self.ctx.write() as s:
            ts = self._for_change(s, session_id, expected_version)
            if ts.status == enums.SessionStatus.SIGNED:
                raise LockedRecordError("This session is already signed off.")
            if self.ctx.actor.user_id != ts.practitioner_id and self.ctx.actor.role != enums.Role.ADMIN:
                raise PermissionDeniedError("Only the treating practitioner can sign off this session.")
            extra = self._pass_gates(s, ts, override_reason)
            self._sign(ts)
            s.flush()
            audit.record(
                s,
                self.ctx,
                "session",
                ts.id,
                "sign_off",
                None,
                {"content_hash": ts.content_hash, "signed_off_by_id": ts.signed_off_by_id} | extra,
            )
        return self.get(session_id)

    def amend(self, session_id: int, data: SessionInput, reason: str, expected_version: int) -> SaveResult:
        """Change a signed session; the reason and the original are kept."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        reason = validation.required_text("reason", reason, max_length=2000)
        data, warnings = validate_shape(data, self.ctx.now())
        with self.ctx.write() as s:
            ts = self._for_change(s, session_id, expected_version)
            self._may_amend(s, ts)
            warnings += self._check_db(s, data)
            before = content_snapshot(ts)
            self._take_stock(s, ts.products, sign=+1)
            self._fill(s, ts, data)
            warnings += self._take_stock(s, ts.products, sign=-1)
            s.flush()
            after = content_snapshot(ts)
            if ts.status == enums.SessionStatus.SIGNED:
                ts.content_hash = content_hash(ts)
                signing.seal_session(s, ts)
            s.add(
                SessionAmendment(
                    session_id=ts.id,
                    amended_at=self.ctx.now(),
                    amended_by_id=self.ctx.actor.user_id or ts.practitioner_id,
                    reason=reason,
                    before_json=audit.canonical(before),
                    after_json=audit.canonical(after),
                )
            )
            audit.record(s, self.ctx, "session", ts.id, "amend", before, after | {"reason": reason})
        return SaveResult(self.get(session_id), warnings)

    def set_archived(self, session_id: int, archived: bool) -> TreatmentSession:
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.flag("archived", archived)
        with self.ctx.write() as s:
            ts = self._for_change(s, session_id, None)
            ts.archived = archived
            s.flush()
            audit.record(s, self.ctx, "session", ts.id, "archive" if archived else "restore")
        return self.get(session_id)

    # -- reads ---------------------------------------------------------------
    def get(self, session_id: int) -> TreatmentSession:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return _load(s, session_id)

    def amend_refusal(self, session_id: int) -> str | None:
        """Why the signed-in user may not amend this signed session (None: they may), so that a form
        can say so before anything is typed; ``amend`` still refuses on its own."""
        try:
            self.ctx.require(Permission.CLINICAL_WRITE)
            with self.ctx.read() as s:
                self._may_amend(s, _load(s, session_id))
        except PermissionDeniedError as exc:
            return str(exc)
        return None

    def amendments(self, session_id: int) -> list[SessionAmendment]:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(SessionAmendment)
                    .where(SessionAmendment.session_id == session_id)
                    .order_by(SessionAmendment.id)
                )
            )

    def for_patient(self, patient_id: int) -> list[TreatmentSession]:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            ids = s.scalars(
                select(TreatmentSession.id)
                .where(TreatmentSession.patient_id == patient_id)
                .order_by(TreatmentSession.performed_at.desc())
            )
            return [_load(s, i) for i in ids]

    def repeat_last(self, patient_id: int, practitioner_id: int, when: datetime) -> SessionInput | None:
        """A new session pre-filled from the patient's last one (lots re-chosen if now unusable)."""
        self.ctx.require(Permission.CLINICAL_READ)
        validation.record_id("patient", patient_id)
        validation.record_id("practitioner", practitioner_id)
        validation.moment("when", when)
        with self.ctx.read() as s:
            last_id = s.scalar(
                select(TreatmentSession.id)
                .where(TreatmentSession.patient_id == patient_id)
                .order_by(TreatmentSession.performed_at.desc())
                .limit(1)
            )
            if last_id is None:
                return None
            last = _load(s, last_id)
            day = when.astimezone().date()
            uses = []
            for p in last.products:
                lot = (
                    p.lot
                    if lot_problem(p.lot, day) is None
                    else s.scalar(
                        select(ProductLot)
                        .where(
                            ProductLot.product_id == p.product_id,
                            ProductLot.recalled.is_(False),
                            ProductLot.expiry_date >= day,
                            ProductLot.quantity_in_stock > 0,
                        )
                        .order_by(ProductLot.expiry_date)
                        .limit(1)
                    )
                )
                if lot is not None:
                    uses.append(ProductUse(lot.id, p.volume_ml))
            # no foreign key on anaesthesia_lot_id: the row may be gone, then the lot is not repeated
            anaesthesia_lot = (
                s.get(ProductLot, last.anaesthesia_lot_id) if last.anaesthesia_lot_id is not None else None
            )
            anaesthesia_lot_id = (
                anaesthesia_lot.id
                if anaesthesia_lot is not None and lot_problem(anaesthesia_lot, day) is None
                else None
            )
        return SessionInput(
            patient_id=patient_id,
            practitioner_id=practitioner_id,
            performed_at=when,
            indications=[i for i in last.indications.split(",") if i],
            formula_id=last.formula_id,
            formula_name=last.formula_name,
            formula_is_custom=last.formula_is_custom,
            anaesthesia=last.anaesthesia,
            anaesthesia_lot_id=anaesthesia_lot_id,
            protocol_id=last.protocol_id,
            plan_id=last.plan_id,
            areas=[
                AreaInput(
                    a.area,
                    a.technique,
                    a.device,
                    a.needle_gauge,
                    a.needle_length_mm,
                    a.depth_mm,
                    a.injection_points,
                    a.volume_ml,
                )
                for a in last.areas
            ],
            products=uses,
            marks=[
                MarkInput(
                    m.diagram, m.x, m.y, m.kind, m.radius, m.depth_mm, m.volume_ml, m.product_id, m.note
                )
                for m in last.marks
            ],
        )

    def count_for_practitioner(self, user_id: int) -> int:
        with self.ctx.read() as s:
            return (
                s.scalar(
                    select(func.count(TreatmentSession.id)).where(TreatmentSession.practitioner_id == user_id)
                )
                or 0
            )

    # -- helpers -------------------------------------------------------------
    def _for_change(self, s: Session, session_id: int, expected_version: int | None) -> TreatmentSession:
        from mesodesk.domain.errors import ConflictError

        ts = _load(s, session_id)
        if expected_version is not None and ts.version != expected_version:
            raise ConflictError("This session was changed by someone else since you opened it. Reload it.")
        return ts

    def _may_amend(self, s: Session, ts: TreatmentSession) -> None:
        """A colleague's signed session is amended only by an administrator, or by any practitioner when
        the clinic allows it (``colleague_amend``); always with a reason."""
        actor = self.ctx.actor
        if ts.status != enums.SessionStatus.SIGNED or actor.user_id is None or actor.role == enums.Role.ADMIN:
            return
        if actor.user_id in (ts.practitioner_id, ts.signed_off_by_id):
            return
        rule = s.scalar(select(ClinicSettings.colleague_amend).where(ClinicSettings.id == 1)) or "admin"
        if rule != "practitioner":
            raise PermissionDeniedError(
                "This session was signed off by a colleague: only an administrator can amend it."
            )

    def _sign(self, ts: TreatmentSession) -> None:
        if (
            self.ctx.actor.user_id is not None
            and self.ctx.actor.user_id != ts.practitioner_id
            and self.ctx.actor.role != enums.Role.ADMIN
        ):
            raise PermissionDeniedError("Only the treating practitioner can sign off this session.")
        ts.status = enums.SessionStatus.SIGNED.value
        ts.signed_off_at = self.ctx.now()
        ts.signed_off_by_id = self.ctx.actor.user_id or ts.practitioner_id
        ts.content_hash = content_hash(ts)
        signing.seal_session(object_session(ts), ts)

    def _fill(self, s: Session, ts: TreatmentSession, data: SessionInput) -> None:
        ts.practitioner_id = data.practitioner_id
        ts.performed_at = data.performed_at
        ts.indications = ",".join(i.strip() for i in data.indications if i.strip())
        ts.formula_id = data.formula_id
        ts.formula_name = data.formula_name
        ts.formula_is_custom = data.formula_is_custom
        ts.anaesthesia = data.anaesthesia.strip()
        ts.anaesthesia_lot_id = data.anaesthesia_lot_id
        ts.immediate_reactions = data.immediate_reactions.strip()
        ts.notes = data.notes.strip()
        ts.protocol_id = data.protocol_id
        ts.plan_id = data.plan_id
        ts.updated_at = self.ctx.now()
        ts.areas = [
            SessionArea(position=i, **_floats(asdict(a), "depth_mm", "volume_ml", "needle_length_mm"))
            for i, a in enumerate(data.areas)
        ]
        ts.products = []
        for use in data.products:
            lot = s.get(ProductLot, use.lot_id)
            assert lot is not None
            ts.products.append(
                SessionProduct(lot=lot, product_id=lot.product_id, volume_ml=float(use.volume_ml))
            )
        ts.marks = [
            InjectionMark(position=i, **_floats(asdict(m), "x", "y", "radius", "depth_mm", "volume_ml"))
            for i, m in enumerate(data.marks)
        ]
        s.flush()
        if not ts.formula_name and ts.formula_id:
            from mesodesk.db.models import Formula

            formula = s.get(Formula, ts.formula_id)
            ts.formula_name = formula.name if formula else ""

    def _take_stock(self, s: Session, uses: list[SessionProduct], sign: int) -> list[str]:
        warnings = []
        for use in uses:
            lot = s.get(ProductLot, use.lot_id) or use.lot
            new = lot.quantity_in_stock + sign * use.volume_ml
            if new < 0:
                warnings.append(_("Lot {lot}: the recorded stock was used up (set to 0)", lot=lot.lot_number))
                new = 0.0
            lot.quantity_in_stock = new
        return warnings


def _floats(values: dict, *keys: str) -> dict:
    """Numbers as floats, so a hash taken before and after a reload agrees (2 vs 2.0)."""
    return values | {k: float(values[k]) for k in keys if values.get(k) is not None}


def allergy_warnings(product: Product, allergies: list[Allergy]) -> list[str]:
    """Warn when a product's name or active ingredient matches a recorded allergy."""
    return allergy_messages_for_product(product, allergies)


def _input_of(ts: TreatmentSession) -> SessionInput:
    """A saved session as the input that would record it (for the gates and checks)."""
    return SessionInput(
        patient_id=ts.patient_id,
        practitioner_id=ts.practitioner_id,
        performed_at=ts.performed_at,
        indications=[i for i in ts.indications.split(",") if i],
        products=[ProductUse(p.lot_id, p.volume_ml) for p in ts.products],
        formula_id=ts.formula_id,
        formula_name=ts.formula_name,
        formula_is_custom=ts.formula_is_custom,
        anaesthesia=ts.anaesthesia,
        anaesthesia_lot_id=ts.anaesthesia_lot_id,
    )
