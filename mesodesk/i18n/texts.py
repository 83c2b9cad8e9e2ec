"""Patient texts (consent, aftercare) in one language: resources/texts/<name>_<lang>.md."""

from __future__ import annotations

import logging
from pathlib import Path

from mesodesk.i18n.core import DEFAULT_LANGUAGE, current_language, normalize_language

log = logging.getLogger("mesodesk.i18n")


def _texts_dir() -> Path:
    from mesodesk.paths import resources_dir

    return resources_dir() / "texts"


def localized_text_path(name: str, lang: str | None = None) -> tuple[Path, str]:
    """The file of text `name` ("aftercare", "consent_mesotherapy_v1") for the language, and its language.

    Looks for <name>_<lang>.md, then the English <name>_en.md, then <name>.md; a missing
    translation falls back to English with a logged notice. Raises FileNotFoundError if none exists.
    """
    chosen = normalize_language(lang) or current_language()
    base = name.removesuffix(".md")
    folder = _texts_dir()
    for candidate in (chosen, DEFAULT_LANGUAGE):
        path = folder / f"{base}_{candidate}.md"
        if path.is_file():
            if candidate != chosen:
                log.info("text %s has no %s version; the English text is used", base, chosen)
            return path, candidate
    path = folder / f"{base}.md"
    if path.is_file():
        if chosen != DEFAULT_LANGUAGE:
            log.info("text %s has no %s version; the English text is used", base, chosen)
        return path, DEFAULT_LANGUAGE
    raise FileNotFoundError(f"MesoDesk text missing: {folder / f'{base}_{chosen}.md'}")


def localized_text(name: str, lang: str | None = None) -> tuple[str, str]:
    """(text, language of the text) — see localized_text_path."""
    path, found = localized_text_path(name, lang)
    return path.read_text(encoding="utf-8"), found


def translated_texts(name: str) -> list[tuple[str, str]]:
    """(language, text) of every shipped translation of text `name` (English not included)."""
    from mesodesk.i18n.core import LANGUAGES

    found = []
    for lang in LANGUAGES:
        path = _texts_dir() / f"{name}_{lang}.md"
        if lang != DEFAULT_LANGUAGE and path.is_file():
            found.append((lang, path.read_text(encoding="utf-8")))
    return found
