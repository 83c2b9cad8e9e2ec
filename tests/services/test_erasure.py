"""Erasing a patient leaves no trace: not in any table, index, audit payload, freed page or WAL."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from sqlalchemy import func, select, text

from mesodesk.db.base import Base
from mesodesk.db.engine import sqlite_path
from mesodesk.db.models import AuditEntry, Patient, Photo, TreatmentSession
from mesodesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from mesodesk.services.audit import verify_chain
from mesodesk.services.clinic import ConsentInput
from mesodesk.services.erasure import ErasureService, file_no_hash
from mesodesk.services.followups import PlanInput
from mesodesk.services.integrity import verify_signed_records
from mesodesk.services.patients import HistoryInput, PatientInput
from mesodesk.services.photos import PhotoService
from mesodesk.services.reactions import ReactionInput

FIRST, LAST = "Zebulon", "Quaxwhistle"


def _png_naming(name: str) -> bytes:
    info = PngInfo()
    info.add_text("Comment", f"photo of {name}")
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 90)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def _full_record(clinic):  # type: ignore[no-untyped-def]
    """A patient with something in every table that hangs off a patient, the name in many of them."""
    p = clinic.patient(FIRST, LAST, email="zebulon.quaxwhistle@example.org", notes=f"{LAST} family")
    s = clinic.services
    doc = clinic.as_practitioner
    s.patients.save_history(p.id, HistoryInput(nsaids=True, other=f"{FIRST} reports aspirin use"))
    doc.patients.add_allergy(p.id, "lidocaine", f"{LAST} rash")
    clinic.ready_to_sign(p.id)
    saved = doc.sessions.record(
        clinic.session_input(p.id, notes=f"{FIRST} tolerated well"),
        sign_off=True,
        override_reason="allergy discussed, test dose tolerated",
    ).session
    doc.sessions.amend(
        saved.id, clinic.session_input(p.id, notes=f"{FIRST} tolerated well, amended"), "typo", saved.version
    )
    doc.reactions.record(
        ReactionInput(
            patient_id=p.id,
            type="bruising",
            onset_at=datetime.now(UTC),
            session_id=saved.id,
            notes=f"{LAST} bruise",
        )
    )
    text_ = s.clinic.add_consent_text("meso", "1", "Consent", "Risks.")
    doc.clinic.record_consent(
        ConsentInput(
            patient_id=p.id,
            consent_text_id=text_.id,
            practitioner_id=clinic.practitioner.id,
            signed_at=datetime.now(UTC) - timedelta(minutes=5),
            risks_discussed=f"{FIRST} understood",
            signature_png=_png_naming(f"{FIRST} {LAST} signature"),
            signature_source="drawn",
        )
    )
    doc.followups.create_plan(
        PlanInput(
            patient_id=p.id,
            name=f"{LAST} course",
            course_sessions=3,
            course_interval_days=7,
            start_date=date.today(),
            notes=f"{FIRST} plan",
        )
    )
    fu = s.followups.add(p.id, "check_call", date.today() + timedelta(days=1), notes=f"call {FIRST}")
    s.followups.log_attempt(fu.id, "no_answer", notes=f"{LAST} voicemail")
    PhotoService(doc.ctx).add(
        p.id, _png_naming(f"{FIRST} {LAST}"), f"{LAST}_before.png", "before", "cheeks", date.today()
    )
    s.patients.update(
        p.id,
        PatientInput(
            FIRST,
            LAST,
            date(1980, 2, 3),
            phone="+33 6 12 34 56 78",
            email="zebulon.quaxwhistle@example.org",
            notes=f"{LAST} family",
        ),
        s.patients.get(p.id).version,
    )
    s.patients.chart(p.id)
    return p


def _raw_files(db) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    return {f.name: f.read_bytes() for f in db.parent.iterdir() if f.name.startswith(db.name)}


def _mentions(data: bytes) -> bool:
    low = data.lower()
    return any(word.lower().encode() in low for word in (FIRST, LAST))


def test_erased_patient_leaves_no_trace_in_the_sqlite_file(sqlite_clinic):
    keep = sqlite_clinic.patient("Anna", "Keepsake")
    p = _full_record(sqlite_clinic)
    engine = sqlite_clinic.engine
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    assert any(_mentions(b) for b in _raw_files(db).values())  # the test can see the name when it is there

    result = ErasureService(sqlite_clinic.services.ctx).erase_patient(p.id, p.file_no)

    files = _raw_files(db)
    assert db.name in files
    for name, data in files.items():
        assert not _mentions(data), f"the erased name survives in {name}"
    assert result.file_no_hash == file_no_hash(p.file_no) and result.redacted_entries > 5
    # the rest of the clinic is intact, and both integrity checks still pass
    assert sqlite_clinic.services.patients.get(keep.id).last_name == "Keepsake"
    assert [h.id for h in sqlite_clinic.services.patients.search("Keeps")] == [keep.id]
    assert sqlite_clinic.services.patients.search(FIRST) == []
    assert verify_chain(engine) == [] and verify_signed_records(engine) == []
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        conn.exec_driver_sql("INSERT INTO patients_fts(patients_fts, rank) VALUES ('integrity-check', 1)")


def test_erasure_on_every_backend_removes_rows_and_redacts_the_trail(clinic):
    p = _full_record(clinic)
    engine = clinic.engine
    ErasureService(clinic.services.ctx).erase_patient(p.id, p.file_no)
    with clinic.services.ctx.read() as s:
        assert s.get(Patient, p.id) is None
        assert s.scalar(select(func.count(TreatmentSession.id))) == 0
        assert s.scalar(select(func.count(Photo.id))) == 0
        erase = s.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        assert erase.entity_id == p.id and erase.before_json is None
        assert p.file_no not in erase.after_json and file_no_hash(p.file_no) in erase.after_json
        assert erase.username == "admin"
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if engine.dialect.name == "postgresql":
                found = conn.execute(
                    text(f"SELECT count(*) FROM {table.name} AS t WHERE CAST(t AS text) ILIKE :w"),
                    {"w": f"%{LAST}%"},
                ).scalar()
            else:
                cols = " || ' ' || ".join(f"coalesce(CAST({c.name} AS TEXT), '')" for c in table.columns)
                found = conn.execute(
                    text(f"SELECT count(*) FROM {table.name} WHERE lower({cols}) LIKE :w"),
                    {"w": f"%{LAST.lower()}%"},
                ).scalar()
            assert found == 0, f"{LAST} is still in {table.name}"
    assert verify_chain(engine) == []


def test_erasure_needs_the_file_number_and_an_administrator(clinic):
    p = clinic.patient(FIRST, LAST)
    with pytest.raises(ValidationError) as err:
        ErasureService(clinic.services.ctx).erase_patient(p.id, "MD-999999")
    assert err.value.field == "file_no"
    with pytest.raises(PermissionDeniedError):
        ErasureService(clinic.as_practitioner.ctx).erase_patient(p.id, p.file_no)
    assert clinic.services.patients.get(p.id).id == p.id
    with pytest.raises(NotFoundError):
        ErasureService(clinic.services.ctx).erase_patient(p.id + 100, p.file_no)


def test_erase_from_the_command_line(sqlite_clinic, capsys):
    from mesodesk import cli

    p = sqlite_clinic.patient(FIRST, LAST)
    db = sqlite_path(sqlite_clinic.engine.url.render_as_string(hide_password=False))
    sqlite_clinic.engine.dispose()
    assert cli.main(["--db", str(db), "erase", p.file_no]) == 2  # no --yes: nothing done
    assert cli.main(["--db", str(db), "erase", p.file_no, "--yes"]) == 0
    assert "erased" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "erase", p.file_no, "--yes"]) == 2  # no such patient any more


READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM patients").fetchone()  # a read snapshot that keeps the WAL frames alive
print("reading", flush=True)
sys.stdin.readline()  # until the test says stop
conn.execute("COMMIT")
conn.close()
"""


def test_a_reader_in_another_process_makes_the_erasure_incomplete_never_reported_done(sqlite_clinic):
    """Issue 13 item 5, with a real second process: the checkpoint's result was ignored, so with
    another reader open the erasure could report success and leave the name in the file."""
    import subprocess
    import sys
    import time

    from mesodesk.services.erasure import ErasureIncompleteError, compact_database

    p = _full_record(sqlite_clinic)
    engine = sqlite_clinic.engine
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    started = time.monotonic()
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        with pytest.raises(ErasureIncompleteError) as err:
            ErasureService(sqlite_clinic.services.ctx).erase_patient(p.id, p.file_no)
        assert "erase --compact" in str(err.value)
        assert time.monotonic() - started < 30  # the administrator is told within seconds, not minutes
        assert sqlite_clinic.services.patients.search(FIRST) == []  # the records themselves are gone
    finally:
        assert reader.stdin is not None
        reader.stdin.write("done\n")
        reader.stdin.flush()
        reader.wait(timeout=30)
    compact_database(engine, (FIRST + LAST).encode())  # the reader has gone: now it completes
    for name, data in _raw_files(db).items():
        assert not _mentions(data), f"the erased name survives in {name}"
