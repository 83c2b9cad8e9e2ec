"""Identity sequences after bulk inserts that chose their own ids (PostgreSQL only)."""

from __future__ import annotations

from sqlalchemy import Integer, text
from sqlalchemy.engine import Connection

from mesodesk.db.base import Base


def advance_sequences(conn: Connection) -> None:
    """Move each table's id sequence past the highest id stored, so the next insert gets a new id.

    Bulk loaders (the demo clinic, a restore) write ids themselves; PostgreSQL's sequences do not see
    that, and the next ordinary insert would collide with an existing row. SQLite needs nothing.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
        if sequence is None:
            continue
        conn.execute(
            text(f"SELECT setval(:seq, GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table.name}), 1))"),
            {"seq": sequence},
        )
