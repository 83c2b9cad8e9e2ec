"""What the first window needs to know about a clinic file, read without loading the ORM.

Start-up shows the sign-in window before the ORM models are mapped (that costs a noticeable part of a
second); these two bound statements are all it needs until then.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from mesodesk.domain.errors import DatabaseError


@dataclass(frozen=True)
class ClinicOverview:
    has_users: bool
    clinic_name: str


def clinic_overview(engine: Engine) -> ClinicOverview:
    """Whether the clinic has accounts yet, and its name (a DatabaseError if the file cannot be read)."""
    try:
        with engine.connect() as conn:
            has_users = conn.execute(text("SELECT 1 FROM users LIMIT 1")).first() is not None
            name = conn.execute(text("SELECT name FROM clinic_settings WHERE id = 1")).scalar()
    except DBAPIError as exc:
        first_line = str(getattr(exc, "orig", exc)).strip().splitlines()[:1]
        raise DatabaseError("Cannot read the clinic database: {reason}", reason="".join(first_line)) from exc
    return ClinicOverview(has_users, name or "My clinic")
