"""Extra checks run by `mesodesk check` (audit chain, signed-record hashes), registered by their modules."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine

CHECKS: list[Callable[[Engine], list[str]]] = []
