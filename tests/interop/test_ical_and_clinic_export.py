"""Follow-ups to .ics (parses back, stable UIDs) and the whole clinic to a folder of CSV files."""

from __future__ import annotations

import codecs
import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from mesodesk.db.base import Base
from mesodesk.interop.clinic_export import ClinicExportError, export_clinic
from mesodesk.interop.ical import clinic_slug, export_followups, followups_ics
from mesodesk.services.clinic import ClinicInput


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_followups_ics_parses_back_and_keeps_uids(sqlite_clinic, tmp_path):
    svc = sqlite_clinic.services
    svc.clinic.save_settings(ClinicInput("Clinique Saint-Éloi"))
    today = date.today()
    p = sqlite_clinic.patient("Hélène", "Lefèvre", notes="secret clinical note")
    review = svc.followups.add(p.id, "review", today + timedelta(days=3), notes="discuss nodules")
    later = svc.followups.add(p.id, "maintenance", today + timedelta(days=40))
    # a session with a plan makes a timed check call (due_at)
    from mesodesk.services.followups import PlanInput

    plan = svc.followups.create_plan(PlanInput(p.id, "Course", 3, 14, None, 48))
    svc.sessions.record(
        sqlite_clinic.session_input(p.id, datetime.now(UTC).replace(microsecond=0), plan_id=plan.id)
    )
    path, n = export_followups(svc, today, today + timedelta(days=30), tmp_path / "due.ics")
    data = path.read_bytes()
    found = events(data)
    assert n == len(found) >= 2
    assert clinic_slug("Clinique Saint-Éloi") == "clinique-saint-eloi"
    from mesodesk.services.exports import ExportService

    clinic_uuid = ExportService(svc.ctx).clinic_uuid()
    uid = f"followup-{review.id}@{clinic_uuid}"
    assert uid in found and f"followup-{later.id}@{clinic_uuid}" not in found  # out of range
    ev = found[uid]
    assert ev.decoded("DTSTART") == review.due_date  # all-day
    assert "Review" in str(ev["SUMMARY"]) and p.file_no in str(ev["SUMMARY"])
    assert ev.get("DTSTAMP") is not None
    assert b"secret" not in data and b"nodules" not in data  # no clinical detail
    calls = [e for e in found.values() if "Check call" in str(e["SUMMARY"])]
    assert calls and isinstance(calls[0].decoded("DTSTART"), datetime)  # timed
    # re-export after a change: same UIDs, higher SEQUENCE, cancelled events marked so
    before_seq = int(ev["SEQUENCE"])
    svc.followups.cancel(review.id)
    again = events(followups_ics(svc, today, today + timedelta(days=30)))
    assert set(again) == set(found)
    assert str(again[uid]["STATUS"]) == "CANCELLED"
    assert int(again[uid]["SEQUENCE"]) > before_seq


def test_clinic_export_one_csv_per_table(engine, tmp_path):
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    build_demo(engine, patients=30, seed=2)
    services = Services(ServiceContext(engine))
    from mesodesk.db.models import ClinicSettings

    with engine.begin() as conn:  # binary data must survive the trip
        conn.execute(ClinicSettings.__table__.update().values(logo_png=b'\x89PNG\x00\xff,"\n'))
    out = tmp_path / "leaving" / "clinic"
    counts = export_clinic(services, out)
    tables = Base.metadata.tables
    assert set(counts) == set(tables)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.csv" for t in tables] + ["manifest.json", "files"]
    )
    with engine.connect() as conn:
        for name, table in tables.items():
            assert counts[name] == conn.scalar(select(func.count()).select_from(table)), name
            assert (out / f"{name}.csv").read_bytes().startswith(codecs.BOM_UTF8)  # Excel reads UTF-8
            with open(out / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0] == [c.name for c in table.c]
            assert len(rows) - 1 == counts[name]
    with open(out / "clinic_settings.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["logo_png"] == "files/clinic_settings/1-logo_png.png"
    assert (out / row["logo_png"]).read_bytes() == b'\x89PNG\x00\xff,"\n'  # binary survives, as a file
    with open(out / "patients.csv", encoding="utf-8-sig", newline="") as fh:
        patients = list(csv.DictReader(fh))
    assert patients[0]["archived"] in ("true", "false") and len(patients[0]["date_of_birth"]) == 10
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {t["name"]: t["rows"] for t in manifest["tables"]} == counts
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temporary folder left
    with pytest.raises(ClinicExportError):
        export_clinic(services, out)  # never overwrites an earlier export


def test_clinic_export_needs_admin(sqlite_clinic, tmp_path):
    from mesodesk.domain.errors import PermissionDeniedError

    where = tmp_path / "exports"
    where.mkdir()
    with pytest.raises(PermissionDeniedError):
        export_clinic(sqlite_clinic.as_practitioner, where / "x")
    assert [p.name for p in where.iterdir()] == []  # the temporary folder was removed
