"""Patients from a spreadsheet (CSV) as office suites really write them.

- Encoding: a UTF-8 BOM (Excel "CSV UTF-8") is honoured; otherwise strict UTF-8 is tried, and
  Windows-1252 (Excel's "CSV" on a Western-European Windows) is the fallback.
- Delimiter: comma, semicolon (Excel in a French locale) or tab, found by csv.Sniffer with a
  fall-back count on the header line.
- Quoted fields may hold delimiters, doubled quotes and line breaks.
- Headers in English or French are recognised whatever their case and accents
  ("Nom", "Prénom", "Date de naissance", "DDN", "N° dossier", "Courriel" ...); an explicit
  mapping (header -> field) overrides or completes the guess.
- Dates are read day first (31/12/1980, 31.12.1980, 31-12-1980, 2-digit years) or ISO (1980-12-31).
- Row numbers are the ones the spreadsheet shows: the header is row 1, the first patient row 2.

Typical use::

    imp = PatientCsvImport.from_path("patients.csv")
    imp.set_mapping({"Nom de jeune fille": "last_name"})
    report = imp.check(services)        # problems and possible duplicates, nothing written
    result = imp.run(services, dry_run=False, cancel=..., progress=...)
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mesodesk.domain import enums
from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.domain.rules import fold
from mesodesk.services.patient_import import (
    ImportResult,
    ImportRow,
    PatientImportService,
    RowProblem,
)
from mesodesk.services.patients import PatientInput

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
)
REQUIRED: tuple[str, ...] = ("last_name", "first_name", "date_of_birth")
FIELD_LABELS: dict[str, str] = {
    "file_no": "File number",
    "last_name": "Last name",
    "first_name": "First name",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "phone": "Phone",
    "email": "E-mail",
    "address": "Address",
    "fitzpatrick": "Skin type (Fitzpatrick)",
    "contraindications": "Contraindications",
    "notes": "Notes",
}
IGNORE = ""  # mapping value for a column that is not imported

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "name",
        "nom",
        "nom de famille",
        "nom de naissance",
        "nom d usage",
        "patient last name",
    ),
    "first_name": (
        "first name",
        "firstname",
        "given name",
        "given names",
        "forename",
        "prenom",
        "prenoms",
        "patient first name",
    ),
    "date_of_birth": (
        "date of birth",
        "dob",
        "d o b",
        "birth date",
        "birthdate",
        "born",
        "birthday",
        "date de naissance",
        "ddn",
        "naissance",
        "ne le",
        "nee le",
        "ne e le",
        "date naissance",
    ),
    "sex": ("sex", "gender", "sexe", "genre"),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "phone number",
        "telephone number",
        "mobile",
        "mobile phone",
        "cell",
        "portable",
        "gsm",
        "numero de telephone",
        "tel portable",
        "telephone portable",
    ),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "courriel",
        "adresse email",
        "adresse e mail",
        "adresse mail",
        "adresse electronique",
    ),
    "address": ("address", "postal address", "home address", "adresse", "adresse postale", "domicile"),
    "file_no": (
        "file number",
        "file no",
        "file",
        "file num",
        "record number",
        "record no",
        "patient number",
        "patient no",
        "patient id",
        "n dossier",
        "no dossier",
        "n de dossier",
        "numero de dossier",
        "num dossier",
        "dossier",
        "numero dossier",
        "ref dossier",
    ),
    "notes": (
        "notes",
        "note",
        "remarks",
        "comments",
        "comment",
        "remarques",
        "remarque",
        "commentaires",
        "commentaire",
        "observations",
    ),
    "fitzpatrick": (
        "skin type",
        "fitzpatrick",
        "fitzpatrick type",
        "fitzpatrick skin type",
        "phototype",
        "type de peau",
        "phototype fitzpatrick",
    ),
    "contraindications": (
        "contraindications",
        "contra indications",
        "contre indications",
        "contre indication",
    ),
}


def normalise_header(text: str) -> str:
    """'N° Dossier ' -> 'n dossier', 'Prénom' -> 'prenom', 'E-mail' -> 'e mail'."""
    folded = fold(text.replace("\ufeff", ""))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


_ALIAS_INDEX: dict[str, str] = {
    normalise_header(a): f for f, aliases in HEADER_ALIASES.items() for a in aliases
}


class CsvFormatError(KnownError):
    """The file cannot be read as a table (empty, binary, unknown encoding)."""


# -- reading the file --------------------------------------------------------------------------


def detect_encoding(data: bytes) -> str:
    """'utf-8-sig' for a BOM, 'utf-8' if it decodes strictly, else 'cp1252' (or latin-1)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
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


@dataclass
class CsvTable:
    """The file as read: headers and data rows with their spreadsheet row numbers."""

    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)


def read_table(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> CsvTable:
    if not data.strip():
        raise CsvFormatError("The file is empty.")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFormatError("This is not a text (CSV) file.")
    enc = encoding or detect_encoding(data)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise CsvFormatError(f"The file cannot be read as {enc}: {exc}") from exc
    text = text.lstrip("\ufeff")
    delim = delimiter or detect_delimiter(text)
    if delim in ("\\t", "tab", "TAB"):
        delim = "\t"
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delim, quotechar='"', doublequote=True, strict=False
    )
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if headers is None:
                if not any(c.strip() for c in cells):
                    continue  # blank lines before the header
                headers = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue  # an empty spreadsheet row
            rows.append((number, cells))
    except csv.Error as exc:
        raise CsvFormatError(f"The file is not valid CSV near line {reader.line_num}: {exc}") from exc
    if headers is None:
        raise CsvFormatError("The file has no header row.")
    return CsvTable(enc, delim, headers, rows)


# -- values ------------------------------------------------------------------------------------

_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def parse_date(text: str, today: date | None = None) -> date:
    """Day-first or ISO; a 2-digit year is the most recent year not after today ('85' -> 1985)."""
    value = text.strip()
    today = today or date.today()
    m = _ISO.match(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DAY_FIRST.match(value)
        if not m:
            raise ValueError(f"is not a date (expected day/month/year or YYYY-MM-DD): {value!r}")
        d, mo, y = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            century = today.year // 100 * 100
            y = century + y if century + y <= today.year else century - 100 + y
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValueError(f"is not a valid date: {value!r}") from None


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


@dataclass
class PatientCsvImport:
    """A CSV file of patients, its column mapping, and the checks and import of its rows."""

    table: CsvTable
    mapping: list[str] = field(default_factory=list)  # per column: a field name, or IGNORE

    def __post_init__(self) -> None:
        if not self.mapping:
            self.mapping = guess_mapping(self.table.headers)

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        mapping: Mapping[str, str] | None = None,
    ) -> PatientCsvImport:
        imp = cls(read_table(data, encoding=encoding, delimiter=delimiter))
        if mapping:
            imp.set_mapping(mapping)
        return imp

    @classmethod
    def from_path(cls, path: str | Path, **kw) -> PatientCsvImport:  # type: ignore[no-untyped-def]
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CsvFormatError(f"Cannot read {path}: {exc.strerror or exc}") from exc
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
                raise ValidationError("mapping", f"{target!r} is not a patient field ({', '.join(FIELDS)})")
            wanted = normalise_header(header)
            columns = [i for i, h in enumerate(self.headers) if normalise_header(h) == wanted]
            if not columns:
                raise ValidationError(
                    "mapping", f"the file has no column {header!r} (columns: {', '.join(self.headers)})"
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

    # -- rows ----------------------------------------------------------------------------------
    def preview(self, n: int = 20) -> list[dict[str, str]]:
        """The first n rows as {field: text} for the mapped columns (plus 'row')."""
        out = []
        for number, cells in self.table.rows[:n]:
            item = {"row": str(number)}
            for f, i in self.mapped().items():
                item[f] = cells[i].strip() if i < len(cells) else ""
            out.append(item)
        return out

    def parse(self, today: date | None = None) -> tuple[list[ImportRow], list[RowProblem]]:
        """Rows as PatientInput; cells that cannot be read (dates, sex, skin type) are problems."""
        missing = self.missing_required()
        if missing:
            raise ValidationError(
                "mapping", "no column is mapped to " + ", ".join(FIELD_LABELS[f] for f in missing)
            )
        today = today or date.today()
        mapped = self.mapped()
        rows: list[ImportRow] = []
        problems: list[RowProblem] = []
        for number, cells in self.table.rows:
            raw = {f: (cells[i] if i < len(cells) else "") for f, i in mapped.items()}
            values: dict[str, object] = {}
            row_problems: list[RowProblem] = []
            for name, text in raw.items():
                text = text.strip()
                try:
                    if name == "date_of_birth":
                        values[name] = parse_date(text, today) if text else None
                    elif name == "sex":
                        values[name] = parse_sex(text)
                    elif name == "fitzpatrick":
                        values[name] = parse_fitzpatrick(text)
                    else:
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
                        date_of_birth=values.get("date_of_birth"),  # type: ignore[arg-type]
                        sex=str(values.get("sex", enums.Sex.UNKNOWN.value)),
                        file_no=str(values.get("file_no", "")),
                        phone=str(values.get("phone", "")),
                        email=str(values.get("email", "")),
                        address=str(values.get("address", "")),
                        fitzpatrick=values.get("fitzpatrick"),  # type: ignore[arg-type]
                        contraindications=str(values.get("contraindications", "")),
                        notes=str(values.get("notes", "")),
                    ),
                )
            )
        return rows, problems

    def check(self, services) -> ImportResult:  # type: ignore[no-untyped-def]
        """Problems and possible duplicates of every row; nothing is written."""
        service = PatientImportService(services.ctx)
        rows, problems = self.parse(services.ctx.today())
        result = service.check(rows)
        result.total = len(self.table.rows)
        result.problems = sorted(problems + result.problems, key=lambda p: p.row)
        return result

    def run(
        self,
        services,
        *,
        dry_run: bool = False,
        skip_duplicates: bool = True,  # type: ignore[no-untyped-def]
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> ImportResult:
        """Import every good row in one transaction (see PatientImportService.import_rows)."""
        service = PatientImportService(services.ctx)
        rows, problems = self.parse(services.ctx.today())
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
        target = _ALIAS_INDEX.get(normalise_header(h), IGNORE)
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
    "PatientCsvImport",
    "detect_encoding",
    "detect_delimiter",
    "read_table",
    "parse_date",
    "parse_sex",
    "parse_fitzpatrick",
    "guess_mapping",
    "normalise_header",
    "format_result",
]
