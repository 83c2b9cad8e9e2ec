"""The home screen's Today: what is due, by role, and what must stay out."""

from __future__ import annotations

from datetime import date, timedelta

from mesodesk.domain.rules import reaction_check_due


def test_reaction_check_days():
    onset = date(2026, 3, 1)
    assert reaction_check_due(onset, []) == (1, date(2026, 3, 2))
    assert reaction_check_due(onset, {0, 1}) == (3, date(2026, 3, 4))
    assert reaction_check_due(onset, {0, 4}) == (7, date(2026, 3, 8))
    assert reaction_check_due(onset, {7}) is None


def test_today_holds_one_of_each_and_nothing_else(clinic, fill_today):
    made = fill_today(clinic)
    p = made["patients"]
    today = clinic.as_practitioner.today.today()
    assert today.day == date.today()
    assert today.clinical and not today.is_empty()

    # calls and visits: the overdue one first, the done and the far-future ones absent
    assert [c.patient_id for c in today.calls] == [p["overdue"].id, p["call"].id]
    assert today.call_count == 2
    assert today.calls[0].due_date == date.today() - timedelta(days=1)

    # drafts: the practitioner's own first although the other's is older; the signed session absent
    # (the recall patient's draft of twenty days ago is the practitioner's too: own ones oldest first)
    drafts = [(d.patient_id, d.own) for d in today.drafts]
    assert drafts == [(p["recall"].id, True), (p["own"].id, True), (p["other"].id, False)]
    assert p["signed"].id not in [d.patient_id for d in today.drafts]
    assert next(d for d in today.drafts if not d.own).practitioner == "Dr Olga Other"
    # the admin (who treated nobody) sees the same drafts, none of them as their own
    assert not any(d.own for d in clinic.services.today.today().drafts)

    # reactions: the day-3 check due today; tomorrow's and the resolved one absent
    assert [(r.patient_id, r.day, r.due) for r in today.reactions] == [(p["reaction"].id, 3, date.today())]

    # lots: expiring soon and low; expired, plentiful and recalled ones not among them
    lots = {a.lot_number: a for a in today.lots}
    assert set(lots) == {"HA-SOON", "LI-LOW"}
    assert lots["LI-LOW"].low and not lots["LI-LOW"].expiring
    assert lots["HA-SOON"].expiring and not lots["HA-SOON"].low
    assert any("low stock" in w for w in lots["LI-LOW"].warnings)
    assert any("expires" in w for w in lots["HA-SOON"].warnings)

    # recalls in force, with who received them
    recalls = {a.lot_number: a for a in today.recalls}
    assert set(recalls) == {"HA-R2", "HA-REC"}
    assert recalls["HA-R2"].recipients == 1 and recalls["HA-REC"].recipients == 0
    assert [(r.patient_id, r.lot_number) for r in today.recipients] == [(p["recall"].id, "HA-R2")]


def test_an_assistant_sees_calls_and_stock_but_no_clinical_item(clinic, fill_today):
    made = fill_today(clinic)
    today = clinic.as_assistant.today.today()
    assert not today.clinical
    assert [c.patient_id for c in today.calls] == [
        made["patients"]["overdue"].id,
        made["patients"]["call"].id,
    ]
    assert today.drafts == [] and today.reactions == [] and today.recipients == []
    assert {a.lot_number for a in today.lots} == {"HA-SOON", "LI-LOW"}
    assert all(a.recipients is None for a in today.recalls)


def test_an_empty_clinic_has_nothing_due(clinic):
    # the fixture's clinic: its recalled lot is the only thing in force
    today = clinic.as_practitioner.today.today()
    assert today.calls == [] and today.drafts == [] and today.reactions == [] and today.lots == []
    assert [a.lot_number for a in today.recalls] == ["HA-REC"]


def test_a_long_call_list_is_cut_but_counted(clinic, monkeypatch):
    from mesodesk.services import today as today_module

    monkeypatch.setattr(today_module, "LIMIT", 2)
    for i in range(3):
        clinic.services.followups.add(clinic.patient(f"P{i}", f"Many{i}").id, "review", date.today())
    today = clinic.as_assistant.today.today()
    assert len(today.calls) == 2 and today.call_count == 3
