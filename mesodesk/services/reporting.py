"""Plain data for the printed reports: gathered here (services may query), laid out in reports/.

Every method returns frozen-free dataclasses holding only Python values (str, int, float,
date, aware datetime, bytes), so the report builders never touch the ORM or the database.
Dates and times are converted to the workstation's local time here, once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mesodesk.db.models import (
    Allergy,
    Consent,
    ConsentText,
    Patient,
    Photo,
    Reaction,
    TreatmentSession,
    User,
)
from mesodesk.domain import enums
from mesodesk.domain.errors import NotFoundError, ValidationError
from mesodesk.i18n import current_language
from mesodesk.services.clinic_reports import ClinicReports
from mesodesk.services.context import Permission
from mesodesk.services.patients import RISK_LABELS, PatientChart, PatientService
from mesodesk.services.report_data import (
    PRINT_PHOTO_PX,
    SUMMARY_SECTIONS,
    AftercareData,
    AllergyInfo,
    ConsentFormData,
    ConsentInfo,
    FollowUpInfo,
    HistoryInfo,
    PatientSummaryData,
    PhotoInfo,
    PlanInfo,
    SessionRecordData,
    _in_range,
    _local,
    _patient_info,
    _reaction_info,
    _session_info,
)


class ReportingService(ClinicReports):
    """Gathers what each printed document needs; no ReportLab here, no SQL in reports/.

    The patient documents are here; the clinic-wide reports come from ClinicReports.
    """

    # -- patient documents ---------------------------------------------------
    def _print_photos(
        self,
        patient_id: int,
        *,
        session_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[PhotoInfo]:
        """Photos marked for printing, upright and scaled for print (through PhotoService when present)."""
        try:
            from mesodesk.services.photos import PhotoService
        except ImportError:  # the imaging service is optional: read the stored bytes directly
            return self._print_photos_query(patient_id, session_id=session_id, start=start, end=end)
        photos = PhotoService(self.ctx)
        chosen = [p for p in photos.printable(patient_id, session_id) if _in_range(p.taken_on, start, end)]
        images = _print_images([photos.data(p.id) for p in chosen])
        return [
            PhotoInfo(p.id, p.session_id, p.kind, p.area, p.taken_on, p.caption, width, height, data)
            for p, (data, width, height) in zip(chosen, images, strict=False)
        ]

    def _print_photos_query(
        self,
        patient_id: int,
        *,
        session_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[PhotoInfo]:
        q = select(
            Photo.id,
            Photo.session_id,
            Photo.kind,
            Photo.area,
            Photo.taken_on,
            Photo.caption,
            Photo.width,
            Photo.height,
            Photo.data,
        ).where(Photo.patient_id == patient_id, Photo.include_in_print.is_(True))
        if session_id is not None:
            q = q.where(Photo.session_id == session_id)
        if start is not None:
            q = q.where(Photo.taken_on >= start)
        if end is not None:
            q = q.where(Photo.taken_on <= end)
        with self.ctx.read() as s:
            rows = list(s.execute(q.order_by(Photo.taken_on, Photo.id)))
        images = _print_images([row[-1] for row in rows])
        return [
            PhotoInfo(*row[:6], width, height, data)
            for row, (data, width, height) in zip(rows, images, strict=False)
        ]

    # -- patient documents -----------------------------------------------------
    def patient_id_for_file_no(self, file_no: str) -> int:
        return PatientService(self.ctx).by_file_no(file_no.strip()).id

    def patient_summary(
        self,
        patient_id: int,
        *,
        sections: tuple[str, ...] | list[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        photos: bool = True,
    ) -> PatientSummaryData:
        """Everything the patient summary prints, filtered by sections and a date range."""
        chosen = tuple(SUMMARY_SECTIONS if sections is None else sections)
        unknown = [sec for sec in chosen if sec not in SUMMARY_SECTIONS]
        if unknown:
            raise ValidationError(
                "sections",
                "unknown section {section!r}; choose from {choices}",
                section=unknown[0],
                choices=", ".join(SUMMARY_SECTIONS),
            )
        if date_from and date_to and date_to < date_from:
            raise ValidationError("to", "is before the start of the period")
        if not photos:
            chosen = tuple(sec for sec in chosen if sec != "photos")
        chosen = tuple(sec for sec in SUMMARY_SECTIONS if sec in chosen)
        chart = PatientService(self.ctx).chart(patient_id, log_view=False)
        with self.ctx.read() as s:
            users = self._users(s)
        photo_rows = (
            self._print_photos(patient_id, start=date_from, end=date_to)
            if "photos" in chosen and self.ctx.can(Permission.CLINICAL_READ)
            else []
        )
        data = self._summary_from_chart(chart, users, chosen, date_from, date_to)
        data.photos = photo_rows
        if "outcomes" in chosen and self.ctx.can(Permission.CLINICAL_READ):
            from mesodesk.services.outcomes import OutcomeService

            data.outcomes = OutcomeService(self.ctx).for_patient(patient_id)
        self._log(
            "patient",
            patient_id,
            "print_summary",
            {
                "sections": list(chosen),
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
            },
        )
        return data

    def _summary_from_chart(
        self,
        chart: PatientChart,
        users: dict[int, str],
        sections: tuple[str, ...],
        start: date | None,
        end: date | None,
    ) -> PatientSummaryData:
        sessions = [
            ts
            for ts in reversed(chart.sessions)
            if not ts.archived and _in_range(ts.performed_at.astimezone().date(), start, end)
        ]
        session_dates = {ts.id: ts.performed_at.astimezone().date() for ts in chart.sessions}
        reactions = [
            r for r in reversed(chart.reactions) if _in_range(r.onset_at.astimezone().date(), start, end)
        ]
        history = None
        if chart.history is not None:
            h = chart.history
            history = HistoryInfo(
                [lbl for key, lbl in RISK_LABELS.items() if getattr(h, key)],
                h.medications,
                h.other,
                _local(h.reviewed_at),
                users.get(h.reviewed_by_id, "") if h.reviewed_by_id else "",
            )
        done_by_plan: dict[int, int] = defaultdict(int)
        for ts in chart.sessions:
            if ts.plan_id is not None and ts.status != enums.SessionStatus.VOID:
                done_by_plan[ts.plan_id] += 1
        open_fus = [
            FollowUpInfo(f.kind, f.due_date, f.status, f.notes)
            for f in chart.follow_ups
            if f.status == enums.FollowUpStatus.OPEN
        ]
        nxt = chart.next_due
        patient_info = _patient_info(chart.patient)
        patient_info.merged_from = [f"{file_no} {name}" for _id, file_no, name in chart.merged_from]
        return PatientSummaryData(
            clinic=self.clinic(),
            patient=patient_info,
            generated_on=self.ctx.today(),
            sections=sections,
            date_from=start,
            date_to=end,
            alerts=list(chart.alerts),
            allergies=[AllergyInfo(a.substance, a.reaction, a.severity) for a in chart.allergies],
            history=history,
            sessions=[_session_info(ts, users) for ts in sessions],
            reactions=[_reaction_info(r, session_dates) for r in reactions],
            plans=[
                PlanInfo(
                    p.name,
                    p.start_date,
                    p.course_sessions,
                    p.course_interval_days,
                    p.maintenance_interval_days,
                    p.check_call_hours,
                    p.active,
                    p.notes,
                    done_by_plan.get(p.id, 0),
                )
                for p in chart.plans
            ],
            open_follow_ups=open_fus,
            next_due=FollowUpInfo(nxt.kind, nxt.due_date, nxt.status, nxt.notes) if nxt else None,
            consents=[
                ConsentInfo(
                    c.id,
                    t.title,
                    t.code,
                    t.version,
                    c.signed_at.astimezone(),
                    users.get(c.practitioner_id, "?"),
                )
                for c, t in chart.consents
            ],
            clinical_access=self.ctx.can(Permission.CLINICAL_READ),
        )

    def session_record(self, session_id: int) -> SessionRecordData:
        from mesodesk.services.sessions import SessionService

        ts = SessionService(self.ctx).get(session_id)
        with self.ctx.read() as s:
            patient = s.get(Patient, ts.patient_id)
            assert patient is not None
            users = self._users(s)
            reactions = list(
                s.scalars(
                    select(Reaction)
                    .where(Reaction.session_id == session_id)
                    .options(selectinload(Reaction.assessments))
                    .order_by(Reaction.onset_at)
                )
            )
            allergies = [
                AllergyInfo(a.substance, a.reaction, a.severity)
                for a in s.scalars(
                    select(Allergy).where(Allergy.patient_id == ts.patient_id).order_by(Allergy.id)
                )
            ]
        photos = self._print_photos(ts.patient_id, session_id=session_id)
        day = ts.performed_at.astimezone().date()
        self._log("session", session_id, "print_record")
        return SessionRecordData(
            self.clinic(),
            _patient_info(patient),
            _session_info(ts, users),
            [_reaction_info(r, {ts.id: day}) for r in reactions],
            photos,
            allergies,
            self.ctx.today(),
        )

    def consent_form(self, consent_id: int) -> ConsentFormData:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError("No consent with id {consent_id}.", consent_id=consent_id)
            text = s.get(ConsentText, consent.consent_text_id)
            patient = s.get(Patient, consent.patient_id)
            assert text is not None and patient is not None
            users = self._users(s)
        info = ConsentInfo(
            consent.id,
            text.title,
            text.code,
            text.version,
            consent.signed_at.astimezone(),
            users.get(consent.practitioner_id, "?"),
        )
        self._log("consent", consent_id, "print_consent")
        return ConsentFormData(
            self.clinic(),
            _patient_info(patient),
            info,
            text.body,
            consent.risks_discussed,
            consent.benefits_discussed,
            consent.signature_png,
            consent.signature_source,
            consent.content_hash,
            self.ctx.today(),
            language=text.language or "en",
        )

    def consents_for(self, patient_id: int) -> list[ConsentInfo]:
        """The patient's signed consents, newest first (for choosing one to print)."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            users = self._users(s)
            rows = s.execute(
                select(Consent, ConsentText)
                .join(ConsentText, Consent.consent_text_id == ConsentText.id)
                .where(Consent.patient_id == patient_id)
                .order_by(Consent.signed_at.desc())
            )
            return [
                ConsentInfo(
                    c.id,
                    t.title,
                    t.code,
                    t.version,
                    c.signed_at.astimezone(),
                    users.get(c.practitioner_id, "?"),
                )
                for c, t in rows
            ]

    def sessions_for(self, patient_id: int) -> list[tuple[int, datetime, str, str]]:
        """(id, local time, practitioner, indications) of the patient's sessions, newest first."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            rows = s.execute(
                select(
                    TreatmentSession.id,
                    TreatmentSession.performed_at,
                    User.full_name,
                    TreatmentSession.indications,
                )
                .join(User, User.id == TreatmentSession.practitioner_id)
                .where(TreatmentSession.patient_id == patient_id, TreatmentSession.archived.is_(False))
                .order_by(TreatmentSession.performed_at.desc())
            )
            return [(sid, at.astimezone(), name, ind.replace(",", ", ")) for sid, at, name, ind in rows]

    def aftercare(
        self, patient_id: int | None = None, text_name: str | None = None, *, lang: str | None = None
    ) -> AftercareData:
        """The aftercare text in `lang`, else the patient's preferred language, else the current one.

        The text is resources/texts/aftercare_<lang>.md (English when there is no translation, with a
        logged notice); `text_name` picks another file by name.
        """
        from mesodesk.i18n.texts import localized_text
        from mesodesk.paths import text_path

        patient = _patient_info(PatientService(self.ctx).get(patient_id)) if patient_id is not None else None
        wanted = lang or (patient.preferred_language if patient else None) or current_language()
        try:
            if text_name:
                text, found = text_path(text_name).read_text(encoding="utf-8"), wanted
            else:
                text, found = localized_text("aftercare", wanted)
        except FileNotFoundError as exc:
            raise NotFoundError("The aftercare text is missing: {error}", error=exc) from exc
        return AftercareData(self.clinic(), text, patient, self.ctx.today(), language=found)


def _print_images(originals: list[bytes]) -> list[tuple[bytes, int, int]]:
    """print_image over several photos, decoded in parallel (Pillow releases the GIL while decoding)."""
    if len(originals) < 2:
        return [print_image(o) for o in originals]
    import os
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1, len(originals))) as pool:
        return list(pool.map(print_image, originals))


def print_image(original: bytes, max_px: int = PRINT_PHOTO_PX) -> tuple[bytes, int, int]:
    """A photo ready to embed in a PDF: (bytes, width, height), upright and at most about max_px.

    An upright JPEG of moderate size is passed through untouched (ReportLab embeds JPEG data as
    is, without decoding it), which keeps a summary with several photos fast. Anything else is
    turned upright (EXIF orientation), scaled down (JPEG draft mode decodes at a reduced size)
    and re-encoded.
    """
    from io import BytesIO

    from PIL import Image, ImageOps

    image: Image.Image = Image.open(BytesIO(original))
    orientation = image.getexif().get(0x0112, 1)
    if (
        image.format == "JPEG"
        and orientation == 1
        and image.mode in ("RGB", "L")
        and max(image.size) <= 2 * max_px
    ):
        return bytes(original), image.width, image.height
    if image.format == "JPEG":  # decode at 1/2, 1/4 or 1/8 scale: the least that still covers max_px
        scale = max_px / max(image.size)
        image.draft("RGB", (max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    image = ImageOps.exif_transpose(image)
    image.thumbnail((max_px, max_px), Image.Resampling.BICUBIC)
    out = BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.save(out, "PNG")
    else:
        image.convert("RGB").save(out, "JPEG", quality=88)
    return out.getvalue(), image.width, image.height
