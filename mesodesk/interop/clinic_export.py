"""The whole clinic as a folder of CSV files (one per table) or one .xlsx workbook, for a clinic
that leaves — safe to open in a spreadsheet.

CSV (``fmt="csv"``, the default): ``<table>.csv`` in UTF-8 *with a BOM* (so Excel reads accents),
comma-separated, CRLF, a header row with the column names, then every row in primary-key order.
XLSX (``fmt="xlsx"``): ``clinic.xlsx``, one sheet per table (same columns), every text a text cell.

Values:
- empty cell = NULL; booleans ``true``/``false``; dates ISO 8601 (YYYY-MM-DD);
- times in the clinic's local time, to the second: ``YYYY-MM-DD HH:MM:SS`` (spreadsheets read it
  as a date and time); the zone and its offset at export time are in manifest.json;
- binary columns (photos, thumbnails, signatures, the logo) are files in ``files/<table>/``
  (``<id>-<column>.<ext>``, the extension from the image's own bytes); the cell holds the file's
  path relative to the export folder, so photos.csv is the index of the photos;
- formula injection (OWASP "CSV Injection"): a text cell that a spreadsheet would evaluate — one
  starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return — is written with a leading
  apostrophe, and so is a text already starting with an apostrophe; a reader of the CSV drops one
  leading apostrophe to get the value back. Phone numbers written with separators
  (``+33 6 12 34 56 78``, ``-``) are no formula and stay as they are. In the .xlsx every text is a
  text cell, so nothing needs an apostrophe there.

``manifest.json`` lists the tables, their columns and row counts, and these conventions. The folder is
written under a temporary name beside the target and renamed when complete, so a half-written
export never carries the final name. Password hashes are exported as stored (administrators only).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.services.exports import ExportService

if TYPE_CHECKING:
    from mesodesk.services import Services

FORMATS = ("csv", "xlsx")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
#: what a spreadsheet evaluates when a cell starts with it (OWASP CSV Injection)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: a phone number with separators: digits, spaces, ( ) . - / after a leading + or -; no formula
_PHONE = re.compile(r"^(?=(?:\D*\d){6})[+\-]?\(?\d[\d().\-/]*(?:[ .\-/]+[\d().]+)+$")
XLSX_MAX_CELL = 32_767


class ClinicExportError(KnownError):
    pass


def neutralise_formula(text: str) -> str:
    """The text as a spreadsheet will show it and never evaluate it (see the module docstring)."""
    if not text:
        return text
    if text[0] == "'" or (text[0] in FORMULA_TRIGGERS and not _PHONE.match(text)):
        return "'" + text
    return text


def restore_formula_text(cell: str) -> str:
    """The value behind a neutralised CSV cell (the inverse of neutralise_formula)."""
    return cell[1:] if cell.startswith("'") else cell


def local_time(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime(TIME_FORMAT)


_MAGIC = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tif"),
    (b"MM\x00*", "tif"),
    (b"%PDF", "pdf"),
)


def file_extension(data: bytes) -> str:
    for magic, ext in _MAGIC:
        if data.startswith(magic):
            return ext
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "heic"
    return "bin"


class _Writer:
    """Turns database values into cells, writing binary values out as files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = 0

    def value(self, table: str, key: str, column: str, value: Any) -> Any:
        """A plain Python cell value: str, int or float (formula neutralising is the format's job)."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime):
            return local_time(value)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (bytes, bytearray, memoryview)):
            data = bytes(value)
            rel = Path("files") / table / f"{key}-{column}.{file_extension(data)}"
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                fh.write(data)
            self.files += 1
            return rel.as_posix()
        if isinstance(value, (int, float)):
            return value
        return str(value)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise_formula(value)
    if isinstance(value, float):
        return repr(value)
    return value


def _key(row: tuple, columns: list[str], pk: list[str], n: int) -> str:
    if pk:
        return "-".join(str(row[columns.index(c)]) for c in pk)
    return str(n)


def export_clinic(
    services: Services,
    folder: str | Path,
    progress: Callable[[int, int, str], None] | None = None,
    fmt: str = "csv",
) -> dict[str, int]:
    """Write every table to folder (CSV files, or clinic.xlsx); returns {table: rows}. The folder must
    not exist (or be empty)."""
    from mesodesk import __version__
    from mesodesk.db.base import Base

    if fmt not in FORMATS:
        raise ValidationError(
            "format", "{fmt!r} is not one of {choices}", fmt=fmt, choices=", ".join(FORMATS)
        )
    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ClinicExportError(
            "{target} already exists and is not an empty folder; choose a new folder.", target=target
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise ClinicExportError(
            "Cannot write in {parent}: {reason}", parent=target.parent, reason=exc.strerror or exc
        ) from exc
    counts: dict[str, int] = {}
    columns_of: dict[str, list[str]] = {}
    writer = _Writer(tmp)
    pks = {t.name: [c.name for c in t.primary_key.columns] for t in Base.metadata.sorted_tables}
    workbook = None
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)

    def rows_of(table: str, columns: list[str], rows: Iterator[tuple]) -> Iterator[list[Any]]:
        for n, row in enumerate(rows, start=1):
            key = _key(row, columns, pks.get(table, []), n)
            yield [writer.value(table, key, c, v) for c, v in zip(columns, row, strict=True)]

    def csv_sink(table: str, columns: list[str], rows: Iterator[tuple]) -> None:
        n = 0
        with open(tmp / f"{table}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, lineterminator="\r\n")
            out.writerow(columns)
            for cells in rows_of(table, columns, rows):
                out.writerow([_csv_cell(c) for c in cells])
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        counts[table] = n
        columns_of[table] = columns
        if progress is not None:
            progress(len(counts), 0, table)

    def xlsx_sink(table: str, columns: list[str], rows: Iterator[tuple]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        assert workbook is not None
        sheet = workbook.create_sheet(table[:31])

        def text_cell(text: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            return cell

        sheet.append([text_cell(c) for c in columns])
        n = 0
        for cells in rows_of(table, columns, rows):
            out = []
            for i, c in enumerate(cells):
                if isinstance(c, str):
                    if len(c) > XLSX_MAX_CELL:  # a cell holds 32,767 characters: the rest goes to a file
                        rel = Path("files") / table / f"{n + 1}-{columns[i]}.txt"
                        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
                        (tmp / rel).write_text(c, encoding="utf-8")
                        c = rel.as_posix()
                    out.append(text_cell(c))
                else:
                    out.append(c)
            sheet.append(out)
            n += 1
        counts[table] = n
        columns_of[table] = columns
        if progress is not None:
            progress(len(counts), 0, table)

    try:
        ExportService(services.ctx).dump_tables(csv_sink if fmt == "csv" else xlsx_sink)
        if workbook is not None:
            workbook.save(tmp / "clinic.xlsx")
        now = datetime.now().astimezone()
        manifest = {
            "format": "mesodesk.clinic-csv" if fmt == "csv" else "mesodesk.clinic-xlsx",
            "format_version": 2,
            "application": f"MesoDesk {__version__}",
            "exported_at": now.replace(microsecond=0).isoformat(),
            "encoding": "utf-8 with BOM" if fmt == "csv" else "xlsx",
            "delimiter": "," if fmt == "csv" else None,
            "null": "",
            "booleans": ["true", "false"],
            "times": {
                "format": "YYYY-MM-DD HH:MM:SS",
                "zone": "local",
                "zone_name": now.tzname(),
                "utc_offset_at_export": now.strftime("%z"),
            },
            "binary_encoding": "file",
            "binary_files": "files/<table>/<id>-<column>.<ext>, path relative to this folder",
            "formula_escape": (
                "a text cell starting with = + - @ tab CR or ' is written with one leading apostrophe "
                "(drop it to get the value); phone numbers with separators are left as they are"
                if fmt == "csv"
                else "none needed: every text is a text cell"
            ),
            "files_written": writer.files,
            "tables": [
                {
                    "name": t,
                    "file": f"{t}.csv" if fmt == "csv" else f"clinic.xlsx#{t[:31]}",
                    "rows": counts[t],
                    "columns": columns_of[t],
                }
                for t in counts
            ],
        }
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        if target.exists():
            target.rmdir()
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ClinicExportError(
            "Cannot write the export to {target}: {reason}", target=target, reason=exc.strerror or exc
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts
