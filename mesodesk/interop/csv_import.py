"""Patients from a spreadsheet (CSV) as office suites really write them.

- Encoding: a UTF-8 BOM (Excel "CSV UTF-8") is honoured; otherwise strict UTF-8 is tried, and
  Windows-1252 (Excel's "CSV" on a Western-European Windows) is the fallback.
- Delimiter: comma, semicolon (Excel in a French locale) or tab, found by csv.Sniffer with a
  fall-back count on the header line.
- Quoted fields may hold delimiters, doubled quotes and line breaks.
- UTF-16 (LibreOffice's "Unicode" CSV, Excel's "Unicode text"), with or without its BOM.
- .xlsx (openpyxl) and .ods (odfpy) workbooks are read directly (first sheet); their date cells are
  real dates, so no date format is guessed (mesodesk.interop.spreadsheets).
- A quote left open (a cell that starts with " and never ends) refuses the file and names its line.
- Headers in English, French, German, Italian, Spanish, Portuguese, Dutch and Polish are recognised
  whatever their case and accents (mesodesk.interop.import_headers); an explicit mapping
  (header -> field) overrides or completes the guess.
- Birth dates never come in wrong (mesodesk.interop.import_dates): the order (day/month/year,
  month/day/year, ISO) is given, or inferred from the whole column, or taken from the headers'
  language or the clinic's locale and said so, or the file is refused until it is chosen. Two-digit
  years resolve with the clinic's minimum patient age; implausible birth dates are row problems.
- Letters an encoding lost ("?ucja", "W?sowska" from a Windows-1252 export, U+FFFD) are row problems.
- Row numbers are the ones the spreadsheet shows: the header is row 1, the first patient row 2.

Typical use::

    imp = PatientCsvImport.from_path("patients.csv", date_order=None, locale_hint="en_US")
    imp.set_mapping({"Nom de jeune fille": "last_name"})
    report = imp.check(services)        # problems and possible duplicates, nothing written
    result = imp.run(services, dry_run=False, cancel=..., progress=...)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.domain import enums
from mesodesk.domain.errors import ValidationError
from mesodesk.i18n import N_, _
from mesodesk.interop.csv_reading import (
    CsvFormatError,
    CsvTable,
    detect_delimiter,
    detect_encoding,
    find_open_quote,
    read_table,
)
from mesodesk.interop.import_dates import (
    DEFAULT_MIN_AGE,
    ORDER_LABELS,
    ORDERS,
    OrderGuess,
    check_plausible,
    infer_order,
    parse_birth_date,
)
from mesodesk.interop.import_headers import (
    HEADER_ALIASES,
    LANGUAGE_DATE_ORDER,
    LANGUAGE_NAMES,
    header_field,
    headers_language,
    locale_date_order,
    normalise_header,
)
from mesodesk.interop.spreadsheets import Cell
from mesodesk.services.patient_import import (
    ImportResult,
    ImportRow,
    PatientImportService,
    RowProblem,
)
from mesodesk.services.patients import PatientInput

if TYPE_CHECKING:
    from mesodesk.services import Services

#: Patient fields a column can fill, in display order.
FIELDS: tuple[str, ...] = (
    "file_no",
    "last_name",
    "first_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "address",
    "fitzpatrick",
    "contraindications",
    "notes",
    "registered_on",
)
REQUIRED: tuple[str, ...] = ("last_name", "first_name", "date_of_birth")
#: English source labels (message ids), translated where shown: _(FIELD_LABELS[field]).
FIELD_LABELS: dict[str, str] = {
    "file_no": N_("File number"),
    "last_name": N_("Last name"),
    "first_name": N_("First name"),
    "date_of_birth": N_("Date of birth"),
    "sex": N_("Sex"),
    "phone": N_("Phone"),
    "email": N_("E-mail"),
    "address": N_("Address"),
    "fitzpatrick": N_("Skin type (Fitzpatrick)"),
    "contraindications": N_("Contraindications"),
    "notes": N_("Notes"),
    "registered_on": N_("Registered on"),
}
IGNORE = ""  # mapping value for a column that is not imported

# -- values ------------------------------------------------------------------------------------


def parse_date(
    text: str, today: date | None = None, order: str = "dmy", min_age: int = DEFAULT_MIN_AGE
) -> date:
    """A birth date in the given order (ISO always); two-digit years as import_dates resolves them."""
    return parse_birth_date(text, order, today or date.today(), min_age)


#: '?' or U+FFFD where a letter was: what a lossy re-encoding leaves ("?ucja", "W?sowska")
_DAMAGE_NAME = re.compile(r"[?\ufffd]")
_DAMAGE_TEXT = re.compile(r"\?(?=\w)|\w\?\?|\ufffd")
_DAMAGE_CHECKED = ("last_name", "first_name", "address", "email", "notes", "contraindications")


def encoding_damage(name: str, text: str) -> str | None:
    pattern = _DAMAGE_NAME if name in ("last_name", "first_name") else _DAMAGE_TEXT
    if pattern.search(text):
        return (
            f"has '?' or '\ufffd' where a letter should be ({text!r}): the file was saved in an encoding "
            "that lost letters; save it again as UTF-8 (or .xlsx / .ods)"
        )
    return None


_SEX = {
    "f": "F",
    "female": "F",
    "femme": "F",
    "feminin": "F",
    "w": "F",
    "woman": "F",
    "mme": "F",
    "madame": "F",
    "mlle": "F",
    "mrs": "F",
    "ms": "F",
    "miss": "F",
    "m": "M",
    "male": "M",
    "homme": "M",
    "h": "M",
    "masculin": "M",
    "man": "M",
    "mr": "M",
    "monsieur": "M",
    "x": "X",
    "other": "X",
    "autre": "X",
    "non binary": "X",
    "nonbinary": "X",
    "u": "U",
    "unknown": "U",
    "inconnu": "U",
    "": "U",
    "nc": "U",
    "n c": "U",
    "?": "U",
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def parse_sex(text: str) -> str:
    key = normalise_header(text) if text.strip() not in ("?",) else "?"
    if key in _SEX:
        return _SEX[key]
    raise ValueError(f"is not a sex we know (F, M, X or U): {text.strip()!r}")


def parse_fitzpatrick(text: str) -> int | None:
    value = normalise_header(text)
    if not value:
        return None
    value = re.sub(r"^(type|phototype|fitzpatrick)\s*", "", value).strip()
    if value.isdigit() and 1 <= int(value) <= 6:
        return int(value)
    if value in _ROMAN:
        return _ROMAN[value]
    raise ValueError(f"is not a skin type (I to VI or 1 to 6): {text.strip()!r}")


# -- the import --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateOrderChoice:
    """The order the birth dates are read in, and why (shown in the preview and the CLI)."""

    order: str | None  # None: it must be chosen before importing
    source: str  # "given", "column", "iso", "cells", "language", "locale", "ambiguous", "mixed"
    message: str


@dataclass
class PatientCsvImport:
    """A patient file (CSV, .xlsx, .ods), its column mapping, and the checks and import of its rows."""

    table: CsvTable
    mapping: list[str] = field(default_factory=list)  # per column: a field name, or IGNORE
    date_order: str | None = None  # given by the user: "dmy", "mdy" or "ymd"
    locale_hint: str | None = None  # the clinic's locale ("en_US", "fr_FR"), used for ambiguous dates

    def __post_init__(self) -> None:
        if not self.mapping:
            self.mapping = guess_mapping(self.table.headers)
        self.set_date_order(self.date_order)

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        mapping: Mapping[str, str] | None = None,
        date_order: str | None = None,
        locale_hint: str | None = None,
    ) -> PatientCsvImport:
        imp = cls(
            read_table(data, encoding=encoding, delimiter=delimiter),
            date_order=date_order,
            locale_hint=locale_hint,
        )
        if mapping:
            imp.set_mapping(mapping)
        return imp

    @classmethod
    def from_path(cls, path: str | Path, **kw: Any) -> PatientCsvImport:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CsvFormatError(
                "Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc
            ) from exc
        return cls.from_bytes(data, **kw)

    # -- mapping -------------------------------------------------------------------------------
    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def set_mapping(self, overrides: Mapping[str, str]) -> None:
        """Header text -> field name ('' or 'ignore' to leave a column out); header matched loosely."""
        for header, target in overrides.items():
            target = target.strip()
            if target.lower() in ("ignore", "none", "-"):
                target = IGNORE
            if target and target not in FIELDS:
                raise ValidationError(
                    "mapping",
                    "{target!r} is not a patient field ({fields})",
                    target=target,
                    fields=", ".join(FIELDS),
                )
            wanted = normalise_header(header)
            columns = [i for i, h in enumerate(self.headers) if normalise_header(h) == wanted]
            if not columns:
                raise ValidationError(
                    "mapping",
                    "the file has no column {header!r} (columns: {columns})",
                    header=header,
                    columns=", ".join(self.headers),
                )
            self.set_column(columns[0], target)

    def set_column(self, column: int, target: str) -> None:
        """Map one column; a field mapped elsewhere is taken away from the other column."""
        if target:
            self.mapping = [
                IGNORE if (m == target and i != column) else m for i, m in enumerate(self.mapping)
            ]
        self.mapping[column] = target

    def mapped(self) -> dict[str, int]:
        return {f: i for i, f in enumerate(self.mapping) if f}

    def missing_required(self) -> list[str]:
        mapped = self.mapped()
        return [f for f in REQUIRED if f not in mapped]

    # -- date order ----------------------------------------------------------------------------
    def set_date_order(self, order: str | None) -> None:
        if order is not None and order not in ORDERS:
            raise ValidationError(
                "date_order", "{order!r} is not one of {choices}", order=order, choices=", ".join(ORDERS)
            )
        self.date_order = order

    def language(self) -> str | None:
        return headers_language(self.headers)

    def _column_values(self, name: str) -> list[tuple[int, Cell]]:
        i = self.mapped().get(name)
        if i is None:
            return []
        return [(n, cells[i]) for n, cells in self.table.rows if i < len(cells)]

    def date_order_choice(self) -> DateOrderChoice:
        """The order the date columns are read in, and why; order None means it must be chosen."""
        if self.date_order:
            return DateOrderChoice(
                self.date_order, "given", f"Dates read as {ORDER_LABELS[self.date_order]}."
            )
        values = [
            (n, v)
            for name in ("date_of_birth", "registered_on")
            for n, v in self._column_values(name)
            if isinstance(v, str) and v.strip()
        ]
        if not values:
            return DateOrderChoice("ymd", "cells", "Dates are the spreadsheet's own date cells.")
        guess: OrderGuess = infer_order(values)
        if guess.decided_by == "mixed":
            return DateOrderChoice(
                None,
                "mixed",
                f"Row {guess.evidence_row} is day/month/year but row {guess.other_row} is month/day/year: "
                "the dates are written in two orders. Correct the file, or choose the order and fix the "
                "rows reported.",
            )
        if guess.order and guess.decided_by == "column":
            return DateOrderChoice(
                guess.order,
                "column",
                f"Dates read as {ORDER_LABELS[guess.order]}"
                + (f" (row {guess.evidence_row} can only be read that way)." if guess.evidence_row else "."),
            )
        if guess.order:
            return DateOrderChoice(guess.order, "iso", "Dates are written year-month-day (ISO).")
        lang = self.language()
        by_language = LANGUAGE_DATE_ORDER.get(lang) if lang else None
        if lang and by_language:
            return DateOrderChoice(
                by_language,
                "language",
                f"Every date could be day/month/year or month/day/year; read as "
                f"{ORDER_LABELS[by_language]} because the headers are {LANGUAGE_NAMES[lang]}. "
                "Choose the order if that is wrong.",
            )
        by_locale = locale_date_order(self.locale_hint)
        if by_locale:
            return DateOrderChoice(
                by_locale,
                "locale",
                f"Every date could be day/month/year or month/day/year; read as "
                f"{ORDER_LABELS[by_locale]} as in the clinic's locale ({self.locale_hint}). "
                "Choose the order if that is wrong.",
            )
        return DateOrderChoice(
            None,
            "ambiguous",
            "Every date could be day/month/year or month/day/year: choose the order the file uses "
            "(--date-order dmy or mdy).",
        )

    # -- rows ----------------------------------------------------------------------------------
    def preview(self, n: int = 20) -> list[dict[str, str]]:
        """The first n rows as {field: text} for the mapped columns (plus 'row')."""
        out = []
        for number, cells in self.table.rows[:n]:
            item = {"row": str(number)}
            for f, i in self.mapped().items():
                value = cells[i] if i < len(cells) else ""
                item[f] = value.isoformat() if isinstance(value, date) else str(value).strip()
            out.append(item)
        return out

    def parse(
        self, today: date | None = None, min_age: int = DEFAULT_MIN_AGE
    ) -> tuple[list[ImportRow], list[RowProblem]]:
        """Rows as PatientInput; cells that cannot be read (dates, sex, skin type) are problems.

        Raises ValidationError("date_order", ...) when the date order must be chosen first.
        """
        missing = self.missing_required()
        if missing:
            names = ", ".join(_(FIELD_LABELS[f]) for f in missing)
            raise ValidationError("mapping", "no column is mapped to {fields}", fields=names)
        choice = self.date_order_choice()
        if choice.order is None:
            raise ValidationError("date_order", choice.message)
        order = choice.order
        today = today or date.today()
        mapped = self.mapped()
        rows: list[ImportRow] = []
        problems: list[RowProblem] = []
        for number, cells in self.table.rows:
            raw = {f: (cells[i] if i < len(cells) else "") for f, i in mapped.items()}
            values: dict[str, str] = {}
            born: date | None = None
            registered: date | None = None
            fitzpatrick: int | None = None
            row_problems: list[RowProblem] = []
            for name, cell in raw.items():
                text = cell.strip() if isinstance(cell, str) else cell
                try:
                    if name == "date_of_birth":
                        born = parse_birth_date(text, order, today, min_age) if text else None
                    elif name == "registered_on":
                        registered = self._registered(text, order, today) if text else None
                    elif name == "sex":  # a date here (a spreadsheet's guess) is refused in its words
                        values[name] = parse_sex(text if isinstance(text, str) else text.isoformat())
                    elif name == "fitzpatrick":  # Excel makes a date of a skin type typed "1-2"
                        fitzpatrick = parse_fitzpatrick(text if isinstance(text, str) else text.isoformat())
                    elif isinstance(text, date):
                        values[name] = text.isoformat()
                    else:
                        if name in _DAMAGE_CHECKED:
                            damage = encoding_damage(name, text)
                            if damage:
                                raise ValueError(damage)
                        values[name] = text
                except ValueError as exc:
                    row_problems.append(RowProblem(number, name, str(exc)))
            if row_problems:
                problems.extend(row_problems)
                continue
            rows.append(
                ImportRow(
                    number,
                    PatientInput(
                        first_name=str(values.get("first_name", "")),
                        last_name=str(values.get("last_name", "")),
                        date_of_birth=born,
                        sex=str(values.get("sex", enums.Sex.UNKNOWN.value)),
                        file_no=str(values.get("file_no", "")),
                        phone=str(values.get("phone", "")),
                        email=str(values.get("email", "")),
                        address=str(values.get("address", "")),
                        fitzpatrick=fitzpatrick,
                        contraindications=str(values.get("contraindications", "")),
                        notes=str(values.get("notes", "")),
                    ),
                    registered_on=registered,
                )
            )
        return rows, problems

    @staticmethod
    def _registered(value: Cell, order: str, today: date) -> date:
        """A registration date: not in the future, two-digit years the most recent past century."""
        return parse_birth_date(value, order, today, 0)

    def _parse_for(self, services: Services) -> tuple[list[ImportRow], list[RowProblem]]:
        service = PatientImportService(services.ctx)
        return self.parse(services.ctx.today(), service.min_patient_age())

    def check(self, services: Services) -> ImportResult:
        """Problems and possible duplicates of every row; nothing is written."""
        service = PatientImportService(services.ctx)
        rows, problems = self._parse_for(services)
        result = service.check(rows)
        result.total = len(self.table.rows)
        result.problems = sorted(problems + result.problems, key=lambda p: p.row)
        return result

    def run(
        self,
        services: Services,
        *,
        dry_run: bool = False,
        skip_duplicates: bool = True,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> ImportResult:
        """Import every good row in one transaction (see PatientImportService.import_rows)."""
        service = PatientImportService(services.ctx)
        rows, problems = self._parse_for(services)
        result = service.import_rows(
            rows, skip_duplicates=skip_duplicates, dry_run=dry_run, cancel=cancel, progress=progress
        )
        result.total = len(self.table.rows)
        result.problems = sorted(problems + result.problems, key=lambda p: p.row)
        return result


def guess_mapping(headers: list[str]) -> list[str]:
    """A field for each recognised header (first column wins), IGNORE for the rest."""
    mapping: list[str] = []
    taken: set[str] = set()
    for h in headers:
        target = header_field(h) or IGNORE
        if target in taken:
            target = IGNORE
        if target:
            taken.add(target)
        mapping.append(target)
    return mapping


def format_result(result: ImportResult) -> list[str]:
    """The per-row report and a summary, as lines of text."""
    lines = [f"Row {p.row}: {p.field}: {p.message}" for p in result.problems]
    lines += [f"Possible duplicate, {d}" for d in result.duplicates]
    verb = "would be imported (dry run, nothing saved)" if result.dry_run else "imported"
    patients = "patient" if result.imported == 1 else "patients"
    lines.append(
        f"{result.total} rows read; {result.imported} {patients} {verb}; "
        f"{len(result.rows_with_problems)} rows with problems; "
        f"{len(result.duplicates)} possible duplicates"
        + (f" ({len(result.skipped_duplicates)} left out)" if result.skipped_duplicates else "")
        + "."
    )
    return lines


__all__ = [
    "FIELDS",
    "REQUIRED",
    "FIELD_LABELS",
    "IGNORE",
    "HEADER_ALIASES",
    "CsvFormatError",
    "CsvTable",
    "DateOrderChoice",
    "PatientCsvImport",
    "check_plausible",
    "detect_encoding",
    "detect_delimiter",
    "find_open_quote",
    "encoding_damage",
    "read_table",
    "parse_date",
    "parse_sex",
    "parse_fitzpatrick",
    "guess_mapping",
    "normalise_header",
    "format_result",
]
