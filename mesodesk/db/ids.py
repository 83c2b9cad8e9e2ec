"""Ids are never given twice (issue 13): an erased patient's id, and every id of their records, stays unused.

SQLite gives a new row ``max(id) + 1``, so deleting the newest row frees its id for the next insert (and the
erased person's audit entries would attach to the next patient). ``id_counters`` keeps the highest id ever
given per table; a trigger raises it when a row is deleted, and :func:`install` makes the ORM take each new
id from it. PostgreSQL sequences never reuse an id, so nothing is done there. The same counter gives file
numbers (:func:`next_counter`), so an erased patient's file number is not given again either.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Table, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapper

from mesodesk.db.base import Base

_INSTALLED = False


def next_counter(connection: Connection, name: str, at_least: int = 0) -> int | None:
    """Raise counter ``name`` to max(itself, at_least) + 1 and return it (None: no such counter)."""
    connection.execute(
        text(
            "UPDATE id_counters SET value = CASE WHEN value > :floor THEN value ELSE :floor END + 1 "
            "WHERE name = :name"
        ),
        {"floor": at_least, "name": name},
    )
    return connection.execute(
        text("SELECT value FROM id_counters WHERE name = :name"), {"name": name}
    ).scalar()


def _assign_id(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if target.id is not None or connection.dialect.name != "sqlite":
        return
    mapped = mapper.local_table
    assert isinstance(mapped, Table)  # install() listens on the mappers of tables only
    table = mapped.name
    try:  # one statement: above the highest id in use and above every id ever given
        value = connection.execute(
            text(
                f"UPDATE id_counters SET value = max(value, (SELECT coalesce(max(id), 0) FROM {table})) + 1 "
                "WHERE name = :name RETURNING value"
            ),
            {"name": table},
        ).scalar()
    except OperationalError:  # a database not yet migrated (no id_counters): SQLite's own ids
        return
    if value is not None:
        target.id = value


def install() -> None:
    """Take each new id of every table with an integer ``id`` key from ``id_counters`` (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if not isinstance(table, Table) or table.name == "audit_entries":  # audit entries: never deleted
            continue
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].name == "id" and isinstance(pk[0].type, Integer):
            event.listen(mapper, "before_insert", _assign_id)
    _INSTALLED = True
