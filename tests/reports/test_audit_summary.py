"""The printed monthly audit summary as the third anchor of the trail (issue 13, tamper evidence): its
chain head, checked later with `mesodesk check --head N:HASH`, shows a trail cut short or rewritten by
someone who holds the database file (and could move the anchor file beside it too)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mesodesk.cli import main
from mesodesk.db.models import AuditEntry
from mesodesk.domain.errors import PermissionDeniedError
from mesodesk.reports.audit_summary import grouped_hash
from mesodesk.services.audit_summary import AuditSummaryReport


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def test_the_summary_counts_the_month_and_names_its_head(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient("Hélène", "Dupont")
    c.services.patients.chart(patient.id)  # a view, audited
    with c.engine.connect() as conn:
        last_id, last_hash = conn.execute(
            select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        ).one()
        total = conn.scalar(select(func.count(AuditEntry.id)))
    summary = AuditSummaryReport(c.services.ctx).month(date.today())  # its own print comes after the head
    assert (summary.head_id, summary.head_hash, summary.total_entries) == (last_id, last_hash, total)
    assert summary.entries == total and dict(summary.by_action)["view"] >= 1
    with pytest.raises(PermissionDeniedError):
        AuditSummaryReport(c.as_practitioner.ctx).month(date.today())


def test_a_month_before_the_clinic_existed_has_no_head(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    summary = AuditSummaryReport(sqlite_clinic.services.ctx).month(date(2001, 3, 1))
    assert summary.entries == 0 and summary.head_id is None


def test_printed_then_checked_against_the_trail(sqlite_clinic, sqlite_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    c.patient("Quillon", "Brisk")
    month = datetime.now(UTC).astimezone().strftime("%Y-%m")
    pdf = tmp_path / "audit.pdf"
    summary = AuditSummaryReport(c.services.ctx).month(date.today())  # what the print will show
    assert main(["--db", sqlite_url, "report", "audit", "--month", month, "-o", str(pdf)]) == 0
    with c.engine.connect() as conn:
        head_id, head_hash = conn.execute(
            select(AuditEntry.id, AuditEntry.entry_hash).where(
                AuditEntry.id == summary.head_id + 1
            )  # the first print's own entry came next
        ).one()
    summary = type(summary)(**{**summary.__dict__, "head_id": head_id, "head_hash": head_hash})
    text = _text(pdf)
    assert grouped_hash(summary.head_hash).split()[0] in text and f"Entry {summary.head_id}" in text
    assert "Quillon" not in text and "Brisk" not in text  # actions and counts only
    head = f"{summary.head_id}:{grouped_hash(summary.head_hash)}"  # typed back as printed, with spaces
    capsys.readouterr()
    assert main(["--db", sqlite_url, "check", "--head", head]) == 0
    wrong = f"{summary.head_id}:{'0' * 64}"
    assert main(["--db", sqlite_url, "check", "--head", wrong]) == 1
    assert "rewritten" in capsys.readouterr().err
    # someone with the file drops the trail's guard and cuts it short
    c.engine.dispose()
    db = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(db) as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%audit_entries%'"
        ):
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM audit_entries WHERE id >= ?", (summary.head_id - 1,))
    assert main(["--db", sqlite_url, "check", "--head", head]) == 1
    err = capsys.readouterr().err
    assert "cut short" in err
    assert main(["--db", sqlite_url, "check", "--head", "12:not-a-hash"]) == 2
