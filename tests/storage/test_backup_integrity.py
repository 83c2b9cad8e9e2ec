"""Backups (issue 13, failures 6, 7 and 8): checksummed, administrator-only, restores in the live trail,
no leftovers kept for ever, an encrypted clinic kept encrypted."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from mesodesk.cli import main
from mesodesk.db.engine import sqlite_path
from mesodesk.db.models import AuditEntry
from mesodesk.domain.errors import PermissionDeniedError
from mesodesk.services.backup import BackupService
from mesodesk.storage import backup
from mesodesk.storage.backup import BackupError


def _url(engine) -> str:  # type: ignore[no-untyped-def]
    return engine.url.render_as_string(hide_password=False)


def _flip_in_a_name(path: Path, name: bytes) -> None:
    """Change one letter of a patient's name inside the file: SQLite's integrity_check cannot see it."""
    data = bytearray(path.read_bytes())
    at = data.find(name)
    assert at > 0
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_backup_is_caught_by_its_manifest(sqlite_clinic, tmp_path, capsys):
    clinic = sqlite_clinic
    clinic.patient("Zebulon", "Quartermaine", notes="Xylophonist, reacts to lidocaine")
    info = backup.backup_database(clinic.engine, reason="manual")
    manifest = backup.read_manifest(info.path)
    assert manifest is not None and manifest["sha256"] == backup.file_sha256(info.path)
    assert manifest["audit"]["count"] > 0 and manifest["audit"]["head"]  # the chain head is anchored
    assert backup.verify_backup(info.path) == []
    _flip_in_a_name(info.path, b"Xylophonist")
    # What used to restore silently: SQLite still finds the file sound.
    import sqlite3

    with sqlite3.connect(info.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    problems = backup.verify_backup(info.path)
    assert problems and "SHA-256" in problems[0]
    with pytest.raises(BackupError, match="SHA-256"):
        backup.restore(info.path, engine=clinic.engine)
    assert main(["--db", _url(clinic.engine), "backup", "--list"]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and info.path.name in out


def test_only_an_administrator_may_back_up(clinic, tmp_path):
    clinic.patient()
    dest = tmp_path / "copies"
    dest.mkdir()
    for services in (clinic.as_assistant, clinic.as_practitioner):
        with pytest.raises(PermissionDeniedError):
            BackupService(services.ctx).backup_now(dest)
    assert list(dest.iterdir()) == []
    assert BackupService(clinic.services.ctx).backup_now(dest).path.parent == dest


def test_a_restore_is_recorded_in_the_live_trail(sqlite_clinic, tmp_path):
    clinic = sqlite_clinic
    clinic.patient()
    service = BackupService(clinic.services.ctx)
    info = service.backup_now(tmp_path)
    clinic.patient("After", "Backup")
    result = service.restore(info.path)
    with clinic.engine.connect() as conn:
        last = conn.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.action == "restore" and last.username == "admin"
    assert info.path.name in last.after_json and result.kept_aside is not None
    assert result.kept_aside.name in last.after_json


def test_leftovers_of_killed_backups_and_old_restores_are_cleaned_when_the_file_is_opened(
    sqlite_clinic, tmp_path
):
    from mesodesk.storage.database import open_database

    clinic = sqlite_clinic
    clinic.patient()
    db = sqlite_path(_url(clinic.engine))
    assert db is not None
    folder = backup.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / ".mesodesk-20250101-000000-daily.sqlite3.abc.partial"
    fresh = folder / ".mesodesk-20250101-000001-daily.sqlite3.def.partial"  # a backup being written now
    beside = db.parent / f".{db.name}.restore-xyz.partial"
    for p in (stale, fresh, beside):
        p.write_bytes(b"Quartermaine")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(beside, (old, old))
    asides = []
    for i in range(5):
        p = db.with_name(f"{db.name}.before-restore-2025010{i}-000000")
        p.write_bytes(b"old clinic")
        asides.append(p)
    listed = backup.leftover_copies(clinic.engine)
    assert set(asides) <= set(listed) and stale in listed  # what an administrator is shown after an erasure
    open_database(_url(clinic.engine)).dispose()
    assert not stale.exists() and not beside.exists() and fresh.exists()
    assert [p.exists() for p in asides] == [False, False, True, True, True]  # the newest 3 are kept


def test_a_plain_backup_restored_into_an_encrypted_clinic_keeps_it_encrypted(tmp_path, monkeypatch):
    pytest.importorskip("sqlcipher3")
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.patients import PatientInput
    from mesodesk.storage.database import open_database

    plain_url = f"sqlite:///{tmp_path / 'plain.sqlite3'}"
    plain = open_database(plain_url)
    Services(ServiceContext(plain)).users.create("admin", "Ada Admin", "admin", "correct horse")
    from datetime import date

    Services(ServiceContext(plain)).patients.create(PatientInput("Zebulon", "Quartermaine", date(1970, 1, 1)))
    made = backup.backup_database(plain, tmp_path / "plain-backup.sqlite3")
    plain.dispose()
    enc_path = tmp_path / "clinic.sqlite3"
    enc = open_database(f"sqlite:///{enc_path}", passphrase="s3cret passphrase")
    enc.dispose()
    # Without the passphrase the restore is refused (it would leave the clinic unencrypted).
    with pytest.raises(BackupError, match="encrypted"):
        backup.restore(made.path, f"sqlite:///{enc_path}")
    backup.restore(made.path, f"sqlite:///{enc_path}", passphrase="s3cret passphrase")
    assert not enc_path.read_bytes().startswith(b"SQLite format 3")
    assert b"Quartermaine" not in enc_path.read_bytes()
    again = open_database(f"sqlite:///{enc_path}", passphrase="s3cret passphrase")
    try:
        from mesodesk.db.models import Patient

        with again.connect() as conn:
            assert conn.scalar(select(Patient.last_name)) == "Quartermaine"
    finally:
        again.dispose()
