"""Follow-ups to an iCalendar (.ics) file for the clinic's own calendar.

One VEVENT per follow-up. The UID is ``followup-<id>@<clinic-slug>.mesodesk`` and SEQUENCE is the
follow-up's version, so importing a newer export into the same calendar updates the events
instead of duplicating them; a cancelled follow-up is exported with STATUS:CANCELLED. A
follow-up with a time (a check call's due_at) is a timed 15-minute event in UTC; any other is
an all-day event on its due date. SUMMARY holds only the kind and the patient's file number and
name; no clinical detail is written.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from mesodesk.domain.rules import fold
from mesodesk.services.exports import CalendarItem, ExportService

KIND_LABELS = {
    "course": "Course session",
    "maintenance": "Maintenance session",
    "check_call": "Check call",
    "review": "Review",
}
STATUS = {"open": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}
CALL_MINUTES = 15


def clinic_slug(name: str) -> str:
    """'Clinique Saint-Éloi' -> 'clinique-saint-eloi'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "clinic"


def event_uid(follow_up_id: int, slug: str) -> str:
    return f"followup-{follow_up_id}@{slug}.mesodesk"


def build_calendar(items: list[CalendarItem], clinic_name: str, *, stamp: datetime | None = None) -> Calendar:
    slug = clinic_slug(clinic_name)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//MesoDesk//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{clinic_name} — follow-ups")
    for item in items:
        ev = Event()
        ev.add("uid", event_uid(item.follow_up_id, slug))
        ev.add("dtstamp", stamp)
        ev.add("created", item.created_at.astimezone(UTC))
        ev.add("sequence", item.version)
        ev.add(
            "summary",
            f"{KIND_LABELS.get(item.kind, item.kind)} — {item.file_no} "
            f"{item.last_name.upper()} {item.first_name}",
        )
        if item.due_at is not None:
            start = item.due_at.astimezone(UTC)
            ev.add("dtstart", start)
            ev.add("dtend", start + timedelta(minutes=CALL_MINUTES))
        else:
            ev.add("dtstart", item.due_date)
            ev.add("dtend", item.due_date + timedelta(days=1))
            ev.add("transp", "TRANSPARENT")
        ev.add("status", STATUS.get(item.status, "CONFIRMED"))
        ev.add("categories", [KIND_LABELS.get(item.kind, item.kind)])
        cal.add_component(ev)
    return cal


def followups_ics(services, start: date, end: date, *, stamp: datetime | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """The .ics bytes for the follow-ups due from start to end inclusive."""
    exports = ExportService(services.ctx)
    items = exports.calendar_items(start, end)
    return build_calendar(items, exports.clinic_settings()["name"], stamp=stamp).to_ical()


def export_followups(services, start: date, end: date, path: str | Path) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    """Write the .ics atomically; returns the path and the number of events."""
    from mesodesk.interop.record_export import write_bytes_atomically

    data = followups_ics(services, start, end)
    return write_bytes_atomically(Path(path), data), data.count(b"BEGIN:VEVENT")
