"""Backups: online copy verified and rotated, restore that never half-replaces, pre-migration backups."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest

from mesodesk import cli
from mesodesk.db import migrate
from mesodesk.db.engine import sqlite_path
from mesodesk.services import Services, backup
from mesodesk.services.context import ServiceContext
from mesodesk.services.database import MigrationFailedError, open_database
from mesodesk.storage import backup_pg


def _path(engine):  # type: ignore[no-untyped-def]
    return sqlite_path(engine.url.render_as_string(hide_password=False))


def _names(engine) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(
        f"{p.first_name} {p.last_name}"
        for p in (
            Services(ServiceContext(engine)).patients.get(h.id)
            for h in Services(ServiceContext(engine)).patients.search("", limit=1000, include_archived=True)
        )
    )


def _count_patients(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM patients").scalar()


def test_backup_is_a_verified_single_file_in_the_backup_folder(sqlite_clinic):
    sqlite_clinic.patient("Ana", "Lima")
    steps: list[tuple[int, int]] = []
    info = backup.backup_database(sqlite_clinic.engine, progress=lambda d, t: steps.append((d, t)))
    assert info.path.parent == backup.backups_dir()
    assert info.path.name.startswith("clinic-") and info.path.name.endswith("-manual.sqlite3")
    assert backup.verify_backup(info.path) == []
    assert steps and steps[-1][0] == steps[-1][1]
    others = [p for p in info.path.parent.iterdir() if p != info.path]
    assert others == [backup.manifest_path(info.path)]  # its checksum; no -wal, no partial file
    assert backup.list_backups(sqlite_clinic.engine)[0].path == info.path


def test_verify_refuses_damaged_or_foreign_files(tmp_path, sqlite_clinic):
    info = backup.backup_database(sqlite_clinic.engine, tmp_path / "copy.sqlite3")
    half = tmp_path / "half.sqlite3"
    half.write_bytes(info.path.read_bytes()[: info.size // 2])
    assert backup.verify_backup(half)
    other = tmp_path / "other.sqlite3"
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "not a MesoDesk database" in backup.verify_backup(other)[0]
    (tmp_path / "text.sqlite3").write_text("hello")
    assert backup.verify_backup(tmp_path / "text.sqlite3")


def test_restore_puts_the_backup_back_and_keeps_the_current_database_aside(sqlite_clinic):
    engine = sqlite_clinic.engine
    sqlite_clinic.patient("Ana", "Lima")
    info = backup.backup_database(engine)
    sqlite_clinic.patient("Bo", "Chen")  # saved after the backup (lives in the WAL right now)
    db = _path(engine)
    result = backup.restore(info.path, engine=engine)
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert not (db.parent / (db.name + "-wal")).exists()  # no stale WAL next to the restored file
    reopened = open_database(str(db))
    try:
        assert _count_patients(reopened) == 1
    finally:
        reopened.dispose()
    aside = open_database(str(result.kept_aside), upgrade=False)
    try:
        assert _count_patients(aside) == 2  # the database as it was, WAL content included
    finally:
        aside.dispose()
    assert not list(db.parent.glob("*.partial"))


def test_a_bad_backup_is_refused_and_nothing_changes(sqlite_clinic, tmp_path):
    sqlite_clinic.patient()
    info = backup.backup_database(sqlite_clinic.engine)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(info.path.read_bytes()[:8192])
    db = _path(sqlite_clinic.engine)
    sqlite_clinic.engine.dispose()
    before = db.read_bytes()
    with pytest.raises(backup.BackupError, match="cannot be restored"):
        backup.restore(bad, str(db))
    assert db.read_bytes() == before
    assert not list(db.parent.glob("*.before-restore-*"))


def test_restore_from_the_command_line(sqlite_clinic, tmp_path, capsys):
    sqlite_clinic.patient("Ana", "Lima")
    db = _path(sqlite_clinic.engine)
    target = tmp_path / "manual.sqlite3"
    assert cli.main(["--db", str(db), "backup", "--to", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    sqlite_clinic.patient("Bo", "Chen")
    sqlite_clinic.engine.dispose()
    assert cli.main(["--db", str(db), "restore", str(target)]) == 0
    assert "kept as" in capsys.readouterr().out
    engine = open_database(str(db))
    try:
        assert _count_patients(engine) == 1
    finally:
        engine.dispose()


def test_rotation_keeps_7_daily_4_weekly_12_monthly(sqlite_engine):
    folder = backup.backups_dir()
    folder.mkdir(parents=True)
    start = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    for day in range(400):  # two automatic backups a day for 400 days, and a manual one
        for hour in (9, 18):
            when = start - timedelta(days=day) - timedelta(hours=18 - hour)
            reason = "daily" if hour == 9 else "exit"
            (folder / f"clinic-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3").write_bytes(b"x")
    (folder / f"clinic-{start - timedelta(days=300):%Y%m%d-%H%M%S}-manual.sqlite3").write_bytes(b"x")
    (folder / "someone-else-20261125-180000-exit.sqlite3").write_bytes(b"x")
    backup.rotate(sqlite_engine, folder, now=start)
    kept = backup.list_backups(sqlite_engine, folder)
    automatic = [b.created for b in kept if b.reason in backup.AUTOMATIC]
    days = {d.date() for d in automatic}
    assert len(automatic) == len(days)  # one per day at most
    assert {start.date() - timedelta(days=n) for n in range(7)} <= days
    assert len({d.isocalendar()[:2] for d in automatic}) >= 4
    assert len({(d.year, d.month) for d in automatic}) == 12
    assert len(automatic) <= 7 + 4 + 12
    assert any(b.reason == "manual" for b in kept)
    assert (folder / "someone-else-20261125-180000-exit.sqlite3").exists()


def test_daily_backup_is_made_once_a_day(sqlite_clinic):
    engine = sqlite_clinic.engine
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    first = backup.backup_if_due(engine, now=now)
    assert first is not None and first.reason == "daily"
    assert backup.backup_if_due(engine, now=now + timedelta(hours=5)) is None
    assert backup.backup_if_due(engine, now=now + timedelta(days=1, minutes=1)) is not None
    assert backup.backup_on_exit(engine, now=now + timedelta(days=1, hours=7)) is None  # nothing new to keep
    sqlite_clinic.patient("Saved", "Later")
    exit_backup = backup.backup_on_exit(engine, now=now + timedelta(days=1, hours=8))
    assert exit_backup is not None and backup.verify_backup(exit_backup.path) == []


def test_no_automatic_backup_of_an_empty_database(sqlite_engine):
    assert backup.backup_if_due(sqlite_engine) is None
    assert backup.backup_on_exit(sqlite_engine) is None


def test_a_migration_runs_only_after_a_verified_backup(sqlite_clinic):
    engine = sqlite_clinic.engine
    sqlite_clinic.patient("Ana", "Lima")
    migrate.downgrade(engine, "0001")
    db = _path(engine)
    engine.dispose()
    reopened = open_database(str(db))
    try:
        assert migrate.schema_state(reopened) == "current"
    finally:
        reopened.dispose()
    made = [b for b in backup.list_backups(f"sqlite:///{db}") if b.reason == "pre-migration"]
    assert len(made) == 1 and backup.verify_backup(made[0].path) == []


def test_a_migration_failing_part_way_is_reported_with_the_backup(sqlite_clinic, monkeypatch):
    engine = sqlite_clinic.engine
    sqlite_clinic.patient("Ana", "Lima")
    migrate.downgrade(engine, "0001")
    db = _path(engine)
    engine.dispose()

    def broken_upgrade(engine, revision="head"):  # type: ignore[no-untyped-def]
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk gave up")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(MigrationFailedError) as err:
        open_database(str(db))
    assert err.value.backup is not None and backup.verify_backup(err.value.backup) == []
    assert str(err.value.backup) in str(err.value)

    from mesodesk.services import startup

    result = startup.preflight(str(db))
    assert result.status == startup.MIGRATION_FAILED
    assert result.backup is not None and result.backup.reason == "pre-migration"


@pytest.mark.postgres
def test_postgresql_backup_and_restore_with_pg_dump(pg_migrated_url):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    engine = open_database(pg_migrated_url)
    try:
        system = Services(ServiceContext(engine))
        admin = system.users.create("admin", "Admin", "admin", "long password")
        from datetime import date

        from mesodesk.services.patients import PatientInput

        system.as_user(admin.actor).patients.create(PatientInput("Ana", "Lima", date(1990, 1, 1)))
        info = backup.backup_database(engine)
        assert info.path.suffix == ".pgdump" and info.size > 0
        system.as_user(admin.actor).patients.create(PatientInput("Bo", "Chen", date(1990, 1, 1)))
        backup.restore(info.path, pg_migrated_url, engine=engine)
        assert _count_patients(engine) == 1
    finally:
        engine.dispose()


def test_postgresql_without_pg_dump_gives_a_clear_message(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupError, match="need the pg_dump program"):
        backup_pg.pg_tool("pg_dump")
