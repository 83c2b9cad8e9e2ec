"""The GUI's settings: one typed object, saved with QSettings under keys named in one place.

User preferences and window state are kept apart (``[preferences]`` and ``[window]`` groups);
a settings version lets later releases upgrade what an older one wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger("mesodesk.gui.settings")

Group = TypeVar("Group", bound="DataclassInstance")

SETTINGS_VERSION = 1


@dataclass
class Preferences:
    """What the user chooses (kept when the window layout is reset)."""

    include_archived_in_search: bool = False
    search_delay_ms: int = 150
    followups_visible: bool = False
    #: "" = automatic ($MESODESK_LANG, else the system's language); else a code of gui.i18n.LANGUAGES.
    language: str = ""
    #: "system" (follow the desktop's light or dark setting), "light" or "dark" (gui/theme.py).
    theme: str = "system"


@dataclass
class WindowState:
    """Where the windows were; opaque Qt blobs."""

    geometry: QByteArray = field(default_factory=QByteArray)
    state: QByteArray = field(default_factory=QByteArray)
    splitter: QByteArray = field(default_factory=QByteArray)


#: Upgrades from a settings version to the next one: {old_version: fn(QSettings)}.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class GuiSettings:
    """Load and save Preferences and WindowState; ``path`` gives an INI file (tests)."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "MesoDesk", "MesoDesk"
            )
        self._upgrade()
        self.preferences = self._load(Preferences, "preferences")
        self.window = self._load(WindowState, "window")

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def _upgrade(self) -> None:
        version = _to_int(self._qs.value("settings_version", 0) or 0)
        if version == 0 and not self._qs.allKeys():
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            upgrade = UPGRADES.get(version)
            if upgrade is not None:
                upgrade(self._qs)
            version += 1
        self._qs.setValue("settings_version", SETTINGS_VERSION)

    def _load(self, kind: type[Group], group: str) -> Group:
        obj = kind()
        self._qs.beginGroup(group)
        try:
            for f in fields(kind):
                if not self._qs.contains(f.name):
                    continue
                raw = self._qs.value(f.name)
                default = getattr(obj, f.name)
                try:
                    setattr(obj, f.name, _convert(raw, default))
                except (TypeError, ValueError):
                    log.warning("ignoring unreadable setting %s/%s", group, f.name)
        finally:
            self._qs.endGroup()
        return obj

    def _store(self, obj: DataclassInstance, group: str) -> None:
        self._qs.beginGroup(group)
        try:
            for f in fields(obj):
                self._qs.setValue(f.name, getattr(obj, f.name))
        finally:
            self._qs.endGroup()

    def save(self) -> None:
        self._store(self.preferences, "preferences")
        self._store(self.window, "window")
        self._qs.sync()

    def reset_window(self) -> None:
        self.window = WindowState()
        self._qs.remove("window")
        self._qs.sync()


def _to_int(raw: object) -> int:
    if isinstance(raw, int | float | str | bytes):
        return int(raw)
    raise TypeError(f"not a number: {raw!r}")


def _convert(raw: object, default: object) -> object:
    """A value read back from QSettings (often text) as the type of the field's default."""
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")
        return bool(raw)
    if isinstance(default, int):
        return _to_int(raw)
    if isinstance(default, QByteArray):
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray | memoryview | list | tuple):
            return QByteArray(bytes(raw))
        raise TypeError(f"not bytes: {raw!r}")
    if isinstance(default, str):
        return str(raw)
    raise TypeError(f"no conversion to {type(default).__name__}")
