"""The monthly audit summary: what the trail recorded in a month and its chain head at the month's end.

Printed and filed on paper each month, the head (entry number and hash) is an anchor nobody holding the
database file can move: ``mesodesk check --head N:HASH`` later proves the trail up to that entry is the
one that was printed (not cut short, not rewritten). The third anchor beside the anchor file and every
backup's manifest (docs/trust.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry
from mesodesk.domain.errors import ValidationError
from mesodesk.services.clinic_reports import ReportingBase
from mesodesk.services.context import Permission
from mesodesk.services.report_data import ClinicInfo, local_start


@dataclass(frozen=True)
class AuditMonthSummary:
    clinic: ClinicInfo
    generated_on: date
    month: date  # its first day
    entries: int  # recorded in the month
    users: int  # distinct user names among them
    by_action: list[tuple[str, int]]  # most frequent first
    first_id: int | None  # the month's first and last entries
    last_id: int | None
    head_id: int | None  # the chain head at the month's end (the last entry before it ended)
    head_hash: str | None
    total_entries: int  # entries 1 … head_id


def month_bounds(month: date) -> tuple[datetime, datetime]:
    first = month.replace(day=1)
    following = (
        first.replace(year=first.year + 1, month=1)
        if first.month == 12
        else first.replace(month=first.month + 1)
    )
    return local_start(first), local_start(following)


def parse_head(text: str) -> tuple[int, str]:
    """``N:HASH`` as printed on a monthly summary (spaces in the hash allowed)."""
    number, _sep, digest = (text or "").partition(":")
    digest = "".join(digest.split()).lower()
    if not number.strip().isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValidationError(
            "head", "write it as the summary prints it: entry number, a colon, the 64-digit hash"
        )
    return int(number), digest


class AuditSummaryReport(ReportingBase):
    def month(self, month: date) -> AuditMonthSummary:
        """Administrator: the month containing ``month``; a month not over yet gives its head so far."""
        self.ctx.require(Permission.ADMIN)
        if not isinstance(month, date):
            raise ValidationError("month", "is not a date")
        start, end = month_bounds(month)
        if start > datetime.now(UTC):
            raise ValidationError("month", "has not begun yet")
        a = AuditEntry
        in_month = (a.at >= start, a.at < end)
        with self.ctx.read() as s:
            entries, users, first_id, last_id = s.execute(
                select(
                    func.count(a.id), func.count(func.distinct(a.username)), func.min(a.id), func.max(a.id)
                ).where(*in_month)
            ).one()
            by_action = [
                (action, n)
                for action, n in s.execute(
                    select(a.action, func.count(a.id))
                    .where(*in_month)
                    .group_by(a.action)
                    .order_by(func.count(a.id).desc(), a.action)
                )
            ]
            head = s.execute(
                select(a.id, a.entry_hash).where(a.at < end).order_by(a.id.desc()).limit(1)
            ).first()
            total = int(s.scalar(select(func.count(a.id)).where(a.id <= head[0])) or 0) if head else 0
        self._log("audit", None, "print_audit_summary", {"month": start.date().isoformat()[:7]})
        return AuditMonthSummary(
            self.clinic(),
            self.ctx.today(),
            month.replace(day=1),
            int(entries or 0),
            int(users or 0),
            by_action,
            first_id,
            last_id,
            head[0] if head else None,
            head[1] if head else None,
            total,
        )
