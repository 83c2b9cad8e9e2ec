"""The whole clinic as a folder of CSV files, one per table, for a clinic that leaves.

Each file is ``<table>.csv``: UTF-8 (no BOM), comma-separated, a header row with the column
names, then every row in primary-key order. Empty cell = NULL; booleans are ``true``/``false``;
dates ISO 8601; times ISO 8601 in UTC; binary columns (photos, signatures, logo) base64.
``manifest.json`` lists the tables, their columns and row counts. The folder is written under a
temporary name beside the target and renamed when complete, so a half-written export never
carries the final name. Password hashes are exported as stored (administrators only).
"""

from __future__ import annotations

import base64
import csv
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mesodesk.domain.errors import KnownError
from mesodesk.services.exports import ExportService


class ClinicExportError(KnownError):
    pass


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, float):
        return repr(value)
    return str(value)


def export_clinic(
    services,
    folder: str | Path,  # type: ignore[no-untyped-def]
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, int]:
    """Write every table to folder/<table>.csv; returns {table: rows}. The folder must not exist
    (or be empty)."""
    from mesodesk import __version__

    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ClinicExportError(f"{target} already exists and is not an empty folder; choose a new folder.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise ClinicExportError(f"Cannot write in {target.parent}: {exc.strerror or exc}") from exc
    counts: dict[str, int] = {}
    columns_of: dict[str, list[str]] = {}

    def sink(table: str, columns: list[str], rows: Iterator[tuple]) -> None:
        n = 0
        with open(tmp / f"{table}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_cell(v) for v in row])
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        counts[table] = n
        columns_of[table] = columns
        if progress is not None:
            progress(len(counts), 0, table)

    try:
        ExportService(services.ctx).dump_tables(sink)
        manifest = {
            "format": "mesodesk.clinic-csv",
            "format_version": 1,
            "application": f"MesoDesk {__version__}",
            "exported_at": datetime.now(UTC).isoformat(),
            "encoding": "utf-8",
            "delimiter": ",",
            "null": "",
            "booleans": ["true", "false"],
            "binary_encoding": "base64",
            "tables": [
                {"name": t, "file": f"{t}.csv", "rows": counts[t], "columns": columns_of[t]} for t in counts
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
        raise ClinicExportError(f"Cannot write the export to {target}: {exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts
