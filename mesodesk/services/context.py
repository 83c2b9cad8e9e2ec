"""Who is acting, on which database: handed to every service."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from mesodesk.db.engine import writer
from mesodesk.domain.enums import Role
from mesodesk.domain.errors import (
    ConflictError,
    DatabaseError,
    KnownError,
    PermissionDeniedError,
    ValidationError,
)
from mesodesk.services.changes import COLLECTOR_KEY, ChangeBus, ChangeCollector
from mesodesk.storage import trust

if TYPE_CHECKING:  # the ORM is imported on first use: the sign-in window does not wait for it
    from sqlalchemy.orm import Session

log = logging.getLogger("mesodesk.services")


class Permission:
    CLINICAL_READ = "clinical_read"
    CLINICAL_WRITE = "clinical_write"
    DEMOGRAPHICS = "demographics"
    FOLLOWUPS = "followups"
    CATALOGUE = "catalogue"
    ADMIN = "admin"


ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.ADMIN: frozenset(
        {
            Permission.CLINICAL_READ,
            Permission.CLINICAL_WRITE,
            Permission.DEMOGRAPHICS,
            Permission.FOLLOWUPS,
            Permission.CATALOGUE,
            Permission.ADMIN,
        }
    ),
    Role.PRACTITIONER: frozenset(
        {
            Permission.CLINICAL_READ,
            Permission.CLINICAL_WRITE,
            Permission.DEMOGRAPHICS,
            Permission.FOLLOWUPS,
            Permission.CATALOGUE,
        }
    ),
    Role.ASSISTANT: frozenset({Permission.DEMOGRAPHICS, Permission.FOLLOWUPS}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the system, for scripted work)."""

    user_id: int | None
    username: str
    role: str

    def __repr__(self) -> str:
        return f"Actor({self.username!r}, {self.role})"


SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN)


@dataclass
class ServiceContext:
    engine: Engine
    actor: Actor = SYSTEM
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    #: Announces every committed write (shared by the contexts of every user on this database).
    changes: ChangeBus = field(default_factory=ChangeBus, repr=False, compare=False)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.now().astimezone().date()

    def can(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.actor.role, frozenset())

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDeniedError(
                "Your role ({role}) does not allow this ({permission}).",
                role=self.actor.role,
                permission=permission.replace("_", " "),
            )

    def as_user(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.engine, actor, self.clock, self.changes)

    def with_engine(self, engine: Engine) -> ServiceContext:
        """The same user on another engine (e.g. the database a restore put in place)."""
        return dataclasses.replace(self, engine=engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; objects stay usable after it closes."""
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except OperationalError as exc:
                raise translate_operational(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls everything back on any error.

        After the commit, what the transaction changed is published on ``self.changes``.
        """
        from sqlalchemy.orm import Session
        from sqlalchemy.orm.exc import StaleDataError

        from mesodesk.db import ids, models  # noqa: F401 - the mapped tables, then ids never given twice

        ids.install()

        with Session(writer(self.engine), expire_on_commit=False) as session:
            collector = session.info[COLLECTOR_KEY] = ChangeCollector()
            event.listen(session, "after_flush", _note_flushed_rows)
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise ConflictError(
                    "This record was changed by someone else since you opened it. "
                    "Reload it and make your change again."
                ) from exc
            except OperationalError as exc:
                raise translate_operational(exc) from exc
            except IntegrityError as exc:
                raise translate_integrity(exc) from exc
            trust.after_commit(self.engine, session)  # the audit chain's anchor, outside the database
        if collector:
            self.changes.publish(collector.freeze())


def _note_flushed_rows(session: Session, _flush_context: object) -> None:
    """Note what a write session flushes (the lists still hold the pre-flush state here)."""
    collector = session.info.get(COLLECTOR_KEY)
    if collector is not None:
        collector.note_rows(session.new)
        collector.note_rows(session.dirty)
        collector.note_rows(session.deleted)


def translate_operational(exc: OperationalError) -> DatabaseError:
    text = str(exc.orig).lower()
    if "disk" in text and "full" in text or "database or disk is full" in text:
        return DatabaseError("The disk is full: the change was not saved. Free some space and try again.")
    if "locked" in text or "busy" in text:
        return DatabaseError("The database is busy (another workstation is saving). Try again in a moment.")
    if "readonly" in text or "read-only" in text:
        return DatabaseError("The database file is read-only: the change was not saved.")
    if "connection" in text or "server" in text:
        return DatabaseError("The database server cannot be reached: the change was not saved.")
    return DatabaseError("The database refused the change: {orig}", orig=exc.orig)


def translate_integrity(exc: IntegrityError) -> KnownError:
    """A constraint the services did not foresee: a duplicate as a field error, anything else plainly."""
    text = str(exc.orig)
    if "medical_histories" in text:  # two first histories of one patient saved at once
        return ConflictError(
            "The medical history was changed by someone else. Reload it and make your change again."
        )
    if "file_no" in text:
        return ValidationError("file_no", "this file number is already used by another patient")
    if "UNIQUE" in text.upper() or "duplicate key" in text:
        return ValidationError("name", "an entry with this name already exists")
    return DatabaseError("The change breaks a rule of the database: {rule}", rule=text.splitlines()[0])
