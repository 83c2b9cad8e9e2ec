"""The demo clinic: deterministic, realistic, consistent, and refuses a clinic with records."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from mesodesk.db import models as m
from mesodesk.domain.errors import KnownError
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext
from mesodesk.services.database import check
from mesodesk.services.demo import build_demo
from mesodesk.services.sessions import content_hash

TODAY = date(2026, 6, 1)


def fingerprint(engine) -> list:
    with engine.connect() as conn:
        return [
            list(
                conn.execute(
                    select(
                        m.Patient.file_no, m.Patient.first_name, m.Patient.last_name, m.Patient.date_of_birth
                    ).order_by(m.Patient.id)
                )
            ),
            conn.scalar(select(func.count(m.TreatmentSession.id))),
            conn.scalar(select(func.count(m.Reaction.id))),
            list(
                conn.execute(
                    select(m.TreatmentSession.content_hash).order_by(m.TreatmentSession.id).limit(50)
                )
            ),
        ]


def test_demo_is_deterministic_and_consistent(engine, tmp_path):
    summary = build_demo(engine, patients=150, seed=3, today=TODAY)
    assert summary.patients == 150 and summary.sessions > 300
    assert check(engine) == []
    from mesodesk.services.database import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    build_demo(other, patients=150, seed=3, today=TODAY)
    assert fingerprint(other)[:3] == fingerprint(engine)[:3]
    other.dispose()


def test_demo_content_is_realistic(engine):
    build_demo(engine, patients=400, seed=1, today=TODAY)
    with engine.connect() as conn:
        names = {n for (n,) in conn.execute(select(m.Patient.last_name))}
        by_type = dict(conn.execute(select(m.Reaction.type, func.count()).group_by(m.Reaction.type)).all())
        overdue = conn.scalar(
            select(func.count(m.FollowUp.id)).where(m.FollowUp.status == "open", m.FollowUp.due_date < TODAY)
        )
        recalled = conn.scalar(select(func.count(m.ProductLot.id)).where(m.ProductLot.recalled.is_(True)))
        expired = conn.scalar(select(func.count(m.ProductLot.id)).where(m.ProductLot.expiry_date < TODAY))
        span = conn.execute(
            select(func.min(m.TreatmentSession.performed_at), func.max(m.TreatmentSession.performed_at))
        ).one()
    assert any("'" in n for n in names) and any("-" in n for n in names)
    assert any(not n.isascii() for n in names)
    assert any(any("\u0370" <= ch <= "\u04ff" for ch in n) for n in names)  # Greek or Cyrillic
    assert by_type["bruising"] > by_type.get("hives", 0) * 10
    assert by_type.get("anaphylaxis", 0) <= 2
    assert overdue > 0 and recalled == 1 and expired > 0
    assert (span[1] - span[0]).days > 2 * 365


def test_demo_sessions_are_signed_with_valid_hashes_and_use_valid_lots(engine):
    build_demo(engine, patients=40, seed=5)
    svc = Services(ServiceContext(engine))
    with engine.connect() as conn:
        ids = list(
            conn.scalars(select(m.TreatmentSession.id).where(m.TreatmentSession.status == "signed").limit(25))
        )
    assert ids
    for session_id in ids:
        session = svc.sessions.get(session_id)
        assert session.content_hash == content_hash(session)
        day = session.performed_at.date()
        for use in session.products:
            assert use.lot.expiry_date >= day
            assert not (use.lot.recalled and use.lot.recalled_on <= day)


def test_demo_refuses_a_clinic_with_records_unless_added(engine):
    build_demo(engine, patients=20, seed=1)
    with pytest.raises(KnownError, match="already holds 20 patients"):
        build_demo(engine, patients=5)
    build_demo(engine, patients=5, seed=2, add=True)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(m.Patient.id))) == 25
        assert conn.scalar(select(func.count(func.distinct(m.Patient.file_no)))) == 25


def test_demo_in_a_second_process_gives_the_same_clinic(sqlite_engine, tmp_path):
    from mesodesk.services.database import open_database

    build_demo(sqlite_engine, patients=300, seed=9, today=TODAY, chunk=100, parallel=False)
    other = open_database(f"sqlite:///{tmp_path / 'parallel.sqlite3'}")
    seen: list[int] = []
    summary = build_demo(
        other,
        patients=300,
        seed=9,
        today=TODAY,
        chunk=100,
        parallel=True,
        progress=lambda done, total, what: seen.append(done),
    )
    assert seen == [100, 200, 300]
    assert summary.patients == 300
    assert fingerprint(other) == fingerprint(sqlite_engine)
    other.dispose()


def test_records_can_be_added_after_the_demo_on_every_backend(engine):
    """The demo writes its own ids; on PostgreSQL the sequences must follow, or the next save collides."""
    from mesodesk.services.patients import PatientInput

    build_demo(engine, patients=30, today=TODAY)
    services = Services(ServiceContext(engine))
    with engine.connect() as conn:
        highest = conn.scalar(select(func.max(m.Patient.id)))
    created = services.patients.create(PatientInput("Anaïs", "Nouvelle", date(1980, 2, 3)))
    assert created.id > highest


def test_demo_patients_are_not_added_when_nobody_could_have_treated_them(engine):
    """Adding demo patients to a clinic with no practitioner and no administrator left: refused up front in
    words (it went on with no practitioner for the sessions and failed on the database's NOT NULL)."""
    build_demo(engine, patients=3, seed=2, today=TODAY)
    with engine.begin() as conn:
        conn.execute(m.User.__table__.update().where(m.User.username != "admin").values(role="assistant"))
        conn.execute(m.User.__table__.update().where(m.User.username == "admin").values(role="practitioner"))
    with pytest.raises(KnownError, match="demo catalogue"):
        build_demo(engine, patients=3, seed=2, today=TODAY, add=True)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count(m.Patient.id))) == 3
