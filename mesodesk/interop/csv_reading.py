"""Reading a patient file into headers and rows: CSV as office suites write it, or a workbook.

- Encoding: a UTF-8 BOM (Excel "CSV UTF-8") is honoured; UTF-16 is recognised with or without its
  BOM; otherwise strict UTF-8 is tried, and Windows-1252 (Excel's "CSV" on a Western-European
  Windows) is the fallback.
- Delimiter: comma, semicolon (Excel in a French locale) or tab, found by csv.Sniffer with a
  fall-back count on the header line.
- Quoted fields may hold delimiters, doubled quotes and line breaks; a quote left open refuses the
  file with its line (``find_open_quote``) instead of silently merging the rows after it.
- .xlsx and .ods are read by mesodesk.interop.spreadsheets (date cells stay dates).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from mesodesk.domain.errors import KnownError
from mesodesk.interop.spreadsheets import Cell, SpreadsheetError, read_workbook, workbook_kind


class CsvFormatError(KnownError):
    """The file cannot be read as a table (empty, binary, unknown encoding, a quote left open)."""


# -- reading the file --------------------------------------------------------------------------


def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 text (every other byte zero), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) // 2 * 2]
    if not sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """'utf-8-sig' for a BOM, 'utf-16' (BOM or not), 'utf-8' if it decodes strictly, else 'cp1252'."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _looks_utf16(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab."""
    sample = text[: 64 * 1024]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        if dialect.delimiter in ",;\t":
            first = sample.splitlines()[0] if sample else ""
            # The sniffer can be fooled by commas inside quoted text; trust it only if the header agrees.
            if first.count(dialect.delimiter) or not any(first.count(d) for d in ",;\t"):
                return dialect.delimiter
    except csv.Error:
        pass
    first = sample.splitlines()[0] if sample else ""
    counts = {d: first.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def find_open_quote(text: str, delimiter: str, columns: int) -> tuple[int, str] | None:
    """(line, why) of a quoted cell that never closes, or that swallows whole rows; None if fine.

    A cell opened with a quote runs to the next lone quote. One left open runs to the end of the file;
    one closed only by another cell's quote rows later has, inside it, lines that hold a whole row
    (as many delimiters as the header): both are reported where the quote opened.
    """
    line = 1
    i, n = 0, len(text)
    at_field_start = True
    while i < n:
        ch = text[i]
        if at_field_start and ch == '"':
            opened = line
            i += 1
            inner_lines: list[str] = []
            current: list[str] = []
            while True:
                if i >= n:
                    return opened, "a quote opened on this line is never closed"
                c = text[i]
                if c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        current.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                if c == "\n":
                    line += 1
                    inner_lines.append("".join(current))
                    current = []
                else:
                    current.append(c)
                i += 1
            inner_lines.append("".join(current))
            if columns > 2 and len(inner_lines) > 1:
                for inner in inner_lines[1:]:
                    if inner.count(delimiter) >= columns - 1:
                        return opened, "a quote opened on this line runs over the rows after it"
            at_field_start = False
            continue
        if ch == "\n":
            line += 1
            at_field_start = True
        elif ch == delimiter:
            at_field_start = True
        elif ch != "\r":
            at_field_start = False
        i += 1
    return None


@dataclass
class CsvTable:
    """The file as read: headers and data rows with their spreadsheet row numbers."""

    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]  # (spreadsheet row number, cells); dates only from workbooks
    kind: str = "csv"  # "csv", "xlsx" or "ods"


def _table_from_rows(
    numbered: Sequence[tuple[int, Sequence[Cell]]], encoding: str, delim: str, kind: str
) -> CsvTable:
    headers: list[str] | None = None
    rows: list[tuple[int, list[Cell]]] = []
    for number, cells in numbered:
        if not any(str(c).strip() for c in cells):
            continue  # blank lines before the header, empty spreadsheet rows
        if headers is None:
            headers = [str(c).strip() for c in cells]
            continue
        rows.append((number, list(cells)))
    if headers is None:
        raise CsvFormatError("The file has no header row.")
    return CsvTable(encoding, delim, headers, rows, kind)


def read_table(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> CsvTable:
    if not data.strip():
        raise CsvFormatError("The file is empty.")
    kind = workbook_kind(data)
    if kind:
        try:
            kind, sheet_rows = read_workbook(data)
        except SpreadsheetError as exc:
            raise CsvFormatError(str(exc)) from exc
        return _table_from_rows(sheet_rows, "", "", kind)
    enc = encoding or detect_encoding(data)
    if b"\x00" in data[:4096] and not enc.startswith("utf-16"):
        raise CsvFormatError("This is not a text (CSV) file, nor an .xlsx or .ods workbook.")
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise CsvFormatError("The file cannot be read as {enc}: {error}", enc=enc, error=exc) from exc
    text = text.lstrip("\ufeff")
    delim = delimiter or detect_delimiter(text)
    if delim in ("\\t", "tab", "TAB"):
        delim = "\t"
    first_line = text.split("\n", 1)[0]
    problem = find_open_quote(text, delim, first_line.count(delim) + 1)
    if problem:
        line, why = problem
        raise CsvFormatError(
            "Line {line}: {why}; nothing was imported. Close the quote and try again.", line=line, why=why
        )
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delim, quotechar='"', doublequote=True, strict=False
    )
    try:
        numbered = list(enumerate(reader, start=1))
    except csv.Error as exc:
        raise CsvFormatError(
            "The file is not valid CSV near line {line_num}: {error}", line_num=reader.line_num, error=exc
        ) from exc
    return _table_from_rows(numbered, enc, delim, "csv")


__all__ = [
    "CsvFormatError",
    "CsvTable",
    "detect_encoding",
    "detect_delimiter",
    "find_open_quote",
    "read_table",
]
