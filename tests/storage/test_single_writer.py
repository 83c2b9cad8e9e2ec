"""One writer per clinic file (issue 13, failure 1): a restore never sets aside a file another process writes.

Reproduced first with a real second process saving patients while this one restored: its acknowledged saves
landed in the file set aside (``.before-restore-*``) and were lost. Now the restore is refused while the other
process has the file, every acknowledged save is still there, and the restore works once it has closed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mesodesk.db.engine import sqlite_path
from mesodesk.db.models import Patient
from mesodesk.storage import backup, lock
from mesodesk.storage.database import open_database
from mesodesk.storage.lock import FileInUseError

SAVER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.patients import PatientInput
    from mesodesk.storage.database import open_database
    engine = open_database(sys.argv[1], upgrade=False)
    s = Services(ServiceContext(engine))
    print("ready", flush=True)
    n = 0
    while sys.stdin.readline().strip() == "save":
        n += 1
        p = s.patients.create(PatientInput(f"Saved{n}x", f"Other{n}q", date(1950 + n, 1 + n % 12, 1 + n % 28)))
        print(p.id, flush=True)
    """
)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))


def _saver(url: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "ready", line + (proc.stderr.read() if proc.stderr else "")
    return proc


def _save(proc: subprocess.Popen[str]) -> int:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("save\n")
    proc.stdin.flush()
    return int(proc.stdout.readline())


def _stop(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("stop\n")
    proc.stdin.close()
    proc.wait(timeout=60)


def test_restore_is_refused_while_another_process_saves_and_loses_nothing(sqlite_clinic, tmp_path):
    clinic = sqlite_clinic
    url = clinic.engine.url.render_as_string(hide_password=False)
    clinic.patient("Before", "Backup")
    made = backup.backup_database(clinic.engine, tmp_path / "b.sqlite3")
    proc = _saver(url)
    try:
        acknowledged = [_save(proc) for _ in range(3)]
        with pytest.raises(FileInUseError, match="Another MesoDesk|another MesoDesk"):
            backup.restore(made.path, engine=clinic.engine)
        acknowledged += [_save(proc) for _ in range(2)]  # the other process carries on, into the live file
    finally:
        _stop(proc)
    db = sqlite_path(url)
    assert db is not None
    assert not list(db.parent.glob("*.before-restore-*"))
    with clinic.engine.connect() as conn:
        ids = set(conn.scalars(select(Patient.id)))
    assert set(acknowledged) <= ids  # 5 of 5 acknowledged saves are in the clinic file
    # With the other process gone, the restore goes ahead (this process's own engine is no obstacle).
    result = backup.restore(made.path, engine=clinic.engine)
    assert result.kept_aside is not None
    with clinic.engine.connect() as conn:
        assert conn.scalar(select(func.count(Patient.id))) == 1


def test_a_process_starting_during_a_restore_is_refused_clearly(sqlite_url):
    db = sqlite_path(sqlite_url)
    assert db is not None
    script = "import sys; from mesodesk.storage.database import open_database; open_database(sys.argv[1])"
    with lock.exclusive(db, "restore a backup"):
        done = subprocess.run(
            [sys.executable, "-c", script, sqlite_url],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=120,
        )
    assert done.returncode != 0
    assert "FileInUseError" in done.stderr and "Close MesoDesk everywhere else" in done.stderr
    # and the CLI says it in one line, without a traceback
    cli = subprocess.run(
        [sys.executable, "-m", "mesodesk", "--db", sqlite_url, "check"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr  # the restore is over: the file opens again


def test_two_engines_of_one_process_share_the_lock(sqlite_url):
    first = open_database(sqlite_url)
    second = open_database(sqlite_url)  # a second window of the same process is fine
    db = sqlite_path(sqlite_url)
    assert db is not None and lock.lock_path(db).exists()
    assert not lock.others_present(db)
    first.dispose()
    second.dispose()


def test_others_present_sees_a_second_process(sqlite_url):
    db = sqlite_path(sqlite_url)
    assert db is not None
    proc = _saver(sqlite_url)
    try:
        deadline = time.monotonic() + 10
        while not lock.others_present(db) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.others_present(db)
    finally:
        _stop(proc)
    assert not lock.others_present(db)
    assert Path(str(db) + ".lock").exists()
