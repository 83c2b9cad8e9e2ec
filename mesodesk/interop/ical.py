"""Follow-ups to an iCalendar (.ics) file for the clinic's own calendar (RFC 5545, METHOD:PUBLISH).

- One VEVENT per follow-up. UID ``followup-<id>@<clinic UUID>`` — the UUID made once when the clinic
  file was created (clinic_identity), never the clinic's name, so two clinics never collide and a
  renamed clinic keeps its events.
- SEQUENCE starts at 0 and is raised each time an export says something new about the event (date,
  time, status, title): the last published state is kept (calendar_publications), so importing a
  newer export into the same calendar updates events instead of duplicating them.
- STATUS: an open follow-up is CONFIRMED. A done or cancelled one, or one of an archived patient,
  is exported as STATUS:CANCELLED (not left out): a calendar that holds the event from an earlier
  export then drops or strikes it, where an event left out would stay there for ever.
- A follow-up published earlier and since moved out of the exported range is published again at
  its new date (higher SEQUENCE), so the calendar moves it instead of keeping it at the old date.
- A follow-up with a time (a check call's due_at) is a timed 15-minute event in UTC; any other is
  an all-day event on its due date.
- SUMMARY holds the kind, the file number and the patient's initials ("Review — MD-000021 H.L.");
  ``full_names=True`` writes the full name instead. No clinical detail is ever written.
- A range with nothing in it still gives a valid calendar: RFC 5545 wants at least one component,
  so the calendar then carries a VTIMEZONE for UTC.

``mesodesk.interop.calendar_feed`` keeps one such file rewritten on every change, for subscription.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event, Timezone, TimezoneStandard

from mesodesk.domain.rules import fold
from mesodesk.services.exports import CalendarItem, ExportService, Publication

if TYPE_CHECKING:
    from mesodesk.services import Services

KIND_LABELS = {
    "course": "Course session",
    "maintenance": "Maintenance session",
    "check_call": "Check call",
    "review": "Review",
}
CALL_MINUTES = 15


def clinic_slug(name: str) -> str:
    """'Clinique Saint-Éloi' -> 'clinique-saint-eloi' (file names only; never in a UID)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "clinic"


def event_uid(follow_up_id: int, clinic_uuid: str) -> str:
    return f"followup-{follow_up_id}@{clinic_uuid}"


def initials(first: str, last: str) -> str:
    """'Hélène', 'Lefèvre-Durand' -> 'H.L.'"""
    parts = [w for w in re.split(r"[\s\-]+", first.strip()) if w][:1] + [
        w for w in re.split(r"\s+", last.strip()) if w
    ][:1]
    return "".join(f"{w[0].upper()}." for w in parts)


def summary(item: CalendarItem, *, full_names: bool = False) -> str:
    who = (
        f"{item.last_name.upper()} {item.first_name}"
        if full_names
        else initials(item.first_name, item.last_name)
    )
    return f"{KIND_LABELS.get(item.kind, item.kind)} — {item.file_no} {who}"


def is_cancelled(item: CalendarItem) -> bool:
    return item.status != "open" or item.archived


def fingerprint(item: CalendarItem, *, full_names: bool = False) -> str:
    start = item.due_at.astimezone(UTC).isoformat() if item.due_at else item.due_date.isoformat()
    text = "|".join(
        (start, "CANCELLED" if is_cancelled(item) else "CONFIRMED", summary(item, full_names=full_names))
    )
    return hashlib.sha256(text.encode()).hexdigest()


def next_publications(
    items: list[CalendarItem], previous: dict[int, Publication], *, full_names: bool = False
) -> dict[int, Publication]:
    """SEQUENCE per follow-up: the same as last time if nothing changed, one more if it did."""
    out: dict[int, Publication] = {}
    for item in items:
        fp = fingerprint(item, full_names=full_names)
        before = previous.get(item.follow_up_id)
        if before is None:
            seq = 0
        elif before.fingerprint == fp:
            seq = before.sequence
        else:
            seq = before.sequence + 1
        out[item.follow_up_id] = Publication(seq, fp, is_cancelled(item))
    return out


def build_calendar(
    items: list[CalendarItem],
    clinic_name: str,
    clinic_uuid: str,
    publications: dict[int, Publication] | None = None,
    *,
    stamp: datetime | None = None,
    full_names: bool = False,
) -> Calendar:
    publications = (
        publications if publications is not None else next_publications(items, {}, full_names=full_names)
    )
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//MesoDesk//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{clinic_name} — follow-ups")
    for item in items:
        ev = Event()
        ev.add("uid", event_uid(item.follow_up_id, clinic_uuid))
        ev.add("dtstamp", stamp)
        ev.add("created", item.created_at.astimezone(UTC).replace(microsecond=0))
        ev.add("sequence", publications[item.follow_up_id].sequence)
        ev.add("summary", summary(item, full_names=full_names))
        if item.due_at is not None:
            start = item.due_at.astimezone(UTC).replace(microsecond=0)
            ev.add("dtstart", start)
            ev.add("dtend", start + timedelta(minutes=CALL_MINUTES))
        else:
            ev.add("dtstart", item.due_date)
            ev.add("dtend", item.due_date + timedelta(days=1))
            ev.add("transp", "TRANSPARENT")
        ev.add("status", "CANCELLED" if is_cancelled(item) else "CONFIRMED")
        ev.add("categories", [KIND_LABELS.get(item.kind, item.kind)])
        cal.add_component(ev)
    if not items:  # RFC 5545: a calendar holds at least one component
        tz = Timezone()
        tz.add("tzid", "UTC")
        std = TimezoneStandard()
        std.add("dtstart", datetime(1970, 1, 1))
        std.add("tzoffsetfrom", timedelta(0))
        std.add("tzoffsetto", timedelta(0))
        std.add("tzname", "UTC")
        tz.add_component(std)
        cal.add_component(tz)
    return cal


def followups_ics(
    services: Services,
    start: date,
    end: date,
    *,
    stamp: datetime | None = None,
    full_names: bool = False,
    record: bool = True,
) -> bytes:
    """The .ics bytes for the follow-ups due from start to end inclusive (plus the cancellations and
    moves of events published earlier); ``record`` remembers what was published."""
    exports = ExportService(services.ctx)
    items = exports.calendar_items(start, end)
    previous = exports.publications(i.follow_up_id for i in items)
    publications = next_publications(items, previous, full_names=full_names)
    cal = build_calendar(
        items,
        exports.clinic_settings()["name"],
        exports.clinic_uuid(),
        publications,
        stamp=stamp,
        full_names=full_names,
    )
    data = cal.to_ical()
    if record:
        exports.record_publications(publications)
    return data


def export_followups(
    services: Services, start: date, end: date, path: str | Path, *, full_names: bool = False
) -> tuple[Path, int]:
    """Write the .ics atomically; returns the path and the number of events."""
    from mesodesk.interop.record_export import write_bytes_atomically

    data = followups_ics(services, start, end, full_names=full_names)
    return write_bytes_atomically(Path(path), data), data.count(b"BEGIN:VEVENT")
