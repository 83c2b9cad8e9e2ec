"""Plans and follow-ups: next-due dates, call-list queries, contact attempts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mesodesk.services.followups import PlanInput


def test_course_then_maintenance_dates(clinic):
    patient = clinic.patient()
    fu = clinic.as_practitioner.followups
    plan = fu.create_plan(
        PlanInput(
            patient.id,
            "Face course",
            course_sessions=2,
            course_interval_days=7,
            maintenance_interval_days=30,
            check_call_hours=48,
        )
    )
    first_day = datetime.now(UTC).replace(microsecond=0) - timedelta(days=14)
    clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, when=first_day))
    items = [f for f in fu.for_patient(patient.id) if f.status == "open"]
    course = [f for f in items if f.kind == "course"]
    assert [f.due_date for f in course] == [first_day.astimezone().date() + timedelta(days=7)]
    calls = [f for f in items if f.kind == "check_call"]
    assert calls[0].due_at == first_day + timedelta(hours=48)
    second_day = first_day + timedelta(days=7)
    clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, when=second_day))
    open_items = [f for f in fu.for_patient(patient.id) if f.status == "open" and f.kind != "check_call"]
    assert [(f.kind, f.due_date) for f in open_items] == [
        ("maintenance", second_day.astimezone().date() + timedelta(days=30))
    ]
    assert all(f.plan_id == plan.id for f in open_items)


def test_due_today_this_week_overdue(clinic):
    patient = clinic.patient()
    fu = clinic.services.followups
    today = date.today()
    overdue = fu.add(patient.id, "maintenance", today - timedelta(days=3))
    due_today = fu.add(patient.id, "check_call", today)
    later = fu.add(patient.id, "course", today + timedelta(days=40))
    assert [i.follow_up_id for i in fu.overdue()] == [overdue.id]
    assert [i.follow_up_id for i in fu.due_today()] == [due_today.id]
    assert later.id not in [i.follow_up_id for i in fu.due_this_week()]
    assert due_today.id in [i.follow_up_id for i in fu.due_this_week()]


def test_contact_attempts_are_logged_and_done(clinic):
    patient = clinic.patient()
    fu = clinic.as_assistant.followups
    item = clinic.services.followups.add(patient.id, "maintenance", date.today() - timedelta(days=1))
    fu.log_attempt(item.id, "no_answer")
    fu.log_attempt(item.id, "message_left", "left voicemail")
    (row,) = fu.overdue()
    assert row.attempts == 2 and row.last_outcome == "message_left"
    fu.mark_done(item.id, row.version)
    assert fu.overdue() == []


def test_reschedule_and_conflict(clinic):
    import pytest

    from mesodesk.domain.errors import ConflictError

    patient = clinic.patient()
    fu = clinic.services.followups
    item = fu.add(patient.id, "maintenance", date.today())
    moved = fu.reschedule(item.id, date.today() + timedelta(days=7), item.version)
    assert moved.due_date == date.today() + timedelta(days=7)
    with pytest.raises(ConflictError):
        fu.mark_done(item.id, item.version)


def test_plan_validation(clinic):
    import pytest

    from mesodesk.domain.errors import ValidationError

    patient = clinic.patient()
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.followups.create_plan(PlanInput(patient.id, "x", 0, 7))
    assert err.value.field == "course_sessions"
