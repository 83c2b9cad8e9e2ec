"""User accounts: Argon2id passwords, sign-in slowed down and locked out after failures (counted in the
database), roles."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.db.models import ClinicSettings, SignInFailure, User
from mesodesk.domain.enums import Role, values
from mesodesk.domain.errors import (
    AuthenticationError,
    ConflictError,
    DatabaseError,
    NotFoundError,
    ValidationError,
)
from mesodesk.services import audit, validation
from mesodesk.services.context import Actor, Permission, ServiceContext

HASHER = PasswordHasher()  # Argon2id with argon2-cffi's current recommended parameters
MIN_PASSWORD_LENGTH = 8
FAILURE_DELAY_S = 0.5  # per failed attempt in a row, doubling, capped
MAX_DELAY_S = 8.0
DEFAULT_LOCKOUT_THRESHOLD, DEFAULT_LOCKOUT_MINUTES = 5, 15


def failure_delay(failures: int) -> float:
    """How long after the last failure the next attempt is refused (0 before any failure)."""
    return 0.0 if failures <= 0 else min(MAX_DELAY_S, FAILURE_DELAY_S * 2 ** (failures - 1))


def _refusal(record: User | SignInFailure, now: datetime) -> str | None:
    """Why this attempt is refused without even looking at the password (None: it may go ahead)."""
    if record.locked_until is not None and record.locked_until > now:
        left = max(1, int((record.locked_until - now).total_seconds() // 60) + 1)
        return (
            f"Too many failed sign-ins: this name is locked for {left} more minute(s). "
            "An administrator can unlock it."
        )
    if record.last_failed_at is not None and record.failed_attempts:
        wait = failure_delay(record.failed_attempts) - (now - record.last_failed_at).total_seconds()
        if wait > 0:
            return f"Too many failed sign-ins in a row: wait {max(1, math.ceil(wait))} s before trying again."
    return None


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    is_active: bool
    locked_until: datetime | None = None  # UTC; a lockout after failed sign-ins (see sign_in)

    @property
    def is_locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > datetime.now(UTC)

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role)


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.is_active, user.locked_until)


def check_password(password: str) -> None:
    if not isinstance(password, str):
        raise ValidationError("password", "must be text")
    if "\x00" in password:
        raise ValidationError("password", "contains a NUL character")
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password", "must be at least {minimum} characters", minimum=MIN_PASSWORD_LENGTH
        )


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def has_users(self) -> bool:
        with self.ctx.read() as s:
            return bool(s.scalar(select(func.count(User.id))))

    def create(self, username: str, full_name: str, role: str, password: str | None) -> UserInfo:
        """Create an account; the very first account (an administrator) may be made without being signed in."""
        first = not self.has_users()
        if not first:
            self.ctx.require(Permission.ADMIN)
        validation.choice("role", role, values(Role))
        if first and role != Role.ADMIN:
            raise ValidationError("role", "the first account must be an administrator")
        username = validation.required_text("username", username, max_length=80).lower()
        full_name = validation.required_text("full_name", full_name, max_length=200)
        validation.choice("role", role, values(Role))
        if password is not None:
            check_password(password)
        with self.ctx.write() as s:
            if s.scalar(select(User.id).where(User.username == username)):
                raise ValidationError("username", "{username!r} is already taken", username=username)
            user = User(
                username=username,
                full_name=full_name,
                role=role,
                password_hash=HASHER.hash(password) if password else None,
                created_at=self.ctx.now(),
            )
            s.add(user)
            s.flush()
            audit.record(
                s,
                self.ctx,
                "user",
                user.id,
                "create",
                None,
                {"username": username, "full_name": full_name, "role": role},
            )
            return _info(user)

    def authenticate(self, username: str, password: str) -> UserInfo:
        """Check a password. Failures are counted in the database, per account (and per unknown name):
        after each failure in a row the next attempt is refused for a doubling delay, whichever process or
        thread makes it; after the clinic's lockout threshold the name is locked for its lockout minutes,
        until then or until an administrator unlocks it. Failures, lockouts and unlocks are audited."""
        if not isinstance(username, str | None) or not isinstance(password, str | None):
            raise ValidationError("username", "must be text")
        username = (username or "").strip().lower()[:80]
        now = self.ctx.now()
        # 1. Take the attempt (counted as a failure until the password proves right), or refuse it.
        try:
            refusal, user, info, attempts, threshold, minutes = self._take_attempt(username, now)
        except (ConflictError, ValidationError, DatabaseError):  # a parallel attempt on the same name
            refusal = "Too many sign-ins at once with this name: wait a moment before trying again."
        if refusal is not None:
            raise AuthenticationError(refusal)
        # 2. The password (Argon2, slow: outside any transaction).
        ok = False
        if user is not None and user.is_active and user.password_hash:
            try:
                ok = HASHER.verify(user.password_hash, password or "")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        else:
            HASHER.hash("timing-equaliser")  # same work whether or not the user exists
        # 3. Record the outcome.
        with self.ctx.write() as s:
            if user is None:
                audit.record(s, self.ctx, "user", None, "sign_in_failed", None, {"username": username})
            else:
                actor = self.ctx.as_user(Actor(user.id, user.username, user.role))
                db_user = s.get(User, user.id)
                assert db_user is not None
                if ok:
                    db_user.failed_attempts = 0
                    db_user.locked_until = None
                    if HASHER.check_needs_rehash(db_user.password_hash or ""):
                        db_user.password_hash = HASHER.hash(password)
                    audit.record(s, actor, "user", user.id, "sign_in")
                else:
                    audit.record(s, actor, "user", user.id, "sign_in_failed", None, {"attempts": attempts})
                    if db_user.locked_until is not None and threshold and attempts == threshold:
                        audit.record(s, actor, "user", user.id, "locked_out", None, {"minutes": minutes})
        if not ok:
            raise AuthenticationError("Unknown user name or wrong password.")
        assert info is not None
        return info

    def _take_attempt(
        self, username: str, now: datetime
    ) -> tuple[str | None, User | None, UserInfo | None, int, int, int]:
        with self.ctx.write() as s:
            settings = s.get(ClinicSettings, 1)
            threshold = settings.lockout_threshold if settings else DEFAULT_LOCKOUT_THRESHOLD
            minutes = settings.lockout_minutes if settings else DEFAULT_LOCKOUT_MINUTES
            user = s.scalar(select(User).where(User.username == username).with_for_update())
            record: User | SignInFailure | None = user
            if record is None:
                record = s.scalar(
                    select(SignInFailure).where(SignInFailure.username == username).with_for_update()
                )
                if record is None:
                    record = SignInFailure(username=username, failed_attempts=0)
                    s.add(record)
            refusal = _refusal(record, now)
            if refusal is None:
                record.failed_attempts = (record.failed_attempts or 0) + 1
                record.last_failed_at = now
                if threshold and record.failed_attempts >= threshold:
                    record.locked_until = now + timedelta(minutes=minutes)
            info = _info(user) if user is not None else None
            return refusal, user, info, record.failed_attempts, threshold, minutes

    def unlock(self, user_id: int) -> None:
        """An administrator lifts a lockout (and the slow-down) before it ends."""
        self.ctx.require(Permission.ADMIN)
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            before = {
                "failed_attempts": user.failed_attempts,
                "locked_until": audit.snapshot(user).get("locked_until"),
            }
            user.failed_attempts = 0
            user.locked_until = None
            audit.record(s, self.ctx, "user", user_id, "unlock", before, {"failed_attempts": 0})

    def is_locked(self, user_id: int) -> bool:
        with self.ctx.read() as s:
            user = s.get(User, user_id)
            return bool(user and user.locked_until and user.locked_until > self.ctx.now())

    def set_password(self, user_id: int, password: str) -> None:
        if self.ctx.actor.user_id != user_id:
            self.ctx.require(Permission.ADMIN)
        validation.record_id("user_id", user_id)
        check_password(password)
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            user.password_hash = HASHER.hash(password)
            user.failed_attempts = 0
            user.locked_until = None
            audit.record(s, self.ctx, "user", user_id, "set_password")

    def set_active(self, user_id: int, active: bool) -> None:
        self.ctx.require(Permission.ADMIN)
        validation.record_id("user_id", user_id)
        validation.flag("active", active)
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            if not active and user.role == Role.ADMIN and user.is_active:
                self._keep_an_admin(s, user_id)
            user.is_active = active
            if active:
                user.failed_attempts = 0
                user.locked_until = None
            audit.record(s, self.ctx, "user", user_id, "activate" if active else "deactivate")

    def set_role(self, user_id: int, role: str) -> UserInfo:
        self.ctx.require(Permission.ADMIN)
        validation.choice("role", role, values(Role))
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            before = user.role
            if before == Role.ADMIN and role != Role.ADMIN and user.is_active:
                self._keep_an_admin(s, user_id)
            user.role = role
            audit.record(s, self.ctx, "user", user_id, "set_role", {"role": before}, {"role": role})
            return _info(user)

    @staticmethod
    def _keep_an_admin(s: Session, user_id: int) -> None:
        others = s.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN, User.is_active.is_(True), User.id != user_id
            )
        )
        if not others:
            raise ValidationError("role", "the clinic must keep at least one active administrator")

    def by_username(self, username: str) -> UserInfo:
        with self.ctx.read() as s:
            user = s.scalar(select(User).where(User.username == (username or "").strip().lower()))
            if user is None:
                raise NotFoundError("No user named {username!r}.", username=username)
            return _info(user)

    def all_users(self) -> list[UserInfo]:
        with self.ctx.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.full_name))]

    def practitioners(self) -> list[UserInfo]:
        return [u for u in self.all_users() if u.is_active and u.role in (Role.PRACTITIONER, Role.ADMIN)]

    def get(self, user_id: int) -> UserInfo:
        with self.ctx.read() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            return _info(user)

    def record_lock(self, *, manual: bool) -> None:
        """The screen was locked: by the user (Ctrl+L, "Lock now") or after inactivity (audited)."""
        with self.ctx.write() as s:
            audit.record(
                s, self.ctx, "user", self.ctx.actor.user_id, "lock_manual" if manual else "lock_idle"
            )

    def record_sign_out(self, *, switched_to: str | None = None) -> None:
        """The signed-in user left: signed out, or another user signed in from the lock screen
        (``switched_to``: that user's name) (audited)."""
        with self.ctx.write() as s:
            audit.record(
                s,
                self.ctx,
                "user",
                self.ctx.actor.user_id,
                "switch_user" if switched_to else "sign_out",
                None,
                {"switched_to": switched_to} if switched_to else None,
            )
