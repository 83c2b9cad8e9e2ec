"""Translations and locale-aware formatting of dates and numbers.

The application speaks English in its source. At start :func:`install_translators` picks the
language (the user's preference, else ``$MESODESK_LANG``, else the system locale; see
:func:`resolve_language`), then loads Qt's own strings (``qtbase_<lang>.qm`` from Qt's folder) and
ours (``mesodesk_<lang>.qm``). A built install ships the ``.qm`` files beside the ``.ts`` sources in
resources/translations; an editable install has only the ``.ts``, so the first start compiles the
one it needs with the ``lrelease`` shipped in PySide6 into the user's cache folder (named by the
source's hash, so an edited ``.ts`` is compiled again and an unchanged one never). Dates and numbers
are always formatted with QLocale.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

log = logging.getLogger("mesodesk.gui.i18n")

#: The languages MesoDesk speaks: code -> the language's name in that language (never translated).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "it": "Italiano",
    "es": "Español",
    "de": "Deutsch",
}
DEFAULT_LANGUAGE = "en"
ENV_VAR = "MESODESK_LANG"
LRELEASE_TIMEOUT_S = 60


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for lupdate under ``context`` and return it unchanged (translated where it is shown).

    Qt's own marker does the same but is typed as returning ``object``; this one keeps tables of marked
    strings typed as ``str``.
    """
    return source


def translations_dir() -> Path | None:
    from mesodesk.paths import resources_dir

    try:
        folder = resources_dir() / "translations"
    except RuntimeError:
        return None
    return folder if folder.is_dir() else None


def language_of(tag: str | None) -> str | None:
    """The supported language code of a locale tag ("fr_CH.UTF-8", "de-AT", "it") or None."""
    if not tag:
        return None
    code = tag.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def resolve_language(
    preference: str | None = None, environ: dict[str, str] | None = None, system: QLocale | None = None
) -> str:
    """The language to use: the user's preference, else $MESODESK_LANG, else the system locale, else English.

    An empty or unknown preference means "automatic"; an unknown $MESODESK_LANG is ignored (logged).
    """
    chosen = language_of(preference)
    if chosen:
        return chosen
    env = (environ if environ is not None else os.environ).get(ENV_VAR, "")
    chosen = language_of(env)
    if chosen:
        return chosen
    if env:
        log.warning("%s=%r is not a language MesoDesk speaks; using the system's", ENV_VAR, env)
    system = system or QLocale.system()
    for tag in [system.name(), *system.uiLanguages()]:
        chosen = language_of(tag)
        if chosen:
            return chosen
    return DEFAULT_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The QLocale for dates and numbers: the system's own when it speaks that language (fr_CH stays
    Swiss), else the language's main country."""
    system = system or QLocale.system()
    if language_of(system.name()) == language:
        return system
    if language == DEFAULT_LANGUAGE and system.language() == QLocale.Language.C:
        return system  # no locale set (C/POSIX): English with ISO dates, as before
    return QLocale(language)


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("MesoDesk", "MesoDesk")) / "translations"


def lrelease_command() -> list[str] | None:
    """The lrelease shipped in PySide6 (or found on PATH), as a command line; None if there is none."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compiled_translation(language: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """The up-to-date ``mesodesk_<language>.qm``: shipped, cached, or compiled now; None if there is none.

    A shipped .qm is used when there is no .ts beside it or it is not older than the .ts.
    """
    folder = folder if folder is not None else translations_dir()
    if folder is None:
        return None
    ts = folder / f"mesodesk_{language}.ts"
    shipped = folder / f"mesodesk_{language}.qm"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    data = ts.read_bytes()
    cache = cache if cache is not None else cache_dir()
    target = cache / f"mesodesk_{language}-{hashlib.sha256(data).hexdigest()[:16]}.qm"
    if target.is_file() and target.stat().st_size > 0:
        return target
    command = lrelease_command()
    if command is None:
        log.warning("no lrelease found: %s cannot be compiled, MesoDesk stays in English", ts.name)
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or not partial.is_file():
            log.warning(
                "lrelease failed on %s (%s): %s", ts.name, result.returncode, result.stderr.strip()[:500]
            )
            partial.unlink(missing_ok=True)
            return None
        os.replace(partial, target)
        for old in cache.glob(f"mesodesk_{language}-*.qm"):  # earlier versions of this .ts
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts.name, exc)
        return None
    log.info("compiled %s into %s", ts.name, target)
    return target


def install_translators(
    app: QCoreApplication, language: str | None = None, locale: QLocale | None = None
) -> list[QTranslator]:
    """Load Qt's and MesoDesk's translations for ``language`` (see :func:`resolve_language`).

    ``locale`` (an older call style) picks the language from a QLocale. Sets the default QLocale
    for dates and numbers. Returns the installed translators; the caller keeps them alive for the
    app's lifetime. English, the source language, has a file with only the plural forms of the
    numerus messages ("%n session(s)" -> "1 session" / "2 sessions"); a missing file is logged.
    """
    if language is None:
        language = language_of(locale.name()) if locale is not None else None
        language = language or resolve_language()
    QLocale.setDefault(locale if locale is not None else locale_for(language))
    # services, reports and the CLI translate through mesodesk.i18n: the same language as the GUI
    from mesodesk.i18n import set_language

    set_language(language)
    installed: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no Qt translation for %s in %s", language, qt_folder)
            translator.deleteLater()
    ours = compiled_translation(language)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded MesoDesk translation %s", ours.name)
        else:
            log.warning("unreadable translation file %s", ours)
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translators.clear()


def current_language() -> str:
    """The language of the default QLocale (what install_translators chose)."""
    return language_of(QLocale().name()) or DEFAULT_LANGUAGE


def tr(text: str, context: str = "MesoDesk") -> str:
    return QCoreApplication.translate(context, text)


# -- formatting --------------------------------------------------------------
def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None, long: bool = False) -> str:
    """A date in the user's locale, always with a four-digit year (birth dates!)."""
    if value is None:
        return ""
    locale = QLocale()
    if long:
        return locale.toString(qdate(value), QLocale.FormatType.LongFormat)
    return locale.toString(qdate(value), date_format(locale))


def format_datetime(value: datetime | None, seconds: bool = False) -> str:
    """A moment in local time, in the user's locale (the date as ``format_date``)."""
    if value is None:
        return ""
    local = value.astimezone()
    locale = QLocale()
    qdt = QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second if seconds else 0))
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    return locale.toString(qdt, date_format(locale) + " " + time_format)


def format_month(value: date) -> str:
    """A month and year in the user's language ("janv. 2026", "Jan 2026")."""
    return QLocale().toString(qdate(value), "MMM yyyy")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (dd/MM/yy -> dd/MM/yyyy); ISO for the C locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    # two-digit days and months, as the printed documents write them (Spanish "d/M/yy" showed 4/4/1969
    # in the lists beside 04/04/1969 on paper) and so that a column of dates lines up
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", fmt)


def format_number(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def format_measure(value: float, signed: bool = False) -> str:
    """A measured value or a change as typed: no trailing zeros, the locale's decimal sign ("68,5", "+2")."""
    text = QLocale().toString(float(value), "g", 12)
    return f"+{text}" if signed and value > 0 else text


def plural(n: int, one: str, many: str) -> str:
    """Pick the singular or plural text and put the locale's number in for %n (English rule only).

    Prefer Qt's numerus forms, which follow each language's rule (French says "0 an", "1,5 an"):
    ``QCoreApplication.translate("Context", "%n year(s)", None, n)`` with the class's name as the context
    (not ``self.tr``: for a plural, PySide6 stops at the first class of the MRO, so a mixin's or base
    class's plural would never be found); this helper stays for code that has not moved yet.
    """
    return (one if n == 1 else many).replace("%n", QLocale().toString(n))
