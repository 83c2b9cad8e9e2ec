"""Finding a patient: the search index text, and name prefixes, file numbers, phone digits or a birth date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import column, func, select, table, text
from sqlalchemy.orm import Session

from mesodesk.db.models import (
    Patient,
)
from mesodesk.domain.rules import fold, query_tokens, search_tokens


@dataclass
class SearchHit:
    id: int
    file_no: str
    first_name: str
    last_name: str
    date_of_birth: date
    phone: str
    archived: bool


def search_text_for(first_name: str, last_name: str, file_no: str, phone_digits: str) -> str:
    """What the search index holds for a patient: folded name words, file number, phone digits."""
    tokens = search_tokens(first_name, last_name)
    tokens += search_tokens(file_no)
    if phone_digits:
        tokens.append(phone_digits)
        if len(phone_digits) > 9:
            tokens.append(phone_digits[-9:])  # the number without its country code ...
            tokens.append("0" + phone_digits[-9:])  # ... and as dialled nationally
    return " ".join(dict.fromkeys(tokens))


def build_search_text(p: Patient) -> str:
    return search_text_for(p.first_name, p.last_name, p.file_no, p.phone_digits)


PATIENTS_FTS = table("patients_fts", column("rowid"))  # FTS5 table made by the first migration
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")


def _as_date(query: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(query.strip(), fmt).date()
        except ValueError:
            continue
    return None


def search_patients(
    s: Session, query: str, *, limit: int = 200, include_archived: bool = False
) -> list[SearchHit]:
    cols = (
        Patient.id,
        Patient.file_no,
        Patient.first_name,
        Patient.last_name,
        Patient.date_of_birth,
        Patient.phone,
        Patient.archived,
    )
    base = select(*cols)
    if not include_archived:
        base = base.where(Patient.archived.is_(False))
    query = query.strip()
    if not query:
        rows = s.execute(base.order_by(Patient.last_name, Patient.first_name, Patient.id).limit(limit))
        return [SearchHit(*row) for row in rows]
    birth = _as_date(query)
    if birth is not None:
        rows = s.execute(
            base.where(Patient.date_of_birth == birth)
            .order_by(Patient.last_name, Patient.first_name)
            .limit(limit)
        )
        return [SearchHit(*row) for row in rows]
    tokens = query_tokens(query)
    if not tokens:
        return []
    exact_file = fold(query).upper()
    fetch = limit * 2
    if s.get_bind().dialect.name == "sqlite":
        match = " ".join(f'"{t}"*' for t in tokens)
        # No ORDER BY bm25: over a one-letter prefix it would score every patient.
        q = (
            base.join(PATIENTS_FTS, PATIENTS_FTS.c.rowid == Patient.id)
            .where(text("patients_fts MATCH :match"))
            .limit(fetch)
        )
        found = s.execute(q, {"match": match})
    else:
        tsquery = " & ".join(f"{t}:*" for t in tokens)
        found = s.execute(
            base.where(
                func.to_tsvector(text("'simple'"), Patient.search_text).op("@@")(
                    func.to_tsquery(text("'simple'"), tsquery)
                )
            ).limit(fetch)
        )
    hits = {row[0]: SearchHit(*row) for row in found}
    if not hits:
        return []

    def rank(hit: SearchHit) -> tuple[int, int, str, int]:
        last = fold(hit.last_name)
        exact = 0 if hit.file_no.upper() == exact_file else 1
        starts = 0 if last.startswith(tokens[0]) else 1
        return (exact, starts, last, hit.id)

    return sorted(hits.values(), key=rank)[:limit]
