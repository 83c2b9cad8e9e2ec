"""Plural forms: the count formatted for the locale, the form chosen by the language's plural rule."""

from __future__ import annotations

from typing import Any

from mesodesk.i18n.core import _fill, current_language, normalize_language, translations
from mesodesk.i18n.formatting import format_number


def ngettext(singular: str, plural: str, n: int, *, lang: str | None = None, **params: Any) -> str:
    """The right plural form for `n` in the language; `{n}` is the count, formatted for the locale."""
    chosen = normalize_language(lang) or current_language()
    text = translations(chosen).ngettext(singular, plural, n)
    params.setdefault("n", format_number(n, lang=chosen))
    return _fill(text, params)
