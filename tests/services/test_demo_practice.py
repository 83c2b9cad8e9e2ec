"""Issue 12: the demo clinic models good practice (consents before treatment, histories, photos, maps,
allergen exposure only with a recorded reason, lots received before use, no duplicate follow-ups)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from mesodesk.db import models as m
from mesodesk.services.database import check
from mesodesk.services.demo import build_demo
from mesodesk.services.signoff import mentions

TODAY = date(2026, 6, 1)


def practice_report(engine, today: date) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Counts of good and bad practice in a clinic (also run by hand on a 2,000-patient demo)."""
    with engine.connect() as conn:
        treated = dict(
            conn.execute(
                select(m.TreatmentSession.patient_id, func.min(m.TreatmentSession.performed_at)).group_by(
                    m.TreatmentSession.patient_id
                )
            ).all()
        )
        first_consent = dict(
            conn.execute(
                select(m.Consent.patient_id, func.min(m.Consent.signed_at)).group_by(m.Consent.patient_id)
            ).all()
        )
        allergies: dict[int, list[str]] = {}
        for pid, substance in conn.execute(select(m.Allergy.patient_id, m.Allergy.substance)):
            allergies.setdefault(pid, []).append(substance)
        product_text = {
            pid: f"{name} {active}"
            for pid, name, active in conn.execute(
                select(m.Product.id, m.Product.name, m.Product.active_ingredient)
            )
        }
        exposed = exposed_with_reason = 0
        sessions = conn.execute(
            select(
                m.TreatmentSession.id,
                m.TreatmentSession.patient_id,
                m.TreatmentSession.anaesthesia,
                m.TreatmentSession.override_reason,
            ).where(m.TreatmentSession.patient_id.in_(list(allergies)), m.TreatmentSession.status == "signed")
        ).all()
        uses: dict[int, list[int]] = {}
        for sid, product_id in conn.execute(
            select(m.SessionProduct.session_id, m.SessionProduct.product_id).where(
                m.SessionProduct.session_id.in_([s[0] for s in sessions])
            )
        ):
            uses.setdefault(sid, []).append(product_id)
        for sid, pid, anaesthesia, reason in sessions:
            texts = [product_text[p] for p in uses.get(sid, [])] + [anaesthesia]
            if any(mentions(a, t) for a in allergies[pid] for t in texts):
                if reason:
                    exposed_with_reason += 1
                else:
                    exposed += 1
        photo_kinds = Counter(k for (k,) in conn.execute(select(m.Photo.kind)))
        photo_patients = conn.scalar(select(func.count(func.distinct(m.Photo.patient_id))))
        with_map = conn.scalar(select(func.count(func.distinct(m.InjectionMark.session_id))))
        open_steps = conn.execute(
            select(m.FollowUp.patient_id, m.FollowUp.plan_id, func.count())
            .where(m.FollowUp.status == "open", m.FollowUp.kind.in_(["course", "maintenance"]))
            .group_by(m.FollowUp.patient_id, m.FollowUp.plan_id)
            .having(func.count() > 1)
        ).all()
        return {
            "patients": conn.scalar(select(func.count(m.Patient.id))),
            "sessions": conn.scalar(select(func.count(m.TreatmentSession.id))),
            "treated_patients": len(treated),
            "treated_without_consent_before": sum(
                1 for pid, first in treated.items() if pid not in first_consent or first_consent[pid] > first
            ),
            "histories": conn.scalar(select(func.count(m.MedicalHistory.id))),
            "allergen_exposure_without_reason": exposed,
            "allergen_exposure_with_reason": exposed_with_reason,
            "patients_with_photos": photo_patients,
            "before_photos": photo_kinds["before"],
            "after_photos": photo_kinds["after"],
            "profile_photos": photo_kinds["profile"],
            "sessions_with_map": with_map,
            "lots_received_in_future": conn.scalar(
                select(func.count(m.ProductLot.id)).where(m.ProductLot.received_on > today)
            ),
            "lots_used_before_received": conn.scalar(
                select(func.count(m.SessionProduct.id))
                .join(m.ProductLot, m.ProductLot.id == m.SessionProduct.lot_id)
                .join(m.TreatmentSession, m.TreatmentSession.id == m.SessionProduct.session_id)
                .where(func.date(m.TreatmentSession.performed_at) < m.ProductLot.received_on)
            ),
            "plans_with_two_open_visits": len(open_steps),
        }


def test_demo_models_good_practice(sqlite_engine):
    build_demo(sqlite_engine, patients=300, seed=2, today=TODAY)
    r = practice_report(sqlite_engine, TODAY)
    assert check(sqlite_engine) == []  # signatures of sessions (with their maps) and consents verify
    assert r["treated_patients"] > 250 and r["treated_without_consent_before"] == 0
    assert r["histories"] == r["patients"]
    assert r["allergen_exposure_without_reason"] == 0
    assert r["patients_with_photos"] > r["treated_patients"] // 4
    assert r["before_photos"] > 0 and r["after_photos"] > 0 and r["profile_photos"] > 0
    assert r["sessions_with_map"] > r["sessions"] // 5
    assert r["lots_received_in_future"] == 0 and r["lots_used_before_received"] == 0
    assert r["plans_with_two_open_visits"] == 0


def test_demo_sessions_pass_their_sign_off_gates(sqlite_engine):
    """Signed demo sessions met the gates, or carry the reason a warning was overridden."""
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.sessions import SessionService

    build_demo(sqlite_engine, patients=120, seed=4, today=TODAY)
    svc = SessionService(ServiceContext(sqlite_engine))
    with sqlite_engine.connect() as conn:
        last_signed = conn.execute(
            select(m.TreatmentSession.id, m.TreatmentSession.override_reason)
            .where(m.TreatmentSession.status == "signed")
            .order_by(m.TreatmentSession.performed_at.desc())
            .limit(60)
        ).all()
    for sid, reason in last_signed:
        gates = svc.gates(sid)
        assert not any(g.blocking for g in gates), (sid, gates)
        assert not gates or reason, (sid, gates)
