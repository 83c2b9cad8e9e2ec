"""A check that the Qt binding keeps Python's reference counts, made before any window opens.

PySide6 6.12.0 under Python 3.11 releases ``None`` once more than it took on every call of a Qt
method that returns nothing, and ``True`` on every signal emitted: after some thousands of clicks
the interpreter aborts ("deallocating None"), taking unsaved work with it. Python 3.12 and newer
never free ``None`` or ``True``, so there the defect is harmless. pyproject.toml excludes that
release; this check catches it (or a later release with the same defect) on a machine where it was
installed anyway, so the user reads what to do instead of losing a session to a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject, Signal

CALLS = 200  # enough to tell a leak (one per call) from an unrelated change of a few references


class _Probe(QObject):
    sig_probe = Signal()


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def reference_leak(exercise: Callable[[], None] | None = None) -> tuple[int, int, int]:
    """How many references of None, True and False ``CALLS`` Qt calls lost (0s on a sound binding)."""
    probe = _Probe()
    if exercise is None:

        def exercise() -> None:
            probe.setObjectName("probe")
            probe.sig_probe.emit()

    exercise()
    before = _counts()
    for _ in range(CALLS):
        exercise()
    after = _counts()
    (none_before, true_before, false_before), (none_after, true_after, false_after) = before, after
    return (
        max(0, none_before - none_after),
        max(0, true_before - true_after),
        max(0, false_before - false_after),
    )


def binding_problem(exercise: Callable[[], None] | None = None) -> str | None:
    """Why this Qt binding cannot be used, in the user's language (None when it keeps reference counts)."""
    lost = reference_leak(exercise)
    if max(lost) < CALLS // 2:
        return None
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "application",
        "PySide6 {pyside} on Python {python} loses a reference on every Qt call, and MesoDesk would "
        "abort after a few minutes of use.\n\nInstall another release of PySide6 (for example: "
        "pip install 'PySide6-Essentials!=6.12.0'), or run MesoDesk on Python 3.12 or newer.",
    )
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return text.replace("{pyside}", PYSIDE_VERSION).replace("{python}", python)
