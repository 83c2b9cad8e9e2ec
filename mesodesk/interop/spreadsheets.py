"""Reading the first sheet of an .xlsx (openpyxl) or .ods (odfpy) workbook as rows of cells.

Cells come back as text, except real date cells, which come back as ``datetime.date`` so no date
format has to be guessed. Whole numbers typed in a number cell (a file number 1024) come back as
"1024", not "1024.0". Row numbers are the sheet's own (1 = the first row).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.domain.errors import KnownError

if TYPE_CHECKING:
    from odf.element import Element

Cell = str | date


class SpreadsheetError(KnownError):
    """The workbook cannot be read."""


XLSX_MAGIC = b"PK\x03\x04"


def workbook_kind(data: bytes) -> str | None:
    """'xlsx', 'ods' or None (not a zipped workbook)."""
    if not data.startswith(XLSX_MAGIC):
        return None
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and z.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument.spreadsheet"
            ):
                return "ods"
    except zipfile.BadZipFile:
        return None
    return None


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    import io

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SpreadsheetError("The .xlsx workbook cannot be read: {error}", error=exc) from exc
    try:
        sheet = wb.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in row]
    finally:
        wb.close()


def read_ods(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    import io

    from odf import opendocument, table, text
    from odf.namespaces import OFFICENS, TABLENS

    try:
        doc = opendocument.load(io.BytesIO(data))
    except Exception as exc:
        raise SpreadsheetError("The .ods workbook cannot be read: {error}", error=exc) from exc
    sheets = doc.spreadsheet.getElementsByType(table.Table)
    if not sheets:
        return

    def cell_text(cell: Element) -> str:
        lines = []
        for p in cell.getElementsByType(text.P):
            lines.append("".join(_node_text(n) for n in p.childNodes))
        return "\n".join(lines)

    number = 0
    for row in sheets[0].getElementsByType(table.TableRow):
        repeat_rows = int(row.attributes.get((TABLENS, "number-rows-repeated"), 1))
        cells: list[Cell] = []
        for cell in row.childNodes:
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            repeat = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1))
            kind = cell.attributes.get((OFFICENS, "value-type"))
            value: Cell
            if kind == "date":
                raw = cell.attributes.get((OFFICENS, "date-value"), "")
                try:
                    value = date.fromisoformat(raw[:10])
                except ValueError:
                    value = cell_text(cell)
            elif kind in ("float", "percentage", "currency"):
                raw = cell.attributes.get((OFFICENS, "value"), "")
                try:
                    value = _cell(float(raw))
                except ValueError:
                    value = cell_text(cell)
            else:
                value = cell_text(cell)
            cells.extend([value] * min(repeat, 1000))
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:  # blank rows (LibreOffice writes the rest of the sheet as one repeated row)
            number += repeat_rows
            continue
        for _ in range(min(repeat_rows, 100_000)):
            number += 1
            yield number, list(cells)


def _node_text(node: Element) -> str:
    if node.nodeType == node.TEXT_NODE:
        return str(node.data)
    name = node.qname[1] if hasattr(node, "qname") else ""
    if name == "s":
        from odf.namespaces import TEXTNS

        return " " * int(node.attributes.get((TEXTNS, "c"), 1))
    if name == "tab":
        return "\t"
    if name == "line-break":
        return "\n"
    return "".join(_node_text(n) for n in node.childNodes)


def read_workbook(data: bytes) -> tuple[str, list[tuple[int, list[Cell]]]]:
    kind = workbook_kind(data)
    if kind == "xlsx":
        return kind, list(read_xlsx(data))
    if kind == "ods":
        return kind, list(read_ods(data))
    raise SpreadsheetError("This is neither a CSV file nor an .xlsx or .ods workbook.")


def is_workbook_name(path: str | Path) -> bool:
    return Path(path).suffix.lower() in (".xlsx", ".ods")


__all__ = ["Cell", "SpreadsheetError", "workbook_kind", "read_xlsx", "read_ods", "read_workbook"]
