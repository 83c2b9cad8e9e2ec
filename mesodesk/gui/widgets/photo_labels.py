"""What the user reads for a photo's kind and area, and its date in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mesodesk.gui.labels import labels_of


def _t(text: str) -> str:
    return QCoreApplication.translate("PhotoLabels", text)


def kind_labels() -> dict[str, str]:
    return labels_of("photo_kind")


def area_labels() -> dict[str, str]:
    return labels_of("area")


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind.capitalize())


def area_label(area: str) -> str:
    if not area:
        return _t("No area")
    return area_labels().get(area, area.replace("_", " ").capitalize())


def short_date(day: date) -> str:
    from mesodesk.gui.i18n import format_date

    return format_date(day)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
