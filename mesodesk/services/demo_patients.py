"""The demo clinic's patients, one chunk at a time: histories, allergies, consents, plans, sessions with
their areas, products and injection maps, reactions, follow-ups, photos and outcomes."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from mesodesk.db import models as m
from mesodesk.domain.rules import digits, format_file_no
from mesodesk.i18n import N_, _
from mesodesk.services import signing
from mesodesk.services.demo_data import (
    ALLERGY_REACTIONS,
    CITIES,
    CONSENT_BENEFITS,
    CONSENT_RISKS,
    FIRST_F,
    FIRST_M,
    LAST,
    REACTION_CUMULATIVE,
    REACTION_TOTAL,
    STREETS,
    DemoSummary,
)
from mesodesk.services.demo_media import map_points, picture, region_of, signature_png
from mesodesk.services.demo_rows import (
    DemoCatalogue,
    IdBlocks,
    NativeValues,
    RowSink,
)
from mesodesk.services.patients import search_text_for
from mesodesk.services.signing import content_digest

SESSION_COLS = (
    "id",
    "patient_id",
    "practitioner_id",
    "performed_at",
    "indications",
    "status",
    "plan_id",
    "protocol_id",
    "formula_id",
    "formula_name",
    "formula_is_custom",
    "anaesthesia",
    "immediate_reactions",
    "notes",
    "signed_off_at",
    "signed_off_by_id",
    "content_hash",
    "archived",
    "created_at",
    "updated_at",
    "version",
    "override_reason",
)
#: Insert orders of the session's rows: their ids, then exactly the columns a signature covers, in its order.
AREA_COLS = ("id", "session_id", *signing.HASH_AREA_COLUMNS)
USE_COLS = ("id", "session_id", *signing.HASH_PRODUCT_COLUMNS)


MARK_COLS = ("session_id", *signing.HASH_MARK_COLUMNS)
CONSENT_COLS = (
    "id",
    "patient_id",
    "consent_text_id",
    "risks_discussed",
    "benefits_discussed",
    "signed_at",
    "practitioner_id",
    "signature_png",
    "signature_source",
    "content_hash",
    "created_at",
)
PHOTO_COLS = (
    "patient_id",
    "session_id",
    "reaction_id",
    "kind",
    "area",
    "taken_on",
    "filename",
    "mime_type",
    "width",
    "height",
    "size_bytes",
    "sha256",
    "thumbnail_png",
    "caption",
    "include_in_print",
    "created_at",
    "data",
)


def consent_hash_of(values: dict[str, Any]) -> str:
    """The hash a consent keeps (services.signing.consent_hash), from the row's values."""
    import hashlib

    columns = [c.key for c in m.Consent.__table__.columns if c.key != "content_hash"]
    return hashlib.sha256(
        signing.canonical({c: signing._plain(values[c]) for c in columns}).encode()
    ).hexdigest()


def _exposes(cat: DemoCatalogue, formula: tuple, allergen: str) -> bool:
    """Whether a formula's ingredients contain the allergen (the sign-off check's own rule)."""
    from mesodesk.services.signoff import mentions

    texts = cat.product_text or {}
    return any(mentions(allergen, texts.get(pid, "")) for pid, _ml in formula[2])


def _pick_lot(lots: list, day: date) -> int | None:
    for lot_id, received, expiry, recalled, recalled_on in lots:
        if received <= day <= expiry and not (recalled and recalled_on and recalled_on <= day):
            return lot_id
    return None


def write_patients_chunk(
    w: RowSink,
    nat: NativeValues,
    ids: IdBlocks,
    rng: random.Random,
    cat: DemoCatalogue,
    practitioners: list[int],
    prefix: str,
    count: int,
    today: date,
    now: datetime,
    totals: DemoSummary,
    photos_for_all: bool = True,
) -> None:
    patients, histories, allergies, plans, sessions, areas, uses = [], [], [], [], [], [], []
    reactions, assessments, follow_ups = [], [], []
    consents: list[tuple] = []
    photos: list[tuple] = []
    marks: list[tuple] = []
    # Photos for every other treated patient in a clinic of demo size; a sample in a benchmark-sized one
    # (the same drawn pictures are shared, but every row stores its bytes).
    photo_rate = 0.5 if photos_for_all else 0.02
    map_rate = 0.3
    now_db = nat.ts(now)
    _true, false = nat.flag(True), nat.flag(False)
    for _patient in range(count):
        pid = ids.patient
        ids.patient += 1
        ids.file_no += 1
        female = rng.random() < 0.85
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        born = today - timedelta(days=rng.randint(22 * 365, 72 * 365))
        phone = (
            f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
        file_no = format_file_no(ids.file_no, prefix)
        archived = rng.random() < 0.02
        patients.append(
            (
                pid,
                file_no,
                first,
                last,
                nat.day(born),
                "F" if female else "M",
                phone,
                digits(phone),
                f"{first[0].lower()}.{pid}@example.com" if rng.random() < 0.7 else "",
                f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n{rng.choice(CITIES)}",
                rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]),
                "",
                "",
                search_text_for(first, last, file_no, digits(phone)),
                nat.flag(archived),
                now_db if archived else None,
                now_db,
                now_db,
                1,
            )
        )
        risk = rng.random()
        anticoagulants = risk < 0.05
        pregnant = rng.random() < 0.01
        keloid = rng.random() < 0.02
        history = [
            pid,
            nat.flag(anticoagulants),
            nat.flag(risk < 0.12),
            nat.flag(rng.random() < 0.1),
            nat.flag(pregnant),
            nat.flag(rng.random() < 0.03),
            nat.flag(keloid),
            false,
            "warfarin" if anticoagulants else "",
            "",
            now_db,  # reviewed: at the last visit, set below
            cat.admin_id,
            1,
        ]
        histories.append(history)
        allergen = None
        if rng.random() < 0.06:
            allergen = rng.choice(["lidocaine", "penicillin", "latex", "nickel", "iodine", "biotin"])
            allergies.append(
                (
                    pid,
                    allergen,
                    _(rng.choice(ALLERGY_REACTIONS)),
                    rng.choice(["mild", "moderate", "severe"]),
                    now_db,
                )
            )
        formula = rng.choice(cat.formulas)
        exposure_reason = ""
        if allergen is not None and _exposes(cat, formula, allergen):
            # Good practice: a formula without the allergen; rarely, exposure with a recorded reason.
            safe = [f for f in cat.formulas if not _exposes(cat, f, allergen)]
            if safe and rng.random() < 0.9:
                formula = rng.choice(safe)
            else:
                exposure_reason = _(
                    "{allergen} tolerated at a test dose; allergist's letter on file",
                    allergen=allergen.capitalize(),
                )
        fid, fname, ingredients, farea_list, indication, proto_id, proto = formula
        technique, depth, course, interval, maintenance, gauge, length, points = proto
        length = float(length)
        risks = [
            _(name)
            for flag, name in ((anticoagulants, N_("anticoagulants")), (keloid, N_("keloid tendency")))
            if flag
        ]
        override = "; ".join(
            r
            for r in (
                exposure_reason,
                _("Risks discussed with the patient ({risks}); treatment adapted", risks=", ".join(risks))
                if risks
                else "",
            )
            if r
        )
        n_sessions = 0 if pregnant else max(1, min(40, int(rng.expovariate(1 / 13))))
        span = rng.randint(max(n_sessions, 1) * interval, max(max(n_sessions, 1) * interval, 3 * 365))
        start = today - timedelta(days=min(span, 3 * 365))
        plan_id = ids.plan
        ids.plan += 1
        plans.append(
            (
                plan_id,
                pid,
                proto_id,
                fname,
                course,
                interval,
                maintenance,
                48,
                nat.day(start),
                nat.flag(not pregnant),
                "Postponed: pregnant or breast-feeding" if pregnant else "",
                now_db,
                1,
            )
        )
        day = start
        practitioner = rng.choice(practitioners)
        last_day = start
        done = 0
        first_session: tuple[int, datetime] | None = None
        last_session: tuple[int, datetime] | None = None
        with_photos = rng.random() < photo_rate
        for k in range(n_sessions):
            if day > today:
                break
            hour, minute = rng.randint(8, 18), rng.choice((0, 15, 30, 45))
            iso_day = day.isoformat()
            when_hash = f"{iso_day}T{hour:02d}:{minute:02d}:00+00:00"  # == when.isoformat() in UTC
            when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
            when_db = f"{iso_day} {hour:02d}:{minute:02d}:00.000000" if nat.sqlite else when
            sid = ids.session
            ids.session += 1
            first_session = first_session or (sid, when)
            last_session = (sid, when)
            area_hash, use_hash = [], []
            for pos, area in enumerate(farea_list):
                area_depth = depth + rng.choice((-0.5, 0.0, 0.0, 0.5)) if depth > 1 else depth
                area_points = int(points * rng.uniform(0.8, 1.2))
                values = (area, technique, "syringe", gauge, length, float(area_depth), area_points, 2.0, pos)
                areas.append((ids.area, sid, *values))
                area_hash.append(values)
                ids.area += 1
            for product_id, ml in ingredients:
                lot_id = _pick_lot(cat.lots_by_product.get(product_id, []), day)
                if lot_id is not None:
                    uses.append((ids.product_use, sid, lot_id, product_id, float(ml)))
                    use_hash.append((lot_id, product_id, float(ml)))
                    ids.product_use += 1
            mark_hash = map_points(rng, farea_list, depth) if k == 0 or rng.random() < map_rate else []
            marks.extend((sid, *mark) for mark in mark_hash)
            signed = day < today - timedelta(days=1)
            anaesthesia = ""
            if rng.random() < 0.3:
                anaesthesia = _("ice / cooling") if allergen == "lidocaine" else _("topical lidocaine cream")
            digest = None
            if signed:
                digest = content_digest(
                    (
                        sid,
                        pid,
                        practitioner,
                        when_hash,
                        indication,
                        proto_id,
                        fid,
                        fname,
                        False,
                        anaesthesia,
                        "",
                        "",
                        when_hash,
                    ),
                    area_hash,
                    use_hash,
                    mark_hash,
                )
            sessions.append(
                (
                    sid,
                    pid,
                    practitioner,
                    when_db,
                    indication,
                    "signed" if signed else "draft",
                    plan_id,
                    proto_id,
                    fid,
                    fname,
                    false,
                    anaesthesia,
                    "",
                    "",
                    when_db if signed else None,
                    practitioner if signed else None,
                    digest,
                    false,
                    when_db,
                    when_db,
                    1,
                    override if signed else "",
                )
            )
            done += 1
            last_day = day
            draw = rng.random()
            if draw < REACTION_TOTAL:  # at most one reaction a session, types at their usual rates
                rtype, grades = next((t, g) for limit, t, g in REACTION_CUMULATIVE if draw < limit)
                grade = rng.choices(("mild", "moderate", "severe"), grades)[0]
                when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
                onset = when + timedelta(hours=rng.choice((0, 1, 2, 6, 24)))
                resolved = onset.date() + timedelta(days=rng.randint(1, 14)) if onset.date() < today else None
                rid = ids.reaction
                ids.reaction += 1
                reactions.append(
                    (
                        rid,
                        pid,
                        sid,
                        rtype,
                        rng.choice(farea_list),
                        nat.ts(onset),
                        grade,
                        _("Cold compress, arnica") if rtype == "bruising" else "",
                        nat.day(resolved),
                        "",
                        now_db,
                        1,
                    )
                )
                for d, g in ((0, grade), (3, "mild"), (7, "none")):
                    assessments.append((rid, d, rtype, g, ""))
            day += timedelta(days=interval if k + 1 < course else (maintenance or 30) + rng.randint(-3, 10))
        if first_session is not None and last_session is not None:
            first_sid, first_when = first_session
            last_sid, last_when = last_session
            history[10] = nat.ts(last_when)  # the history is reviewed at each visit
            history[11] = practitioner
            signed_at = first_when - timedelta(minutes=20)  # consent signed before the first treatment
            consent = {
                "id": ids.consent,
                "patient_id": pid,
                "consent_text_id": cat.consent_text_id,
                "risks_discussed": _(CONSENT_RISKS),
                "benefits_discussed": _(CONSENT_BENEFITS),
                "signed_at": signed_at,
                "practitioner_id": practitioner,
                "signature_png": signature_png(),
                "signature_source": "drawn",
                "created_at": signed_at,
            }
            consent["content_hash"] = consent_hash_of(consent)
            ids.consent += 1
            consents.append(
                tuple(nat.ts(v) if isinstance(v, datetime) else v for v in (consent[c] for c in CONSENT_COLS))
            )
            if with_photos:
                region = region_of(farea_list[0])
                shots: list[tuple[str, int | None, datetime]] = [("before", first_sid, first_when)]
                if last_sid != first_sid:
                    shots.append(("after", last_sid, last_when))
                if rng.random() < 0.5:
                    shots.append(("profile", None, first_when))
                for kind, session_id, taken in shots:
                    pic = picture("head" if kind == "profile" else region, kind)
                    photos.append(
                        (
                            pid,
                            session_id,
                            None,
                            kind,
                            "" if kind == "profile" else farea_list[0],
                            nat.day(taken.date()),
                            f"{kind}_{taken:%Y%m%d}.jpg",
                            "image/jpeg",
                            pic.width,
                            pic.height,
                            len(pic.data),
                            pic.sha256,
                            pic.thumbnail_png,
                            "",
                            nat.flag(kind != "profile"),
                            nat.ts(taken),
                            pic.data,
                        )
                    )
        if done:
            nxt_kind = "course" if done < course else "maintenance"
            nxt = last_day + timedelta(days=interval if done < course else maintenance or 30)
            # Patients still in a course or maintenance get their next visit; a few are a little
            # overdue; those whose last visit is long past have simply stopped coming.
            if nxt >= today - timedelta(days=21) and rng.random() < 0.9:
                follow_ups.append(
                    (
                        ids.follow_up,
                        pid,
                        plan_id,
                        None,
                        nxt_kind,
                        nat.day(nxt),
                        None,
                        "open",
                        None,
                        "",
                        now_db,
                        1,
                    )
                )
                ids.follow_up += 1
    totals.patients += len(patients)
    totals.sessions += len(sessions)
    totals.reactions += len(reactions)
    totals.follow_ups += len(follow_ups)
    w.insert(
        m.Patient.__table__,
        (
            "id",
            "file_no",
            "first_name",
            "last_name",
            "date_of_birth",
            "sex",
            "phone",
            "phone_digits",
            "email",
            "address",
            "fitzpatrick",
            "contraindications",
            "notes",
            "search_text",
            "archived",
            "archived_at",
            "created_at",
            "updated_at",
            "version",
        ),
        patients,
    )
    w.insert(
        m.MedicalHistory.__table__,
        (
            "patient_id",
            "anticoagulants",
            "nsaids",
            "supplements",
            "pregnant_or_breastfeeding",
            "autoimmune_disease",
            "keloid_tendency",
            "active_skin_infection",
            "medications",
            "other",
            "reviewed_at",
            "reviewed_by_id",
            "version",
        ),
        histories,
    )
    w.insert(
        m.Allergy.__table__, ("patient_id", "substance", "reaction", "severity", "created_at"), allergies
    )
    w.insert(
        m.TreatmentPlan.__table__,
        (
            "id",
            "patient_id",
            "protocol_id",
            "name",
            "course_sessions",
            "course_interval_days",
            "maintenance_interval_days",
            "check_call_hours",
            "start_date",
            "active",
            "notes",
            "created_at",
            "version",
        ),
        plans,
    )
    w.insert(m.TreatmentSession.__table__, SESSION_COLS, sessions)
    w.insert(m.SessionArea.__table__, AREA_COLS, areas)
    w.insert(m.SessionProduct.__table__, USE_COLS, uses)
    w.insert(m.InjectionMark.__table__, MARK_COLS, marks)
    w.insert(m.Consent.__table__, CONSENT_COLS, consents)
    w.insert(m.Photo.__table__, PHOTO_COLS, photos)
    w.insert(
        m.Reaction.__table__,
        (
            "id",
            "patient_id",
            "session_id",
            "type",
            "area",
            "onset_at",
            "severity",
            "action_taken",
            "resolved_on",
            "notes",
            "created_at",
            "version",
        ),
        reactions,
    )
    w.insert(m.ReactionAssessment.__table__, ("reaction_id", "day", "symptom", "grade", "notes"), assessments)
    w.insert(
        m.FollowUp.__table__,
        (
            "id",
            "patient_id",
            "plan_id",
            "session_id",
            "kind",
            "due_date",
            "due_at",
            "status",
            "done_at",
            "notes",
            "created_at",
            "version",
        ),
        follow_ups,
    )
