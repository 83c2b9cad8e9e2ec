"""What an UPDATE or DELETE run through a Session did."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import CursorResult, Result


def changed_rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE (without RETURNING) changed.

    ``Session.execute`` hands back a ``CursorResult`` for such statements, though its annotation says
    ``Result``; anything else here is a programming error (a SELECT, a RETURNING clause).
    """
    if not isinstance(result, CursorResult):
        raise TypeError(f"expected the result of an UPDATE or DELETE, got {type(result).__name__}")
    return result.rowcount
