"""Log records without health data: a traceback in the log file shows where it happened and the exception
types, never the exception's message or any value (a message can quote a patient's name or notes)."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType


def private_traceback(exc: BaseException | None, tb: TracebackType | None = None) -> str:
    """'Traceback (most recent call last)' with files, lines and functions, then the types of the
    exception and of every exception it was raised from; no messages, no source lines with values."""
    parts: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = traceback.extract_tb(tb if not parts and tb is not None else exc.__traceback__)
        lines = ["Traceback (most recent call last):"]
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        lines.append(
            f"{type(exc).__module__}.{type(exc).__qualname__} (message not logged: it may hold patient data)"
        )
        parts.append("\n".join(lines))
        exc = exc.__cause__ or exc.__context__
    return "\n\nraised from, or while handling:\n".join(parts)


#: What logging hands a formatter: sys.exc_info() (all None when logged outside an exception).
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class PrivateFormatter(logging.Formatter):
    """A formatter whose tracebacks hold types and places only (see private_traceback)."""

    def formatException(self, ei: ExcInfo) -> str:
        _type, value, tb = ei
        return private_traceback(value, tb)

    def formatStack(self, stack_info: str) -> str:
        return stack_info
