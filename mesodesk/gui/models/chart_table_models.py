"""Table models for the patient chart's tabs: timeline, reactions, plans, follow-ups, consents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from mesodesk.gui import theme
from mesodesk.gui.i18n import QT_TRANSLATE_NOOP, format_date, format_datetime
from mesodesk.gui.labels import area_label, followup_label, label, reaction_label, status_label
from mesodesk.gui.models.base_table_model import RowTableModel

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import Consent, ConsentText, FollowUp, Reaction, TreatmentPlan


@dataclass
class TimelineEntry:
    """One line of the overview: a session, a reaction, a consent, a plan or the next visit due."""

    when: date | datetime
    kind: str  # "session", "reaction", "consent", "plan", "due"
    title: str
    detail: str
    record_id: int | None = None
    alert: bool = False

    @property
    def sort_key(self) -> datetime:
        if isinstance(self.when, datetime):
            return self.when.astimezone().replace(tzinfo=None)
        return datetime.combine(self.when, datetime.max.time())


class TimelineTableModel(RowTableModel[TimelineEntry]):
    COL_WHEN = 0
    COL_WHAT = 1
    COL_DETAIL = 2
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineTableModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Event"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Details"),
    )

    def display(self, row: TimelineEntry, column: int) -> Any:
        if column == self.COL_WHEN:
            return format_datetime(row.when) if isinstance(row.when, datetime) else format_date(row.when)
        if column == self.COL_WHAT:
            return row.title
        if column == self.COL_DETAIL:
            return row.detail
        return None

    def row_id(self, row: TimelineEntry) -> int | None:
        return row.record_id

    def foreground(self, row: TimelineEntry, column: int) -> Any:
        if row.alert:
            return theme.color("error")
        if row.kind == "due":
            return theme.color("info")
        return None

    def font(self, row: TimelineEntry, column: int) -> Any:
        if row.kind == "due" and column == self.COL_WHAT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        return row.detail or None


class ReactionTableModel(RowTableModel["Reaction"]):
    COL_ONSET = 0
    COL_TYPE = 1
    COL_AREA = 2
    COL_SEVERITY = 3
    COL_ACTION = 4
    COL_RESOLVED = 5
    HEADERS = (
        QT_TRANSLATE_NOOP("ReactionTableModel", "Onset"),
        QT_TRANSLATE_NOOP("ReactionTableModel", "Reaction"),
        QT_TRANSLATE_NOOP("ReactionTableModel", "Area"),
        QT_TRANSLATE_NOOP("ReactionTableModel", "Severity"),
        QT_TRANSLATE_NOOP("ReactionTableModel", "Action taken"),
        QT_TRANSLATE_NOOP("ReactionTableModel", "Resolved"),
    )

    def display(self, row: Reaction, column: int) -> Any:
        if column == self.COL_ONSET:
            return format_datetime(row.onset_at)
        if column == self.COL_TYPE:
            return reaction_label(row.type)
        if column == self.COL_AREA:
            return area_label(row.area)
        if column == self.COL_SEVERITY:
            return label("grade", row.severity)
        if column == self.COL_ACTION:
            return row.action_taken.splitlines()[0] if row.action_taken else ""
        if column == self.COL_RESOLVED:
            return format_date(row.resolved_on) if row.resolved_on else self.tr("not yet")
        return None

    def foreground(self, row: Reaction, column: int) -> Any:
        if column == self.COL_SEVERITY and row.severity == "severe":
            return theme.color("error")
        if column == self.COL_RESOLVED and not row.resolved_on:
            return theme.color("warning")
        return None

    def tooltip(self, row: Reaction, column: int) -> str | None:
        return row.notes or row.action_taken or None


class PlanTableModel(RowTableModel["TreatmentPlan"]):
    COL_NAME = 0
    COL_START = 1
    COL_COURSE = 2
    COL_MAINTENANCE = 3
    COL_ACTIVE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTableModel", "Plan"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Started"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Course"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Maintenance"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Status"),
    )

    def display(self, row: TreatmentPlan, column: int) -> Any:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_START:
            return format_date(row.start_date)
        if column == self.COL_COURSE:
            return (
                QCoreApplication.translate("PlanTableModel", "%n session(s)", None, row.course_sessions)
                + " · "
                + QCoreApplication.translate(
                    "PlanTableModel", "every %n day(s)", None, row.course_interval_days
                )
            )
        if column == self.COL_MAINTENANCE:
            if not row.maintenance_interval_days:
                return self.tr("none")
            return QCoreApplication.translate(
                "PlanTableModel", "every %n day(s)", None, row.maintenance_interval_days
            )
        if column == self.COL_ACTIVE:
            return self.tr("Active") if row.active else self.tr("Ended")
        return None

    def foreground(self, row: TreatmentPlan, column: int) -> Any:
        return None if row.active else theme.color("muted")


class PatientFollowUpTableModel(RowTableModel["FollowUp"]):
    COL_DUE = 0
    COL_KIND = 1
    COL_STATUS = 2
    COL_NOTES = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientFollowUpTableModel", "Due"),
        QT_TRANSLATE_NOOP("PatientFollowUpTableModel", "Follow-up"),
        QT_TRANSLATE_NOOP("PatientFollowUpTableModel", "Status"),
        QT_TRANSLATE_NOOP("PatientFollowUpTableModel", "Notes"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def display(self, row: FollowUp, column: int) -> Any:
        if column == self.COL_DUE:
            return format_date(row.due_date)
        if column == self.COL_KIND:
            return followup_label(row.kind)
        if column == self.COL_STATUS:
            if row.status == "open" and row.due_date < self.today:
                return self.tr("Overdue")
            return status_label(row.status)
        if column == self.COL_NOTES:
            return " ".join(row.notes.split())
        return None

    def foreground(self, row: FollowUp, column: int) -> Any:
        if row.status == "open" and row.due_date < self.today:
            return theme.color("error")
        if row.status != "open":
            return theme.color("muted")
        return None


class ConsentTableModel(RowTableModel["tuple[Consent, ConsentText]"]):
    """Rows are (Consent, ConsentText) pairs."""

    COL_SIGNED = 0
    COL_TEXT = 1
    COL_VERSION = 2
    COL_PRACTITIONER = 3
    COL_SIGNATURE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsentTableModel", "Signed"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Consent"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Version"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Practitioner"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Signature"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def set_user_names(self, names: dict[int, str]) -> None:
        self._names = dict(names)

    def row_id(self, row: tuple[Consent, ConsentText]) -> int | None:
        return row[0].id

    def display(self, row: tuple[Consent, ConsentText], column: int) -> Any:
        consent, text = row
        if column == self.COL_SIGNED:
            return format_datetime(consent.signed_at)
        if column == self.COL_TEXT:
            return text.title
        if column == self.COL_VERSION:
            return text.version
        if column == self.COL_PRACTITIONER:
            return self._names.get(consent.practitioner_id, "")
        if column == self.COL_SIGNATURE:
            if not consent.signature_png:
                return self.tr("missing")
            return self.tr("drawn") if consent.signature_source == "drawn" else self.tr("scanned")
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None
