"""Importing many patients at once: the same checks as one patient, one transaction for all.

Used by mesodesk.interop.csv_import (which turns spreadsheet rows into PatientInput). Each row is
checked with the rules of PatientService.create; a row that fails is reported (row, field, why)
and left out, the others are imported together in ONE transaction, each with its own audit
entry. Cancelling (a callback checked between rows) or a database error rolls everything back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.db.models import ClinicSettings, Patient
from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.domain.rules import fold, format_file_no
from mesodesk.i18n import N_, _
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.patients import PatientInput, _apply, _clean, _next_file_no

Progress = Callable[[int, int, str], None]
CHUNK = 500


class ImportCancelled(KnownError):  # noqa: N818 - a user's choice, not an error
    """The user cancelled: nothing was imported."""

    def __init__(self) -> None:
        super().__init__(N_("The import was cancelled: nothing was imported."))


@dataclass
class ImportRow:
    """One patient to import; ``row`` is the row number as the spreadsheet shows it."""

    row: int
    data: PatientInput
    registered_on: date | None = None  # when the patient joined the clinic, if the file says


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row that looks like a patient already on file (or an earlier row of the same file)."""

    row: int
    reason: str  # "file_no", "name_and_birth", or "likely" (services.duplicates: similar name, phone, e-mail)
    patient_id: int | None  # None when it duplicates an earlier row of the file
    file_no: str
    name: str
    other_row: int | None = None
    detail: str = ""  # for "likely": why (e.g. "same date of birth and a similar name")

    @property
    def certain(self) -> bool:
        """Same file number, or the same name and birth date: left out unless asked to keep them."""
        return self.reason != "likely"

    def __str__(self) -> str:
        if self.reason == "likely":
            return f"row {self.row}: likely {self.name} ({self.file_no}) already on file: {self.detail}"
        what = "same file number" if self.reason == "file_no" else "same name and date of birth"
        if self.patient_id is None:
            return f"row {self.row}: {what} as row {self.other_row}"
        return f"row {self.row}: {what} as {self.name} ({self.file_no}) already on file"


@dataclass
class ImportResult:
    total: int  # rows offered
    created: list[tuple[int, int, str]] = field(default_factory=list)  # (row, patient id, file number)
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    skipped_duplicates: list[int] = field(default_factory=list)  # rows left out as duplicates
    dry_run: bool = False

    @property
    def imported(self) -> int:
        return len(self.created)

    @property
    def rows_with_problems(self) -> list[int]:
        return sorted({p.row for p in self.problems})


class _DryRun(Exception):  # noqa: N818 - control flow: rolls a dry run back
    """Raised inside the transaction to roll a dry run back."""


def _name_key(name: str) -> str:
    """'O'Connor' = 'OCONNOR' = 'O Connor'; 'Jean-Marie' = 'jean marie'; 'Lefèvre' = 'LEFEVRE'."""
    return re.sub(r"[\W_]+", "", fold(name))


#: A patient as the import matches rows against: (id, file number, first name, last name).
PatientOnFile = tuple[int, str, str, str]
#: Folded last name, folded first name, birth date: the same person written the same way.
NameKey = tuple[str, str, date | None]


def _key(first: str, last: str, born: date | None) -> NameKey:
    return _name_key(last), _name_key(first), born


class _FileNumbers:
    """File numbers for rows without one: the same series as PatientService.create, found once and
    counted on, skipping numbers that rows of the file bring with them."""

    def __init__(self, s: Session, explicit: set[str]) -> None:
        self.s = s
        self.explicit = explicit
        self.prefix = s.scalar(select(ClinicSettings.file_no_prefix).where(ClinicSettings.id == 1)) or "MD-"
        first = _next_file_no(s)
        tail = first[len(self.prefix) :] if first.startswith(self.prefix) else ""
        self.number = int(tail) if tail.isdigit() else None

    def next(self) -> str:
        if self.number is None:  # an unusual series: ask the database each time
            return _next_file_no(self.s)
        while True:
            candidate = format_file_no(self.number, self.prefix)
            self.number += 1
            if candidate not in self.explicit:
                return candidate


class PatientImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def min_patient_age(self) -> int:
        """The clinic's minimum patient age (two-digit birth years resolve with it)."""
        with self.ctx.read() as s:
            age = s.scalar(select(ClinicSettings.min_patient_age).where(ClinicSettings.id == 1))
        return 18 if age is None else int(age)

    def validate(self, rows: Sequence[ImportRow]) -> tuple[list[ImportRow], list[RowProblem]]:
        """Each row through the rules of PatientService.create; returns the clean rows and the problems."""
        today = self.ctx.today()
        good: list[ImportRow] = []
        problems: list[RowProblem] = []
        seen_file_no: dict[str, int] = {}
        for item in rows:
            try:
                cleaned = _clean(item.data, today)
                validation.past_day("registered_on", item.registered_on, today, required=False)
            except ValidationError as exc:
                problems.append(RowProblem(item.row, exc.field, exc.message))
                continue
            if cleaned.file_no:
                if cleaned.file_no in seen_file_no:
                    problems.append(
                        RowProblem(
                            item.row,
                            "file_no",
                            _(
                                "{file_no} is also used by row {row}",
                                file_no=cleaned.file_no,
                                row=seen_file_no[cleaned.file_no],
                            ),
                        )
                    )
                    continue
                seen_file_no[cleaned.file_no] = item.row
            good.append(ImportRow(item.row, cleaned, item.registered_on))
        return good, problems

    def find_duplicates(self, rows: Sequence[ImportRow]) -> list[PossibleDuplicate]:
        """Rows that look like a patient on file: same file number, or same name and date of birth."""
        self.ctx.require(Permission.DEMOGRAPHICS)
        found: list[PossibleDuplicate] = []
        file_nos = sorted({r.data.file_no for r in rows if r.data.file_no})
        births = sorted({r.data.date_of_birth for r in rows if r.data.date_of_birth})
        by_file: dict[str, PatientOnFile] = {}
        by_key: dict[NameKey, PatientOnFile] = {}
        with self.ctx.read() as s:
            cols = (Patient.id, Patient.file_no, Patient.first_name, Patient.last_name, Patient.date_of_birth)
            for i in range(0, len(file_nos), CHUNK):
                for pid, file_no, first, last, _born in s.execute(
                    select(*cols).where(Patient.file_no.in_(file_nos[i : i + CHUNK]))
                ):
                    by_file[file_no] = (pid, file_no, first, last)
            for i in range(0, len(births), CHUNK):
                for pid, file_no, first, last, born in s.execute(
                    select(*cols).where(Patient.date_of_birth.in_(births[i : i + CHUNK]))
                ):
                    by_key.setdefault(_key(first, last, born), (pid, file_no, first, last))
            likely = self._likely(s, rows, by_file, by_key)
        earlier: dict[tuple, int] = {}
        for r in rows:
            d = r.data
            if d.file_no and d.file_no in by_file:
                pid, file_no, first, last = by_file[d.file_no]
                found.append(PossibleDuplicate(r.row, "file_no", pid, file_no, f"{first} {last}"))
                continue
            key = _key(d.first_name, d.last_name, d.date_of_birth)
            if key in by_key:
                pid, file_no, first, last = by_key[key]
                found.append(PossibleDuplicate(r.row, "name_and_birth", pid, file_no, f"{first} {last}"))
            elif key in earlier:
                found.append(
                    PossibleDuplicate(
                        r.row,
                        "name_and_birth",
                        None,
                        d.file_no,
                        f"{d.first_name} {d.last_name}",
                        earlier[key],
                    )
                )
            else:
                earlier[key] = r.row
                if r.row in likely:
                    found.append(likely[r.row])
        return found

    #: above this many rows, likely matches are looked for by birth date only (indexed), not phone/e-mail
    LIKELY_CONTACT_ROWS = 500

    def _likely(
        self,
        s: Session,
        rows: Sequence[ImportRow],
        by_file: dict[str, PatientOnFile],
        by_key: dict[NameKey, PatientOnFile],
    ) -> dict[int, PossibleDuplicate]:
        """Rows that are not the same file number or exact name and birth date of a patient on file,
        but look like one (similar name and same birth date, same phone, same e-mail)."""
        from mesodesk.services.duplicates import REASON_TEXT, likely_duplicates

        contact = len(rows) <= self.LIKELY_CONTACT_ROWS
        out: dict[int, PossibleDuplicate] = {}
        for r in rows:
            d = r.data
            if (d.file_no and d.file_no in by_file) or _key(
                d.first_name, d.last_name, d.date_of_birth
            ) in by_key:
                continue
            matches = likely_duplicates(
                s,
                first_name=d.first_name,
                last_name=d.last_name,
                date_of_birth=d.date_of_birth,
                phone=d.phone if contact else "",
                email=d.email if contact else "",
                with_alerts=False,
                limit=1,
            )
            if matches:
                m = matches[0]
                out[r.row] = PossibleDuplicate(
                    r.row,
                    "likely",
                    m.patient_id,
                    m.file_no,
                    f"{m.first_name} {m.last_name}",
                    detail=", ".join(REASON_TEXT.get(x, x) for x in m.reasons),
                )
        return out

    def check(self, rows: Sequence[ImportRow]) -> ImportResult:
        """What an import would do, without writing anything (for a preview or report)."""
        good, problems = self.validate(rows)
        return ImportResult(
            total=len(rows), problems=problems, duplicates=self.find_duplicates(good), dry_run=True
        )

    def import_rows(
        self,
        rows: Sequence[ImportRow],
        *,
        skip_duplicates: bool = True,
        dry_run: bool = False,
        cancel: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import the rows that pass the checks, all in one transaction.

        Rows with problems are reported and left out; possible duplicates are left out when
        ``skip_duplicates``. ``cancel()`` is asked between rows: True rolls everything back and
        raises ImportCancelled. ``dry_run`` does all the work and then rolls it back.
        """
        self.ctx.require(Permission.DEMOGRAPHICS)
        good, problems = self.validate(rows)
        duplicates = self.find_duplicates(good)
        result = ImportResult(total=len(rows), problems=problems, duplicates=duplicates, dry_run=dry_run)
        skip = {d.row for d in duplicates if d.certain} if skip_duplicates else set()
        todo = [r for r in good if r.row not in skip]
        result.skipped_duplicates = sorted(r.row for r in good if r.row in skip)
        now = self.ctx.now()
        explicit = {r.data.file_no for r in todo if r.data.file_no}
        try:
            with self.ctx.write() as s:
                numbers = _FileNumbers(s, explicit)
                for done, item in enumerate(todo):
                    if cancel is not None and cancel():
                        raise ImportCancelled()
                    data = item.data
                    if data.file_no and s.scalar(select(Patient.id).where(Patient.file_no == data.file_no)):
                        result.problems.append(
                            RowProblem(
                                item.row,
                                "file_no",
                                _("{file_no} is already used by another patient", file_no=data.file_no),
                            )
                        )
                        continue
                    patient = Patient(file_no=data.file_no or numbers.next(), created_at=now, updated_at=now)
                    _apply(patient, data)
                    patient.registered_on = item.registered_on
                    s.add(patient)
                    s.flush()
                    audit.record(s, self.ctx, "patient", patient.id, "import", None, audit.snapshot(patient))
                    result.created.append((item.row, patient.id, patient.file_no))
                    if progress is not None:
                        progress(done + 1, len(todo), "Importing patients")
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            pass
        result.problems.sort(key=lambda p: p.row)
        return result
