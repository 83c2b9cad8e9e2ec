"""The import and export commands, run as an administrator would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest

from mesodesk.cli import main


@pytest.fixture
def demo_db(tmp_path):
    url = str(tmp_path / "clinic.sqlite3")
    assert main(["--db", url, "demo", "--patients", "20"]) == 0
    return url


def test_import_command_reports_rows_and_summary(demo_db, tmp_path, capsys):
    csv_file = tmp_path / "p.csv"
    csv_file.write_bytes(
        "Nom;Prénom;DDN;Nom de jeune fille\r\nLefèvre;Hélène;03/02/1980;Martin\r\n"
        ";Sans;01/01/1990;\r\nDurand;Paul;31/02/1980;\r\n".encode("cp1252")
    )
    assert main(["--db", demo_db, "import", "patients", str(csv_file), "--dry-run"]) == 1  # rows reported
    out = capsys.readouterr().out
    assert "cp1252, delimiter ';', 3 rows" in out
    assert "Row 3: last_name: is required" in out and "Row 4: date_of_birth:" in out
    assert "1 patient would be imported (dry run, nothing saved)" in out
    assert (
        main(
            [
                "--db",
                demo_db,
                "import",
                "patients",
                str(csv_file),
                "--map",
                "Nom de jeune fille=last_name",
                "--map",
                "Nom=ignore",
            ]
        )
        == 1
    )
    out = capsys.readouterr().out
    assert re.search(r"'Nom de jeune fille' +-> Last name", out)
    assert re.search(r"'Nom' +-> \(not imported\)", out)
    assert "Row 3: last_name: is required" in out  # the maiden-name column is empty there
    assert "1 patient imported" in out
    assert main(["--db", demo_db, "export", "patient", "MD-000021", "-o", str(tmp_path / "r.json")]) == 0
    assert (
        json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["tables"]["patients"][0]["last_name"]
        == "Martin"
    )


def test_import_command_fatal_errors_exit_2(demo_db, tmp_path, capsys):
    assert main(["--db", demo_db, "import", "patients", str(tmp_path / "missing.csv")]) == 2
    assert "Cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("Email\nx@y.fr\n", encoding="utf-8")
    assert main(["--db", demo_db, "import", "patients", str(bad)]) == 2
    assert "no column is mapped to Last name" in capsys.readouterr().err
    assert main(["--db", demo_db, "import", "patients", str(bad), "--map", "Shoe=notes"]) == 2


def test_export_commands(demo_db, tmp_path, capsys):
    assert (
        main(
            [
                "--db",
                demo_db,
                "export",
                "patient",
                "MD-000003",
                "--format",
                "fhir",
                "-o",
                str(tmp_path / "b.json"),
            ]
        )
        == 0
    )
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    assert main(["--db", demo_db, "export", "patient", "NOPE", "-o", str(tmp_path / "n.json")]) == 2
    assert "No patient with file number NOPE" in capsys.readouterr().err
    today = date.today()
    assert (
        main(
            [
                "--db",
                demo_db,
                "export",
                "followups",
                "--from",
                str(today - timedelta(days=400)),
                "--to",
                str(today + timedelta(days=400)),
                "-o",
                str(tmp_path / "due.ics"),
            ]
        )
        == 0
    )
    assert "follow-ups from" in capsys.readouterr().out
    assert (tmp_path / "due.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (
        main(
            [
                "--db",
                demo_db,
                "export",
                "followups",
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
                "-o",
                str(tmp_path / "x.ics"),
            ]
        )
        == 2
    )
    assert main(["--db", demo_db, "export", "clinic", "-o", str(tmp_path / "all")]) == 0
    assert "patients.csv: 20 rows" in capsys.readouterr().out
    assert main(["--db", demo_db, "export", "clinic", "-o", str(tmp_path / "all")]) == 2


def test_interop_does_not_import_qt():
    code = (
        "import sys, mesodesk.interop.csv_import, mesodesk.interop.record_export, mesodesk.interop.ical, "
        "mesodesk.interop.clinic_export, mesodesk.services.exports, mesodesk.services.patient_import, "
        "mesodesk.commands.import_, mesodesk.commands.export; "
        "assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
