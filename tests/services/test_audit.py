"""The audit trail: hash chain, append-only triggers, signed-record hashes, viewing and export."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mesodesk import cli
from mesodesk.db import migrate
from mesodesk.db.engine import sqlite_path
from mesodesk.services import integrity
from mesodesk.services.audit import AuditFilter, AuditService, verify_chain
from mesodesk.services.integrity import verify_signed_records


def _url(engine) -> str:  # type: ignore[no-untyped-def]
    return engine.url.render_as_string(hide_password=False)


def test_checks_are_registered_for_mesodesk_check():
    assert verify_chain in integrity.CHECKS
    assert verify_signed_records in integrity.CHECKS


def test_chain_verifies_after_ordinary_work(clinic):
    patient = clinic.patient()
    clinic.ready_to_sign(patient.id)
    saved = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id), sign_off=True).session
    clinic.services.patients.chart(patient.id)
    assert saved.content_hash
    assert verify_chain(clinic.engine) == []
    assert verify_signed_records(clinic.engine) == []


def test_the_database_refuses_to_change_or_delete_audit_entries(clinic):
    clinic.patient()
    for statement in (
        "UPDATE audit_entries SET username = 'mallory'",
        "UPDATE audit_entries SET after_json = NULL",
        "UPDATE audit_entries SET redacted = true, before_json = NULL, after_json = NULL, action = 'nothing'",
        "DELETE FROM audit_entries",
    ):
        with pytest.raises(DBAPIError) as err, clinic.engine.begin() as conn:
            conn.execute(text(statement))
        assert "append-only" in str(err.value)
    # the redaction is the one change the database allows (the erasure's); done by hand, `check` reports it
    with clinic.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE audit_entries SET redacted = true, before_json = NULL, after_json = NULL "
                "WHERE entity = 'patient'"
            )
        )
    problems = verify_chain(clinic.engine)
    assert len(problems) == 1 and "emptied outside an erasure" in problems[0]


def test_migration_0002_is_reversible(sqlite_engine):
    migrate.downgrade(sqlite_engine, "0001")
    with sqlite_engine.connect() as conn:
        assert not conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_entries%'"
        ).all()
    migrate.upgrade(sqlite_engine)
    with sqlite_engine.connect() as conn:
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_entries%'"
            )
        }
    assert names == {"audit_entries_no_update", "audit_entries_no_delete"}


def _tamper(path, *statements: str) -> None:  # type: ignore[no-untyped-def]
    """Change the file behind the application's back, as someone with the sqlite3 shell would."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_mesodesk_check_reports_an_edited_audit_entry(sqlite_clinic, capsys):
    patient = sqlite_clinic.patient("Ines", "Bauer")
    sqlite_clinic.services.patients.chart(patient.id)
    path = sqlite_path(_url(sqlite_clinic.engine))
    sqlite_clinic.engine.dispose()
    assert cli.main(["--db", str(path), "check"]) == 0
    _tamper(path, "UPDATE audit_entries SET username = 'someone.else' WHERE action = 'view'")
    capsys.readouterr()
    assert cli.main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "audit entry" in err and "was changed" in err


def test_check_reports_a_removed_audit_entry(sqlite_clinic):
    sqlite_clinic.patient()
    path = sqlite_path(_url(sqlite_clinic.engine))
    with sqlite_clinic.engine.connect() as conn:
        middle = conn.exec_driver_sql("SELECT id FROM audit_entries ORDER BY id LIMIT 1 OFFSET 2").scalar()
    sqlite_clinic.engine.dispose()
    _tamper(path, f"DELETE FROM audit_entries WHERE id = {middle}")
    problems = verify_chain(sqlite_clinic.engine)
    assert any(f"audit entry {middle + 1} does not follow" in p for p in problems)


def test_check_reports_a_signed_session_edited_behind_the_application(sqlite_clinic, capsys):
    patient = sqlite_clinic.patient()
    sqlite_clinic.ready_to_sign(patient.id)
    saved = sqlite_clinic.as_practitioner.sessions.record(
        sqlite_clinic.session_input(patient.id), sign_off=True
    ).session
    draft = sqlite_clinic.as_practitioner.sessions.record(sqlite_clinic.session_input(patient.id)).session
    path = sqlite_path(_url(sqlite_clinic.engine))
    sqlite_clinic.engine.dispose()
    assert verify_signed_records(sqlite_clinic.engine) == []
    conn = sqlite3.connect(path)
    conn.execute("UPDATE session_areas SET depth_mm = 3.5 WHERE session_id = ?", (saved.id,))
    conn.execute("UPDATE treatment_sessions SET notes = 'changed later' WHERE id = ?", (draft.id,))  # a draft
    conn.commit()
    conn.close()
    problems = verify_signed_records(sqlite_clinic.engine)
    assert problems == [f"signed session {saved.id} was changed after it was signed off"]
    from mesodesk.services.sessions import content_hash

    # the row-based check agrees with content_hash() over the ORM objects
    orm_problems = [
        f"signed session {ts.id} was changed after it was signed off"
        for ts in sqlite_clinic.as_practitioner.sessions.for_patient(patient.id)
        if ts.status == "signed" and content_hash(ts) != ts.content_hash
    ]
    assert orm_problems == problems
    capsys.readouterr()
    assert cli.main(["--db", str(path), "check"]) == 1
    assert f"signed session {saved.id}" in capsys.readouterr().err


def test_check_reports_an_edited_consent(sqlite_clinic):
    from mesodesk.services.clinic import ConsentInput

    patient = sqlite_clinic.patient()
    text_ = sqlite_clinic.services.clinic.add_consent_text(
        "meso", "1", "Mesotherapy consent", "Risks: bruising."
    )
    consent = sqlite_clinic.as_practitioner.clinic.record_consent(
        ConsentInput(
            patient_id=patient.id,
            consent_text_id=text_.id,
            practitioner_id=sqlite_clinic.practitioner.id,
            signed_at=datetime.now(UTC) - timedelta(minutes=1),
            risks_discussed="bruising",
            signature_png=b"\x89PNG fake",
            signature_source="drawn",
        )
    )
    assert verify_signed_records(sqlite_clinic.engine) == []
    with sqlite_clinic.engine.begin() as conn:
        conn.execute(text("UPDATE consents SET risks_discussed = 'none' WHERE id = :id"), {"id": consent.id})
    assert verify_signed_records(sqlite_clinic.engine) == [
        f"consent {consent.id} was changed after it was signed"
    ]


def test_administrator_lists_filters_and_exports_the_trail(clinic, tmp_path):
    p1 = clinic.patient("Ana", "Lima")
    p2 = clinic.patient("Bo", "Chen")
    clinic.as_practitioner.patients.chart(p1.id)
    clinic.as_assistant.patients.chart(p2.id)
    audit = AuditService(clinic.services.ctx)
    views = audit.entries(AuditFilter(action="view"))
    assert [(e.username, e.entity_id) for e in views] == [("sam", p2.id), ("dr.zoe", p1.id)]  # newest first
    assert audit.count(AuditFilter(entity="patient", entity_id=p1.id)) == 2  # create + view
    assert [e.action for e in audit.entries(AuditFilter(user="Dr.Zoe"))] == ["view"]
    assert "patient" in audit.entities() and "view" in audit.actions()
    now = datetime.now(UTC)
    assert audit.count(AuditFilter(start=now + timedelta(minutes=1))) == 0
    assert audit.count(AuditFilter(end=now + timedelta(minutes=1))) == audit.count()
    page1 = audit.entries(limit=3)
    page2 = audit.entries(limit=3, offset=3)
    assert len(page1) == 3 and not {e.id for e in page1} & {e.id for e in page2}
    out = tmp_path / "audit.csv"
    assert audit.export_csv(out, AuditFilter(entity="patient")) == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["create", "create", "view", "view"]
    assert "Lima" in rows[0]["after"]
    assert not list(tmp_path.glob(".audit-*"))
