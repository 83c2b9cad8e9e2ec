"""Extra checks run by `mesodesk check` (audit chain, signed-record hashes), registered by their modules."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine

CHECKS: list[Callable[[Engine], list[str]]] = []

# Modules that register checks (imported last: they append to CHECKS above).
from mesodesk.services import audit as _audit  # noqa: E402,F401
from mesodesk.services import photos as _photos  # noqa: E402,F401
