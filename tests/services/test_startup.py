"""Start-up checks: damaged files, network shares, full disks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from mesodesk.db.engine import sqlite_path
from mesodesk.domain.errors import DatabaseError
from mesodesk.services import Services, backup, startup
from mesodesk.services.context import ServiceContext
from mesodesk.services.patients import PatientInput


def _path(engine):  # type: ignore[no-untyped-def]
    return sqlite_path(engine.url.render_as_string(hide_password=False))


def test_a_sound_database_passes(sqlite_clinic):
    db = _path(sqlite_clinic.engine)
    sqlite_clinic.engine.dispose()
    result = startup.preflight(str(db))
    try:
        assert result.ok and result.engine is not None and result.message == ""
    finally:
        result.engine.dispose()


def test_a_new_database_is_created(tmp_path):
    result = startup.preflight(str(tmp_path / "new.sqlite3"))
    assert result.ok
    result.engine.dispose()


def test_a_truncated_database_is_reported_kept_and_the_newest_good_backup_offered(sqlite_clinic):
    for i in range(40):
        sqlite_clinic.patient(f"Patient{i}", "Truncated", notes="x" * 2000)
    older = backup.backup_database(sqlite_clinic.engine, reason="daily")
    sqlite_clinic.patient("Only", "InTheLatest")
    db = _path(sqlite_clinic.engine)
    sqlite_clinic.engine.dispose()  # checkpoints the WAL into the file
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(size // 2)
    damaged = db.read_bytes()

    result = startup.preflight(str(db))
    assert result.status == startup.DAMAGED and not result.ok and result.engine is None
    assert "truncated" in result.message and "left as it is" in result.message
    assert result.backup is not None and result.backup.path == older.path
    assert db.read_bytes() == damaged  # kept for inspection, not a byte changed

    restored = backup.restore(result.backup.path, result.url)
    assert restored.kept_aside.read_bytes() == damaged
    again = startup.preflight(str(db))
    try:
        assert again.ok
        assert len(Services(ServiceContext(again.engine)).patients.search("Truncated", limit=100)) == 40
    finally:
        again.engine.dispose()


def test_a_damaged_page_is_found_by_the_quick_check(sqlite_clinic):
    for i in range(40):
        sqlite_clinic.patient(f"Patient{i}", "Scrambled", notes="x" * 2000)
    db = _path(sqlite_clinic.engine)
    sqlite_clinic.engine.dispose()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 6):  # scribble over a few b-tree pages, size unchanged
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
    result = startup.preflight(str(db))
    assert result.status == startup.DAMAGED
    assert result.backup is None and "No good backup" in result.message


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"%PDF-1.4 not a database" * 100)
    result = startup.preflight(str(path))
    assert not result.ok and result.status in (startup.NOT_OURS, startup.REFUSED, startup.WRONG_PASSPHRASE)
    assert "not a MesoDesk database" in result.message
    assert path.read_bytes() == b"%PDF-1.4 not a database" * 100


MOUNTS = """sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw 0 0
//server/clinic {share} {fstype} rw 0 0
"""


@pytest.mark.parametrize("fstype", ["nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "afs"])
def test_a_database_on_a_network_share_is_refused(tmp_path, monkeypatch, fstype):
    share = tmp_path / "my share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS.format(share=str(share).replace(" ", "\\040"), fstype=fstype))
    monkeypatch.setattr(startup, "MOUNTS_FILE", mounts)
    result = startup.preflight(str(share / "clinic.sqlite3"))
    assert result.status == startup.NETWORK_SHARE
    assert "PostgreSQL" in result.message
    assert not (share / "clinic.sqlite3").exists()  # nothing created there
    assert startup.preflight(str(tmp_path / "local.sqlite3")).ok  # a local folder next to it is fine


def test_filesystem_type_picks_the_deepest_mount():
    from pathlib import Path

    mounts = (
        "/dev/sda1 / ext4 rw 0 0\nsrv:/x /mnt/clinic nfs rw 0 0\n/dev/sdb /mnt/clinic/local ext4 rw 0 0\n"
    )
    assert startup.filesystem_type(Path("/mnt/clinic/a/b.sqlite3"), mounts) == "nfs"
    assert startup.filesystem_type(Path("/mnt/clinic/local/b.sqlite3"), mounts) == "ext4"
    assert startup.filesystem_type(Path("/mnt/clinicx/b.sqlite3"), mounts) == "ext4"


def test_a_full_disk_fails_the_save_clearly_and_loses_nothing_saved(sqlite_clinic):
    engine = sqlite_clinic.engine
    kept = sqlite_clinic.patient("Saved", "Before")
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _small_disk(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    services = sqlite_clinic.services
    with pytest.raises(DatabaseError, match="disk is full"):
        for i in range(200):
            services.patients.create(
                PatientInput(f"Filler{i}", "Bigfile", date(1980, 1, 1), notes="n" * 9000)
            )
    event.remove(engine, "connect", _small_disk)
    engine.dispose()
    assert services.patients.get(kept.id).last_name == "Before"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
