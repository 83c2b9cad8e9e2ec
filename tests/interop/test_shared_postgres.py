"""Several workstations on one PostgreSQL database: what one saves the other sees; stale edits refused."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from mesodesk.domain.errors import ConflictError
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext
from mesodesk.services.database import open_database
from mesodesk.services.patients import PatientInput

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_workstations(pg_url):
    """Two application instances: separate engines (connection pools) and service contexts."""
    first = open_database(pg_url)
    second = open_database(pg_url)
    try:
        admin = Services(ServiceContext(first)).users.create("admin", "Ada Admin", "admin", "correct horse")
        yield Services(ServiceContext(first, admin.actor)), Services(ServiceContext(second, admin.actor))
    finally:
        first.dispose()
        second.dispose()


def test_records_made_on_one_workstation_appear_on_the_other(two_workstations):
    room1, room2 = two_workstations
    created = room1.patients.create(PatientInput("Hélène", "Lefèvre", date(1980, 2, 3)))
    assert room2.patients.get(created.id).last_name == "Lefèvre"
    assert [h.id for h in room2.patients.search("lefe")] == [created.id]
    room2.patients.add_allergy(created.id, "Lidocaine", "hives", "severe")
    assert [a.substance for a in room1.patients.chart(created.id).allergies] == ["Lidocaine"]


def test_conflicting_edit_is_refused(two_workstations):
    room1, room2 = two_workstations
    p = room1.patients.create(PatientInput("Zoë", "Ōtsuka", date(1990, 5, 6)))
    opened_in_1 = room1.patients.get(p.id)
    opened_in_2 = room2.patients.get(p.id)
    room2.patients.update(
        p.id, PatientInput("Zoë", "Ōtsuka", date(1990, 5, 6), phone="0611223344"), opened_in_2.version
    )
    with pytest.raises(ConflictError):
        room1.patients.update(p.id, PatientInput("Zoé", "Otsuka", date(1990, 5, 6)), opened_in_1.version)
    kept = room1.patients.get(p.id)
    assert (kept.first_name, kept.phone) == ("Zoë", "0611223344")  # nothing overwritten


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, **kw)


def test_second_process_shares_the_database(two_workstations, pg_url, tmp_path):
    """A real second process (the CLI and a small script) against the same server."""
    room1, _ = two_workstations
    p = room1.patients.create(PatientInput("Jérôme", "Müller", date(1975, 12, 31)))
    csv_file = tmp_path / "patients.csv"
    csv_file.write_bytes("Nom;Prénom;DDN\r\nGuérin;Anaïs;01/07/1999\r\n".encode("cp1252"))
    done = _run(["-m", "mesodesk", "--db", pg_url, "import", "patients", str(csv_file)])
    assert done.returncode == 0, done.stderr
    assert "1 patient imported" in done.stdout
    assert [h.last_name for h in room1.patients.search("guerin")] == ["Guérin"]  # seen by this process

    # the other process opens the record, this one saves first: the other is refused
    script = textwrap.dedent(f"""
        import sys, time
        from datetime import date
        from mesodesk.domain.errors import ConflictError
        from mesodesk.services import Services
        from mesodesk.services.context import ServiceContext
        from mesodesk.services.database import open_database
        from mesodesk.services.patients import PatientInput
        svc = Services(ServiceContext(open_database(sys.argv[1])))
        opened = svc.patients.get({p.id})
        print("opened", opened.version, flush=True)
        sys.stdin.readline()  # wait until the first workstation saved
        try:
            svc.patients.update({p.id}, PatientInput("J", "Mueller", date(1975, 12, 31)), opened.version)
        except ConflictError:
            print("conflict")
        else:
            print("saved")
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", script, pg_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().split() == ["opened", "1"]
        room1.patients.update(p.id, PatientInput("Jérôme", "Müller", date(1975, 12, 31), phone="01 23"), 1)
        out, err = proc.communicate("go\n", timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.strip() == "conflict", err
    assert room1.patients.get(p.id).last_name == "Müller"

    # and what the other process exports is what this one saved
    export = tmp_path / "rec.json"
    done = _run(["-m", "mesodesk", "--db", pg_url, "export", "patient", p.file_no, "-o", str(export)])
    assert done.returncode == 0, done.stderr
    assert '"phone": "01 23"' in export.read_text(encoding="utf-8")
