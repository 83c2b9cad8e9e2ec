"""What the user reads for a photo's kind and area, and its date in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mesodesk.domain import enums


def _t(text: str) -> str:
    return QCoreApplication.translate("PhotoLabels", text)


def kind_labels() -> dict[str, str]:
    return {enums.PhotoKind.BEFORE: _t("Before"), enums.PhotoKind.AFTER: _t("After"),
            enums.PhotoKind.REACTION: _t("Reaction"), enums.PhotoKind.PROFILE: _t("Profile"),
            enums.PhotoKind.OTHER: _t("Other")}


def area_labels() -> dict[str, str]:
    return {
        enums.Area.FOREHEAD: _t("Forehead"), enums.Area.PERIORBITAL: _t("Periorbital"),
        enums.Area.CHEEKS: _t("Cheeks"), enums.Area.NASOLABIAL: _t("Nasolabial folds"),
        enums.Area.PERIORAL: _t("Perioral"), enums.Area.JAWLINE: _t("Jawline"),
        enums.Area.FULL_FACE: _t("Full face"), enums.Area.NECK: _t("Neck"),
        enums.Area.DECOLLETE: _t("Décolleté"), enums.Area.HANDS: _t("Hands"), enums.Area.SCALP: _t("Scalp"),
        enums.Area.ABDOMEN: _t("Abdomen"), enums.Area.FLANKS: _t("Flanks"), enums.Area.THIGHS: _t("Thighs"),
        enums.Area.BUTTOCKS: _t("Buttocks"), enums.Area.ARMS: _t("Arms"), enums.Area.KNEES: _t("Knees"),
        enums.Area.OTHER: _t("Other"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind.capitalize())


def area_label(area: str) -> str:
    if not area:
        return _t("No area")
    return area_labels().get(area, area.replace("_", " ").capitalize())


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
