"""Catalogues, the current language and the gettext functions (see the package docstring)."""

from __future__ import annotations

import contextlib
import gettext as _gettext
import locale as _locale
import logging
import os
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

log = logging.getLogger("mesodesk.i18n")

DOMAIN = "mesodesk"
DEFAULT_LANGUAGE = "en"
#: The languages MesoDesk ships, in the order offered to the user.
LANGUAGES: tuple[str, ...] = ("en", "fr", "it", "es", "de")
_NAMES = {"en": "English", "fr": "Français", "it": "Italiano", "es": "Español", "de": "Deutsch"}

#: resources/locale (found through mesodesk.paths at first use; tests may point it elsewhere).
_LOCALE_DIR: Path | None = None

# The process-wide language (set once at start) and a per-context override (one document).
_process_language = DEFAULT_LANGUAGE
_context_language: ContextVar[str | None] = ContextVar("mesodesk_language", default=None)
_lock = threading.Lock()


def locale_dir() -> Path:
    global _LOCALE_DIR
    if _LOCALE_DIR is None:
        from mesodesk.resource_root import find_resources_dir

        root = find_resources_dir()
        # No resources at all: no catalogues either, so every message stays in English (paths reports
        # the incomplete installation where a resource is actually needed).
        _LOCALE_DIR = (root if root is not None else Path("resources")) / "locale"
    return _LOCALE_DIR


def catalogue_path(lang: str) -> Path:
    return locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def normalize_language(value: str | None) -> str | None:
    """ "fr_FR.UTF-8", "fr-CA", "FR" -> "fr"; None for an empty or unsupported value."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def language_name(lang: str) -> str:
    """The language's own name ("Français"), for choosers."""
    return _NAMES.get(lang, lang)


def resolve_language(setting: str | None = None) -> str:
    """The user's setting, else MESODESK_LANG, else the system locale, else English."""
    for candidate in (setting, os.environ.get("MESODESK_LANG")):
        lang = normalize_language(candidate)
        if lang:
            return lang
    system = None
    with contextlib.suppress(ValueError):
        system = _locale.getlocale(_locale.LC_MESSAGES)[0]
    for candidate in (
        system,
        os.environ.get("LC_ALL"),
        os.environ.get("LC_MESSAGES"),
        os.environ.get("LANG"),
    ):
        lang = normalize_language(candidate)
        if lang:
            return lang
    return DEFAULT_LANGUAGE


def set_language(lang: str | None) -> str:
    """Set the process-wide language (an unsupported value means English); returns what was set."""
    global _process_language
    _process_language = normalize_language(lang) or DEFAULT_LANGUAGE
    return _process_language


def current_language() -> str:
    return _context_language.get() or _process_language


@contextlib.contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Within the block, translate into `lang` (None or unsupported: keep the current language)."""
    chosen = normalize_language(lang) or current_language()
    token = _context_language.set(chosen)
    try:
        yield chosen
    finally:
        _context_language.reset(token)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue of one language, read from its .po file with Babel and compiled in memory."""
    path = catalogue_path(lang)
    if lang == DEFAULT_LANGUAGE or not path.is_file():
        if lang != DEFAULT_LANGUAGE:
            log.warning("no catalogue for language %s; English is used", lang)
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with _lock, path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def reload_catalogues() -> None:
    """Forget the cached catalogues (after the .po files changed, e.g. in tests)."""
    translations.cache_clear()


def _fill(text: str, params: dict[str, Any]) -> str:
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.error("translation %r does not match its parameters %s", text, sorted(params))
        return text


def gettext(message: str, *, lang: str | None = None, **params: Any) -> str:
    """`message` in the current language (or `lang`), with {named} placeholders filled in."""
    if not isinstance(message, str):
        message = str(message)
    text = translations(normalize_language(lang) or current_language()).gettext(message) if message else ""
    return _fill(text, params)


def _(message: str, **params: Any) -> str:
    """Shorthand for :func:`gettext` in the current language."""
    return gettext(message, **params)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a string for extraction without translating it now (translate it with ``_()`` at use)."""
    return message
