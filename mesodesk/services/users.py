"""User accounts: Argon2id passwords, sign-in with a slow-down after failures, roles."""

from __future__ import annotations

import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from mesodesk.db.models import User
from mesodesk.domain.enums import Role, values
from mesodesk.domain.errors import AuthenticationError, NotFoundError, ValidationError
from mesodesk.services import audit, validation
from mesodesk.services.context import Actor, Permission, ServiceContext

HASHER = PasswordHasher()  # Argon2id with argon2-cffi's current recommended parameters
MIN_PASSWORD_LENGTH = 8
FAILURE_DELAY_S = 0.5  # per failed attempt in a row, capped
MAX_DELAY_S = 8.0


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    is_active: bool

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role)


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.is_active)


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password", "must be at least {minimum} characters", minimum=MIN_PASSWORD_LENGTH
        )


class UserService:
    def __init__(self, ctx: ServiceContext, sleep=time.sleep) -> None:  # type: ignore[no-untyped-def]
        self.ctx = ctx
        self._sleep = sleep

    def has_users(self) -> bool:
        with self.ctx.read() as s:
            return bool(s.scalar(select(func.count(User.id))))

    def create(self, username: str, full_name: str, role: str, password: str | None) -> UserInfo:
        """Create an account; the very first account (an administrator) may be made without being signed in."""
        first = not self.has_users()
        if not first:
            self.ctx.require(Permission.ADMIN)
        elif role != Role.ADMIN:
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
        """Check a password; failures in a row slow the next attempt down."""
        username = (username or "").strip().lower()
        with self.ctx.read() as s:
            user = s.scalar(select(User).where(User.username == username))
        if user is not None and user.failed_attempts:
            self._sleep(min(MAX_DELAY_S, FAILURE_DELAY_S * 2 ** (user.failed_attempts - 1)))
        ok = False
        if user is not None and user.is_active and user.password_hash:
            try:
                ok = HASHER.verify(user.password_hash, password or "")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        else:
            HASHER.hash("timing-equaliser")  # same work whether or not the user exists
        with self.ctx.write() as s:
            if user is None:
                audit.record(s, self.ctx, "user", None, "sign_in_failed", None, {"username": username[:80]})
                raise AuthenticationError("Unknown user name or wrong password.")
            db_user = s.get(User, user.id)
            assert db_user is not None
            if not ok:
                db_user.failed_attempts += 1
                db_user.last_failed_at = self.ctx.now()
                audit.record(
                    s,
                    self.ctx.as_user(Actor(user.id, user.username, user.role)),
                    "user",
                    user.id,
                    "sign_in_failed",
                )
            else:
                db_user.failed_attempts = 0
                if HASHER.check_needs_rehash(db_user.password_hash or ""):
                    db_user.password_hash = HASHER.hash(password)
                audit.record(
                    s, self.ctx.as_user(Actor(user.id, user.username, user.role)), "user", user.id, "sign_in"
                )
        if not ok:
            raise AuthenticationError("Unknown user name or wrong password.")
        return _info(db_user)

    def set_password(self, user_id: int, password: str) -> None:
        if self.ctx.actor.user_id != user_id:
            self.ctx.require(Permission.ADMIN)
        check_password(password)
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            user.password_hash = HASHER.hash(password)
            user.failed_attempts = 0
            audit.record(s, self.ctx, "user", user_id, "set_password")

    def set_active(self, user_id: int, active: bool) -> None:
        self.ctx.require(Permission.ADMIN)
        with self.ctx.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("No user with id {user_id}.", user_id=user_id)
            if not active and user.role == Role.ADMIN and user.is_active:
                self._keep_an_admin(s, user_id)
            user.is_active = active
            if active:
                user.failed_attempts = 0
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
    def _keep_an_admin(s, user_id: int) -> None:  # type: ignore[no-untyped-def]
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
