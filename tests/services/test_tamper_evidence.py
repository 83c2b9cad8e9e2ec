"""Issue 13, failures 3 and 4: someone holding the clinic file tampers with the audit trail and the signed
records, as with the sqlite3 shell, and recomputes every plain hash. Each of these passed `mesodesk check`
before; now each is reported (the chain is keyed with a secret kept outside the database, its head anchored
outside it, and signed records sealed)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mesodesk import cli
from mesodesk.db.engine import sqlite_path
from mesodesk.services.audit import GENESIS, verify_chain
from mesodesk.services.integrity import run_checks
from mesodesk.storage import trust


def _path(clinic) -> Path:  # type: ignore[no-untyped-def]
    path = sqlite_path(clinic.engine.url.render_as_string(hide_password=False))
    assert path is not None
    return path


def _shell(path: Path, *statements: str, drop_triggers: bool = True, restore_triggers: bool = True) -> None:
    conn = sqlite3.connect(path)
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_entries_no_%'"
    ).fetchall()
    if drop_triggers:
        for name, _sql in saved:
            conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    if drop_triggers and restore_triggers:
        for _name, sql in saved:
            conn.execute(sql)
    conn.commit()
    conn.close()


def _plain_digest(prev: str, row: tuple) -> str:
    at, user_id, username, entity, entity_id, action, payload_hash = row
    when = datetime.fromisoformat(at).replace(tzinfo=UTC) if "+" not in at else datetime.fromisoformat(at)
    payload = json.dumps(
        [prev, when.astimezone(UTC).isoformat(), user_id, username, entity, entity_id, action, payload_hash],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _rechain_plain(path: Path) -> None:
    """Recompute the whole chain with plain SHA-256, as the attacker of the issue did."""
    conn = sqlite3.connect(path)
    for name in ("audit_entries_no_update", "audit_entries_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    prev = GENESIS
    rows = conn.execute(
        "SELECT id, at, user_id, username, entity, entity_id, action, payload_hash FROM audit_entries ORDER BY id"
    ).fetchall()
    for row in rows:
        digest = _plain_digest(prev, row[1:])
        conn.execute(
            "UPDATE audit_entries SET prev_hash = ?, entry_hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest
    conn.commit()
    conn.close()


@pytest.fixture
def busy(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient("Ines", "Bauer")
    c.services.patients.chart(patient.id)
    c.patient("Omar", "Haddad")
    assert run_checks(c.engine) == []
    c.engine.dispose()
    return c


def test_the_key_lives_outside_the_database_and_the_anchor_beside_it(busy):
    path = _path(busy)
    with busy.engine.connect() as conn:
        key = trust.clinic_key(conn)
    assert key is not None
    assert trust.key_file(key.clinic_id).is_file()
    assert key.key.hex().encode() not in path.read_bytes()
    anchor = trust.read_anchor(trust.anchor_path(busy.engine, key.clinic_id))
    assert anchor is not None and trust.anchor_valid(key, anchor)


def test_deleting_the_newest_entries_is_reported(busy):
    _shell(_path(busy), "DELETE FROM audit_entries WHERE id > (SELECT max(id) - 2 FROM audit_entries)")
    problems = verify_chain(busy.engine)
    assert any("cut short" in p for p in problems), problems


def test_deleting_every_entry_is_reported(busy):
    _shell(_path(busy), "DELETE FROM audit_entries")
    assert any("cut short" in p for p in verify_chain(busy.engine))


def test_an_edited_entry_with_the_plain_chain_recomputed_is_reported(busy):
    path = _path(busy)
    _shell(path, "UPDATE audit_entries SET username = 'mallory' WHERE action = 'view'")
    _rechain_plain(path)
    problems = verify_chain(busy.engine)
    assert any("was changed" in p for p in problems), problems


def test_a_redaction_outside_an_erasure_is_reported(busy):
    _shell(
        _path(busy),
        "UPDATE audit_entries SET redacted = 1, before_json = NULL, after_json = NULL WHERE action = 'view'",
        drop_triggers=False,  # the trigger allows exactly this change
    )
    assert any("emptied outside an erasure" in p for p in verify_chain(busy.engine))


def test_dropped_triggers_are_reported(busy, capsys):
    _shell(_path(busy), restore_triggers=False)
    problems = verify_chain(busy.engine)
    assert any("audit_entries_no_update" in p for p in problems)
    assert cli.main(["--db", str(_path(busy)), "check"]) == 1
    assert "trigger" in capsys.readouterr().err


def test_a_changed_anchor_or_a_removed_key_record_is_reported(busy):
    with busy.engine.connect() as conn:
        key = trust.clinic_key(conn)
    assert key is not None
    anchor_file = trust.anchor_path(busy.engine, key.clinic_id)
    data = json.loads(anchor_file.read_text())
    data["last_id"] = 1
    anchor_file.write_text(json.dumps(data))
    assert any("anchor" in p for p in verify_chain(busy.engine))
    _shell(_path(busy), "DELETE FROM trust_state")
    assert any("trust_state" in p for p in verify_chain(busy.engine))


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(out, "JPEG")
    return out.getvalue()


# -- signed records ------------------------------------------------------------------------------------------
@pytest.fixture
def signed(sqlite_clinic):  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ConsentInput

    c = sqlite_clinic
    from mesodesk.services.clinic import ClinicInput

    c.services.clinic.save_settings(
        ClinicInput("Clinic", consent_gate="off", history_gate="off", risk_gate="off")
    )
    patient = c.patient()
    text_ = c.services.clinic.add_consent_text("meso", "1", "Mesotherapy consent", "Risks: bruising.")
    consent = c.as_practitioner.clinic.record_consent(
        ConsentInput(
            patient_id=patient.id,
            consent_text_id=text_.id,
            practitioner_id=c.practitioner.id,
            signed_at=datetime.now(UTC) - timedelta(minutes=1),
            risks_discussed="bruising",
            signature_png=b"\x89PNG fake",
            signature_source="drawn",
        )
    )
    session = c.as_practitioner.sessions.record(c.session_input(patient.id), sign_off=True).session
    photo = c.as_practitioner.photos.add(patient.id, _jpeg(), "a.jpg", "before", "", datetime.now().date())
    assert run_checks(c.engine) == []
    c.engine.dispose()
    return c, session, consent, text_, photo


def _rehash_session(path: Path, session_id: int) -> None:
    """Recompute a session's plain content hash from the rows, as someone with the code would."""
    from sqlalchemy import create_engine, select, update

    from mesodesk.db.models import TreatmentSession
    from mesodesk.services.integrity import _session_problems  # noqa: F401 - same digest as check
    from mesodesk.services.signing import content_hash

    engine = create_engine(f"sqlite:///{path}")
    from sqlalchemy.orm import Session, selectinload

    with Session(engine) as s:
        ts = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.id == session_id)
            .options(
                selectinload(TreatmentSession.areas),
                selectinload(TreatmentSession.products),
                selectinload(TreatmentSession.marks),
            )
        ).one()
        digest = content_hash(ts)
    with engine.begin() as conn:
        conn.execute(
            update(TreatmentSession).where(TreatmentSession.id == session_id).values(content_hash=digest)
        )
    engine.dispose()


def test_a_signed_session_set_back_to_draft_and_edited_is_reported(signed):
    c, session, *_ = signed
    _shell(
        _path(c), f"UPDATE treatment_sessions SET status = 'draft', notes = 'edited' WHERE id = {session.id}"
    )
    assert any(f"signed session {session.id} was set back to draft" in p for p in run_checks(c.engine))


def test_a_deleted_signed_session_is_reported(signed):
    c, session, *_ = signed
    _shell(_path(c), "PRAGMA foreign_keys = ON", f"DELETE FROM treatment_sessions WHERE id = {session.id}")
    assert any(f"signed session {session.id} was deleted" in p for p in run_checks(c.engine))
    _shell(_path(c), f"DELETE FROM seals WHERE kind = 'session' AND record_id = {session.id}")
    assert any("sealed session records are gone" in p for p in run_checks(c.engine))


def test_a_rehashed_session_and_a_changed_signer_are_reported(signed):
    c, session, *_ = signed
    path = _path(c)
    _shell(path, f"UPDATE session_areas SET depth_mm = 3.5 WHERE session_id = {session.id}")
    _rehash_session(path, session.id)
    problems = run_checks(c.engine)
    assert any(f"signed session {session.id} was changed" in p for p in problems), problems
    assert not any("content" in p and "no longer" in p for p in problems)


def test_a_changed_signer_or_time_is_reported(signed):
    c, session, *_ = signed
    _shell(_path(c), f"UPDATE treatment_sessions SET signed_off_by_id = {c.admin.id} WHERE id = {session.id}")
    assert any(f"signed session {session.id} was changed" in p for p in run_checks(c.engine))


def test_a_rehashed_consent_and_an_edited_consent_text_are_reported(signed):
    from mesodesk.services.signing import consent_hash

    c, _session, consent, text_, _photo = signed
    path = _path(c)
    _shell(path, f"UPDATE consent_texts SET body = 'Risks: none.' WHERE id = {text_.id}")
    assert any(f"consent {consent.id}" in p for p in run_checks(c.engine))
    _shell(path, f"UPDATE consent_texts SET body = 'Risks: bruising.' WHERE id = {text_.id}")
    assert run_checks(c.engine) == []
    from sqlalchemy import create_engine, select, update
    from sqlalchemy.orm import Session

    from mesodesk.db.models import Consent

    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as s:
        row = s.scalars(select(Consent).where(Consent.id == consent.id)).one()
        row.risks_discussed = "none"
        digest = consent_hash(row)
    with engine.begin() as conn:
        conn.execute(
            update(Consent)
            .where(Consent.id == consent.id)
            .values(risks_discussed="none", content_hash=digest)
        )
    engine.dispose()
    assert any(f"consent {consent.id}" in p for p in run_checks(c.engine))


def test_a_photo_with_new_bytes_and_a_new_hash_is_reported(signed):
    c, _session, _consent, _text, photo = signed
    new = b"\xff\xd8 other picture"
    conn = sqlite3.connect(_path(c))
    conn.execute(
        "UPDATE photos SET data = ?, sha256 = ?, size_bytes = ? WHERE id = ?",
        (new, hashlib.sha256(new).hexdigest(), len(new), photo.id),
    )
    conn.commit()
    conn.close()
    assert any(f"photo {photo.id} was replaced" in p for p in run_checks(c.engine))
