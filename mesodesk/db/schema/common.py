"""What the table modules share."""

from __future__ import annotations

from mesodesk.domain.enums import values


def check_in(column: str, enum: type) -> str:
    """``column`` is one of the enum's values. Written as ORs: SQLite evaluates a CHECK with an
    IN-list of three or more items through a temporary table on every row (five times slower)."""
    return " OR ".join(f"{column} = '{v}'" for v in values(enum))
