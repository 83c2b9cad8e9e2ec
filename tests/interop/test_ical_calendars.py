"""Issue 14, problem 6: calendars that desktop and cloud calendars keep right. Every export is read
back with icalendar and with vobject (a second, independent parser)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
import vobject
from icalendar import Calendar

from mesodesk.interop.calendar_feed import watch_feed, write_feed
from mesodesk.interop.ical import followups_ics, initials
from mesodesk.services.clinic import ClinicInput
from mesodesk.services.exports import ExportService

TODAY = date.today()
END = TODAY + timedelta(days=30)


def read(data: bytes) -> dict[str, dict[str, str]]:
    """UID -> {SUMMARY, STATUS, SEQUENCE, DTSTART}, parsed by vobject; icalendar must agree."""
    parsed = vobject.readOne(data.decode("utf-8"))
    out = {}
    for ev in getattr(parsed, "vevent_list", []):
        out[ev.uid.value] = {
            "SUMMARY": ev.summary.value,
            "STATUS": ev.status.value,
            "SEQUENCE": int(ev.sequence.value),
            "DTSTART": ev.dtstart.value,
        }
    cal = Calendar.from_ical(data)
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == set(out)
    return out


@pytest.fixture
def setup(sqlite_clinic):
    svc = sqlite_clinic.services
    p = sqlite_clinic.patient("Hélène", "Lefèvre-Durand")
    open_ = svc.followups.add(p.id, "review", TODAY + timedelta(days=3))
    done = svc.followups.add(p.id, "maintenance", TODAY + timedelta(days=4))
    cancelled = svc.followups.add(p.id, "review", TODAY + timedelta(days=5))
    svc.followups.mark_done(done.id)
    svc.followups.cancel(cancelled.id)
    return sqlite_clinic, p, open_, done, cancelled


def uid(svc, fid: int) -> str:
    return f"followup-{fid}@{ExportService(svc.ctx).clinic_uuid()}"


def test_status_uid_and_initials(setup):
    clinic, p, open_, done, cancelled = setup
    svc = clinic.services
    events = read(followups_ics(svc, TODAY, END))
    assert events[uid(svc, open_.id)]["STATUS"] == "CONFIRMED"
    assert events[uid(svc, done.id)]["STATUS"] == "CANCELLED"  # done: no longer in the diary
    assert events[uid(svc, cancelled.id)]["STATUS"] == "CANCELLED"
    title = events[uid(svc, open_.id)]["SUMMARY"]
    assert title == f"Review — {p.file_no} H.L." and "Lefèvre" not in title
    full = read(followups_ics(svc, TODAY, END, full_names=True))
    assert "LEFÈVRE-DURAND Hélène" in full[uid(svc, open_.id)]["SUMMARY"]
    assert initials("jean marie", "de la Tour") == "J.D."


def test_uids_come_from_the_clinic_uuid_not_its_name(setup, tmp_path):
    clinic, _p, open_, _d, _c = setup
    svc = clinic.services
    before = read(followups_ics(svc, TODAY, END))
    clinic_uuid = ExportService(svc.ctx).clinic_uuid()
    assert len(clinic_uuid) == 36 and all(u.endswith("@" + clinic_uuid) for u in before)
    svc.clinic.save_settings(ClinicInput("A new name"))
    assert set(read(followups_ics(svc, TODAY, END))) == set(before)  # renaming keeps the UIDs
    assert ExportService(svc.ctx).clinic_uuid() == clinic_uuid  # made once
    # another clinic file, named the same, gets another UUID
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.database import open_database

    other_engine = open_database(str(tmp_path / "other.sqlite3"))
    other = Services(ServiceContext(other_engine))
    other.clinic.save_settings(ClinicInput("A new name"))
    assert ExportService(other.ctx).clinic_uuid() != clinic_uuid
    other_engine.dispose()


def test_sequence_raised_only_on_change(setup):
    clinic, _p, open_, _d, _c = setup
    svc = clinic.services
    u = uid(svc, open_.id)
    first = read(followups_ics(svc, TODAY, END))[u]["SEQUENCE"]
    assert read(followups_ics(svc, TODAY, END))[u]["SEQUENCE"] == first  # nothing changed
    svc.followups.reschedule(open_.id, TODAY + timedelta(days=6))
    moved = read(followups_ics(svc, TODAY, END))[u]
    assert moved["SEQUENCE"] == first + 1 and moved["DTSTART"] == TODAY + timedelta(days=6)


def test_archived_patient_cancelled_and_moved_out_of_range_republished(setup):
    clinic, p, open_, _d, _c = setup
    svc = clinic.services
    other = clinic.patient("Zoë", "Martin")
    moving = svc.followups.add(other.id, "review", TODAY + timedelta(days=7))
    first = read(followups_ics(svc, TODAY, END))
    svc.patients.archive(p.id)
    svc.followups.reschedule(moving.id, TODAY + timedelta(days=90))  # out of the range
    after = read(followups_ics(svc, TODAY, END))
    archived = after[uid(svc, open_.id)]
    assert archived["STATUS"] == "CANCELLED"
    assert archived["SEQUENCE"] == first[uid(svc, open_.id)]["SEQUENCE"] + 1
    moved = after[uid(svc, moving.id)]  # not vanished: the calendar moves it to its new date
    assert moved["DTSTART"] == TODAY + timedelta(days=90) and moved["STATUS"] == "CONFIRMED"
    assert moved["SEQUENCE"] == first[uid(svc, moving.id)]["SEQUENCE"] + 1


def test_empty_range_is_still_a_valid_calendar(sqlite_clinic):
    data = followups_ics(sqlite_clinic.services, date(2001, 1, 1), date(2001, 1, 31))
    assert b"BEGIN:VEVENT" not in data
    parsed = vobject.readOne(data.decode())
    assert parsed.name == "VCALENDAR" and len(list(parsed.getChildren())) > 4
    cal = Calendar.from_ical(data)
    assert [c.name for c in cal.subcomponents] == ["VTIMEZONE"]  # RFC 5545: at least one component


def test_feed_rewritten_on_change_only(setup, tmp_path):
    clinic, p, open_, _d, _c = setup
    svc = clinic.services
    feed = tmp_path / "clinic.ics"
    assert write_feed(svc, feed) is True
    first = feed.read_bytes()
    assert write_feed(svc, feed) is False and feed.read_bytes() == first  # nothing changed
    svc.followups.reschedule(open_.id, TODAY + timedelta(days=10))
    assert write_feed(svc, feed) is True
    assert read(feed.read_bytes())[uid(svc, open_.id)]["DTSTART"] == TODAY + timedelta(days=10)


def test_watch_feed_follows_changes(setup, tmp_path):
    clinic, p, open_, _d, _c = setup
    svc = clinic.services
    feed = tmp_path / "clinic.ics"
    writes: list[int] = []
    stop = threading.Event()
    t = threading.Thread(
        target=watch_feed,
        args=(svc, feed),
        kwargs={"interval": 0.05, "stop": stop.is_set, "on_write": lambda _p: writes.append(1)},
    )
    t.start()
    try:
        for _ in range(100):
            if writes:
                break
            threading.Event().wait(0.05)
        assert len(writes) == 1
        svc.followups.add(p.id, "check_call", TODAY + timedelta(days=2))
        for _ in range(100):
            if len(writes) == 2:
                break
            threading.Event().wait(0.05)
        assert len(writes) == 2
        assert len(read(feed.read_bytes())) == 4
    finally:
        stop.set()
        t.join(5)


def test_feed_command(setup, tmp_path, capsys):
    from mesodesk.cli import main

    clinic, *_ = setup
    out = tmp_path / "feed.ics"
    db = str(clinic.engine.url.database)
    assert main(["--db", db, "export", "calendar-feed", "-o", str(out)]) == 0
    assert "written" in capsys.readouterr().out
    assert main(["--db", db, "export", "calendar-feed", "-o", str(out)]) == 0
    assert "unchanged" in capsys.readouterr().out


def test_feed_publisher_rewrites_after_each_change(setup, tmp_path):
    from mesodesk.interop.calendar_feed import FeedPublisher

    clinic, p, open_, _d, _c = setup
    svc = clinic.services
    feed = tmp_path / "clinic.ics"
    publisher = FeedPublisher(svc, feed, delay=0.05).start()
    try:
        assert publisher.writes == 1 and feed.is_file()
        svc.followups.reschedule(open_.id, TODAY + timedelta(days=12))
        for _ in range(100):
            if publisher.writes == 2:
                break
            threading.Event().wait(0.05)
        assert publisher.writes == 2
        assert read(feed.read_bytes())[uid(svc, open_.id)]["DTSTART"] == TODAY + timedelta(days=12)
        svc.patients.archive(p.id)
        for _ in range(100):
            if publisher.writes == 3:
                break
            threading.Event().wait(0.05)
        assert read(feed.read_bytes())[uid(svc, open_.id)]["STATUS"] == "CANCELLED"
    finally:
        publisher.stop()
