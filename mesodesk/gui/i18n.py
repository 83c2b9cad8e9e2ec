"""Translations and locale-aware formatting of dates and numbers.

The application speaks English in its source; a translator for the system locale is loaded
at start (Qt's own strings from Qt's translations folder, ours from resources/translations
as ``mesodesk_<locale>.qm``). Dates and numbers are always formatted with QLocale.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

log = logging.getLogger("mesodesk.gui.i18n")


def translations_dir() -> Path | None:
    from mesodesk.paths import resources_dir

    try:
        folder = resources_dir() / "translations"
    except RuntimeError:
        return None
    return folder if folder.is_dir() else None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and MesoDesk's translations for the locale (the system's by default).

    Returns the installed translators; the caller keeps them alive for the app's lifetime.
    A missing .qm file is normal (English needs none) and is not an error.
    """
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", "_", qt_folder)]
    ours = translations_dir()
    if ours is not None:
        candidates.append(("mesodesk", "_", str(ours)))
    for name, prefix, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder, ".qm"):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded %s translation for %s", name, locale.name())
        else:
            translator.deleteLater()
    return installed


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


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    locale = QLocale()
    qdt = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return locale.toString(qdt, date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat))


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (dd/MM/yy -> dd/MM/yyyy); ISO for the C locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_number(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def plural(n: int, one: str, many: str) -> str:
    """Pick the translated singular or plural text and put the locale's number in for %n.

    Call as ``plural(n, self.tr("%n year"), self.tr("%n years"))`` so both are translatable.
    """
    return (one if n == 1 else many).replace("%n", QLocale().toString(n))
