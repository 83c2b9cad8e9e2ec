"""Accounts: passwords, the failed sign-in slow-down, rehashing, and roles enforced in the services."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

import mesodesk.services.users as users_module
from mesodesk.db.models import AuditEntry, User
from mesodesk.domain.errors import AuthenticationError, PermissionDeniedError, ValidationError
from mesodesk.services.audit import AuditService
from mesodesk.services.backup import BackupService
from mesodesk.services.clinic import ClinicInput
from mesodesk.services.erasure import ErasureService
from mesodesk.services.patients import HistoryInput
from mesodesk.services.reactions import ReactionInput
from mesodesk.services.users import UserService


def test_wrong_password_is_refused_and_recorded(clinic):
    with pytest.raises(AuthenticationError):
        clinic.services.users.authenticate("dr.zoe", "not the password")
    with pytest.raises(AuthenticationError) as unknown:
        clinic.services.users.authenticate("nobody", "battery staple")
    assert "Unknown user name or wrong password" in str(unknown.value)  # same message: no user enumeration
    with clinic.services.ctx.read() as s:
        user = s.scalar(select(User).where(User.username == "dr.zoe"))
        actions = list(
            s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity == "user", AuditEntry.entity_id == user.id)
            )
        )
    assert user.failed_attempts == 1
    assert "sign_in_failed" in actions
    import time

    time.sleep(users_module.FAILURE_DELAY_S)  # the slow-down after one failure
    assert clinic.services.users.authenticate("DR.ZOE ", "battery staple").id == clinic.practitioner.id


class _Clock:
    def __init__(self) -> None:
        from datetime import UTC, datetime

        self.now = datetime.now(UTC)

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now += timedelta(seconds=seconds)


def _users_at(clinic, clock):  # type: ignore[no-untyped-def]
    from mesodesk.services.context import ServiceContext

    return UserService(ServiceContext(clinic.engine, clinic.services.ctx.actor, clock))


def test_failed_sign_ins_in_a_row_slow_the_next_attempt_down(clinic):
    """Issue 13, failure 9: the delay was a sleep in the calling process (parallel attempts were not slowed)
    and unknown names had none. Now the database refuses attempts inside the delay, for every caller."""
    clock = _Clock()
    users = _users_at(clinic, clock)
    with pytest.raises(AuthenticationError, match="wrong password"):
        users.authenticate("dr.zoe", "wrong password")
    with pytest.raises(AuthenticationError, match="wait"):  # even the right password, too soon
        users.authenticate("dr.zoe", "battery staple")
    for delay in (0.5, 1.0):  # doubling after each failure in a row
        clock.advance(delay - 0.1)
        with pytest.raises(AuthenticationError, match="wait"):
            users.authenticate("dr.zoe", "wrong password")
        clock.advance(0.1)
        with pytest.raises(AuthenticationError, match="wrong password"):
            users.authenticate("dr.zoe", "wrong password")
    assert users_module.failure_delay(3) == 2.0 and users_module.failure_delay(30) == users_module.MAX_DELAY_S
    clock.advance(2.0)
    assert users.authenticate("dr.zoe", "battery staple").id == clinic.practitioner.id
    assert users.authenticate("dr.zoe", "battery staple").id == clinic.practitioner.id  # success reset it
    # an unknown name is slowed down the same way
    with pytest.raises(AuthenticationError, match="wrong password"):
        users.authenticate("nobody", "guess one")
    with pytest.raises(AuthenticationError, match="wait"):
        users.authenticate("nobody", "guess two")


def test_parallel_attempts_are_slowed_down_too(clinic):
    import threading

    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(i: int) -> None:
        try:
            clinic.services.users.authenticate("dr.zoe", f"guess {i}")
            outcome = "in"
        except AuthenticationError as exc:
            outcome = "wait" if "wait" in str(exc) else "checked"
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("in") == 0
    assert outcomes.count("checked") == 1 and outcomes.count("wait") == 7  # one password tried, not eight


def test_lockout_after_the_clinics_threshold_until_it_ends_or_an_administrator_unlocks(clinic):

    from mesodesk.db.models import ClinicSettings

    clinic.services.clinic.save_settings(ClinicInput("Clinic", lockout_threshold=3, lockout_minutes=10))
    with clinic.engine.connect() as conn:
        assert conn.execute(select(ClinicSettings.lockout_threshold)).scalar() == 3
    clock = _Clock()
    users = _users_at(clinic, clock)
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="wrong password"):
            users.authenticate("dr.zoe", "wrong password")
        clock.advance(10)
    with pytest.raises(AuthenticationError, match="locked"):
        users.authenticate("dr.zoe", "battery staple")
    assert users.is_locked(clinic.practitioner.id)
    clock.advance(9 * 60)
    with pytest.raises(AuthenticationError, match="locked"):
        users.authenticate("dr.zoe", "battery staple")
    clock.advance(61)
    assert users.authenticate("dr.zoe", "battery staple").id == clinic.practitioner.id  # the lockout ended
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            users.authenticate("dr.zoe", "wrong password")
        clock.advance(10)
    with pytest.raises(PermissionDeniedError):
        clinic.as_practitioner.users.unlock(clinic.practitioner.id)
    from mesodesk.services.context import ServiceContext

    UserService(ServiceContext(clinic.engine, clinic.admin.actor, clock)).unlock(clinic.practitioner.id)
    assert users.authenticate("dr.zoe", "battery staple").id == clinic.practitioner.id
    with clinic.services.ctx.read() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "user", AuditEntry.entity_id == clinic.practitioner.id
                )
            )
        )
    assert actions.count("locked_out") == 2 and actions.count("unlock") == 1


def test_disabled_account_cannot_sign_in(clinic):
    clinic.services.users.set_active(clinic.practitioner.id, False)
    with pytest.raises(AuthenticationError):
        clinic.services.users.authenticate("dr.zoe", "battery staple")
    clinic.services.users.set_active(clinic.practitioner.id, True)
    assert clinic.services.users.authenticate("dr.zoe", "battery staple").is_active


def test_a_hash_with_weaker_parameters_is_upgraded_at_sign_in(clinic, monkeypatch):
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(users_module, "HASHER", weak)
    info = clinic.services.users.create("old.user", "Old User", "practitioner", "old password")
    with clinic.services.ctx.read() as s:
        old_hash = s.get(User, info.id).password_hash
    assert "m=8,t=1" in old_hash
    stronger = PasswordHasher(time_cost=2, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users_module, "HASHER", stronger)
    with pytest.raises(AuthenticationError):  # a failed attempt changes nothing
        clinic.services.users.authenticate("old.user", "wrong password")
    with clinic.services.ctx.read() as s:
        assert s.get(User, info.id).password_hash == old_hash
    import time

    time.sleep(users_module.FAILURE_DELAY_S)
    clinic.services.users.authenticate("old.user", "old password")
    with clinic.services.ctx.read() as s:
        new_hash = s.get(User, info.id).password_hash
    assert new_hash != old_hash and "m=1024,t=2" in new_hash and new_hash.startswith("$argon2id$")
    assert not stronger.check_needs_rehash(new_hash)
    clinic.services.users.authenticate("old.user", "old password")


def test_first_account_must_be_an_administrator_and_one_must_remain(engine):
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext

    system = Services(ServiceContext(engine))
    with pytest.raises(ValidationError) as err:
        system.users.create("zoe", "Zoe", "practitioner", "long password")
    assert err.value.field == "role"
    admin = system.users.create("boss", "The Boss", "admin", "long password")
    services = system.as_user(admin.actor)
    with pytest.raises(ValidationError):
        services.users.set_active(admin.id, False)
    with pytest.raises(ValidationError):
        services.users.set_role(admin.id, "practitioner")
    other = services.users.create("second", "Second Admin", "admin", "long password")
    services.users.set_role(admin.id, "practitioner")
    assert services.users.get(admin.id).role == "practitioner"
    assert services.users.get(other.id).role == "admin"


def test_short_password_refused(clinic):
    with pytest.raises(ValidationError) as err:
        clinic.services.users.create("x.y", "X Y", "assistant", "short")
    assert err.value.field == "password"


def _reaction(clinic, patient_id):  # type: ignore[no-untyped-def]
    return ReactionInput(patient_id=patient_id, type="bruising", onset_at=datetime.now(UTC))


def test_assistant_is_refused_clinical_records(clinic):
    patient = clinic.patient()
    saved = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id)).session
    a = clinic.as_assistant
    refused = [
        lambda: a.sessions.record(clinic.session_input(patient.id)),
        lambda: a.sessions.get(saved.id),
        lambda: a.sessions.for_patient(patient.id),
        lambda: a.sessions.amendments(saved.id),
        lambda: a.sessions.sign_off(saved.id),
        lambda: a.sessions.set_archived(saved.id, True),
        lambda: a.patients.save_history(patient.id, HistoryInput()),
        lambda: a.patients.add_allergy(patient.id, "lidocaine"),
        lambda: a.reactions.for_patient(patient.id),
        lambda: a.reactions.record(_reaction(clinic, patient.id)),
        lambda: a.recall.who_received("HA-001"),
        lambda: a.clinic.consent(1),
        lambda: a.clinic.save_settings(ClinicInput(name="X")),
        lambda: a.users.create("new.one", "New One", "assistant", "long password"),
        lambda: AuditService(a.ctx).entries(),
        lambda: ErasureService(a.ctx).erase_patient(patient.id, patient.file_no),
    ]
    for i, call in enumerate(refused):
        with pytest.raises(PermissionDeniedError):
            call()
            pytest.fail(f"assistant call #{i} was allowed")
    chart = a.patients.chart(patient.id)  # demographics and follow-ups are theirs
    assert chart.sessions == [] and chart.reactions == [] and chart.consents == [] and chart.photos == []
    assert a.followups.due_this_week() is not None


def test_practitioner_is_refused_administration(clinic, tmp_path):
    patient = clinic.patient()
    p = clinic.as_practitioner
    backup = BackupService(clinic.services.ctx).backup_now(tmp_path)
    refused = [
        lambda: p.users.create("new.one", "New One", "assistant", "long password"),
        lambda: p.users.set_active(clinic.assistant.id, False),
        lambda: p.users.set_role(clinic.assistant.id, "admin"),
        lambda: p.users.set_password(clinic.assistant.id, "a new password"),
        lambda: p.clinic.save_settings(ClinicInput(name="Mine now")),
        lambda: p.clinic.add_consent_text("x", "1", "X", "body"),
        lambda: AuditService(p.ctx).entries(),
        lambda: AuditService(p.ctx).export_csv(tmp_path / "a.csv"),
        lambda: BackupService(p.ctx).restore(backup.path),
        lambda: ErasureService(p.ctx).erase_patient(patient.id, patient.file_no),
    ]
    for i, call in enumerate(refused):
        with pytest.raises(PermissionDeniedError):
            call()
            pytest.fail(f"practitioner call #{i} was allowed")
    assert clinic.services.patients.get(patient.id).id == patient.id  # nothing was erased
    p.users.set_password(clinic.practitioner.id, "my own new password")  # one's own password is fine
    assert p.users.authenticate("dr.zoe", "my own new password").id == clinic.practitioner.id


def test_assistant_chart_leaves_out_the_medical_history_and_allergies(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.save_history(
        patient.id, HistoryInput(anticoagulants=True, medications="warfarin")
    )
    clinic.as_practitioner.patients.add_allergy(patient.id, "lidocaine", "hives")
    full = clinic.as_practitioner.patients.chart(patient.id)
    assert full.history is not None and full.allergies
    limited = clinic.as_assistant.patients.chart(patient.id)
    assert limited.history is None and limited.allergies == [] and limited.alerts == []


def test_users_command(sqlite_clinic, monkeypatch, capsys):
    from mesodesk import cli
    from mesodesk.db.engine import sqlite_path

    db = str(sqlite_path(sqlite_clinic.engine.url.render_as_string(hide_password=False)))
    sqlite_clinic.engine.dispose()
    monkeypatch.setenv("MESODESK_NEW_PASSWORD", "a long new password")
    assert cli.main(["--db", db, "users", "add", "Nina", "--name", "Nina Nurse", "--role", "assistant"]) == 0
    assert cli.main(["--db", db, "users", "disable", "nina"]) == 0
    assert cli.main(["--db", db, "users", "passwd", "dr.zoe"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert "nina" in listing and "disabled" in listing and "practitioner" in listing
    assert sqlite_clinic.services.users.authenticate("dr.zoe", "a long new password").username == "dr.zoe"
    with pytest.raises(AuthenticationError):
        sqlite_clinic.services.users.authenticate("nina", "a long new password")
    monkeypatch.setenv("MESODESK_NEW_PASSWORD", "short")
    assert cli.main(["--db", db, "users", "add", "x.y", "--name", "X Y"]) == 2  # a clear one-line error
    assert "password" in capsys.readouterr().err
