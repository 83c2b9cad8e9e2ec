"""The demo clinic in the language it is built in (issue 17: a French practitioner should not meet an
English catalogue): products, formulas, protocols, indications, notes and consents are French in a
French demo, and the demo keeps good practice and its outcomes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from test_demo_practice import practice_report

from mesodesk.db import models as m
from mesodesk.i18n import use_language
from mesodesk.services.database import check
from mesodesk.services.demo import build_demo

TODAY = date(2026, 6, 1)


def test_a_french_demo_is_written_in_french(sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    with use_language("fr"):
        build_demo(sqlite_engine, patients=150, seed=3, today=TODAY)
    with sqlite_engine.connect() as conn:
        products = set(conn.scalars(select(m.Product.name)))
        protocols = set(conn.scalars(select(m.Protocol.name)))
        indications = set(conn.scalars(select(m.Protocol.indication)))
        consent_languages = set(
            conn.scalars(
                select(m.ConsentText.language).join(m.Consent, m.Consent.consent_text_id == m.ConsentText.id)
            )
        )
        risks = set(conn.scalars(select(m.Consent.risks_discussed)))
        assessments = conn.scalar(select(func.count(m.OutcomeAssessment.id)))
        admin = conn.scalar(select(m.User.full_name).where(m.User.username == "admin"))
    assert {"Acide hyaluronique 1,35 %", "Lidocaïne 2 %"} <= products
    assert "Hyaluronic acid 1.35%" not in products
    assert {"Revitalisation du visage", "Graisse localisée"} <= protocols
    assert "Ridules et qualité de la peau" in indications
    assert consent_languages == {"fr"}  # patients signed the French text
    assert all(r.startswith("Ecchymoses") for r in risks)
    assert assessments and assessments > 20  # outcome profiles found under the French formula names
    assert admin == "Administrateur de la clinique"
    r = practice_report(sqlite_engine, TODAY)
    assert check(sqlite_engine) == []
    assert r["treated_without_consent_before"] == 0 and r["allergen_exposure_without_reason"] == 0
    # a new session today passes the consent gate: the French consent counts (it did not)
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.sessions import SessionService

    svc = SessionService(ServiceContext(sqlite_engine))
    with sqlite_engine.connect() as conn:
        signed = conn.scalars(
            select(m.TreatmentSession.id).where(m.TreatmentSession.status == "signed").limit(30)
        ).all()
    assert signed and not [g for sid in signed for g in svc.gates(sid) if g.code == "consent"]


def test_an_english_demo_is_unchanged(sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    build_demo(sqlite_engine, patients=20, seed=3, today=TODAY)
    with sqlite_engine.connect() as conn:
        products = set(conn.scalars(select(m.Product.name)))
        languages = set(conn.scalars(select(m.ConsentText.language).join(m.Consent)))
    assert "Hyaluronic acid 1.35%" in products and languages == {"en"}
