"""kill -9 at random moments while sessions are being saved: the database stays whole and keeps every
session whose save had returned.

Each run is a separate process (forked from this one, so the imports are already paid for) that
opens its own engine and records sessions through the services in a loop, writing each returned
session id to a pipe; after a random 0.05-0.5 s it gets SIGKILL.
"""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import UTC, datetime, timedelta

import pytest

from mesodesk.services.audit import verify_chain
from mesodesk.services.integrity import verify_signed_records

KILLS = 50


def _record_forever(url: str, clinic, patient_id: int, out_fd: int) -> None:  # type: ignore[no-untyped-def]
    """Runs in the child: never returns."""
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.database import open_database

    engine = open_database(url, upgrade=False)
    services = Services(ServiceContext(engine, clinic.practitioner.actor))
    os.write(out_fd, b"ready\n")
    n = 0
    while True:
        n += 1
        data = clinic.session_input(
            patient_id,
            when=datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=n),
            notes="kill test " * 20,
        )
        saved = services.sessions.record(data, sign_off=n % 2 == 0).session
        os.write(out_fd, f"{saved.id}\n".encode())


def _run_once(url: str, clinic, patient_id: int, wait: float) -> list[int]:  # type: ignore[no-untyped-def]
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(read_fd)
            _record_forever(url, clinic, patient_id, write_fd)
        finally:
            os._exit(3)
    os.close(write_fd)
    buffer = b""
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while buffer.count(b"\n") < 2:  # ready, and a first save acknowledged: the kill lands mid-work
            chunk = pipe.read(64)
            assert chunk, "the child died before it was ready"
            buffer += chunk
        time.sleep(wait)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the child ended on its own"
        while chunk := pipe.read(4096):
            buffer += chunk
    lines = buffer.decode().split("\n")[1:]
    return [int(x) for x in lines[:-1]]  # the last piece is empty or a line the kill cut short


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_sigkill_while_recording_sessions_loses_no_acknowledged_save(sqlite_clinic):
    clinic = sqlite_clinic
    patient = clinic.patient("Crash", "Test")
    clinic.ready_to_sign(patient.id)
    clinic.as_practitioner.sessions.record(
        clinic.session_input(patient.id), sign_off=True
    )  # warm every import
    url = clinic.engine.url.render_as_string(hide_password=False)
    clinic.engine.dispose()  # no connection crosses the fork
    rng = random.Random(20261125)
    acknowledged: list[int] = []
    for _ in range(KILLS):
        acknowledged += _run_once(url, clinic, patient.id, rng.uniform(0.05, 0.5))
    assert len(acknowledged) >= KILLS  # every child saved at least once before it was killed
    assert len(set(acknowledged)) == len(acknowledged)

    with clinic.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert not conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        stored = {r[0] for r in conn.exec_driver_sql("SELECT id FROM treatment_sessions")}
    missing = sorted(set(acknowledged) - stored)
    assert not missing, f"{len(missing)} acknowledged sessions lost: {missing[:10]}"
    assert verify_chain(clinic.engine) == []
    assert verify_signed_records(clinic.engine) == []
