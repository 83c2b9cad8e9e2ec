"""The home screen, shown while no patient is open: what is due today, each item a click from its chart."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.changes import watch_changes
from mesodesk.gui.i18n import format_date, format_datetime, format_number
from mesodesk.gui.labels import followup_label, reaction_label
from mesodesk.gui.operations import call
from mesodesk.services.changes import ChangeSet
from mesodesk.services.context import Permission

if TYPE_CHECKING:
    from mesodesk.services import Services
    from mesodesk.services.followups import DueItem
    from mesodesk.services.today import DraftToSign, LotAlert, ReactionCheck, RecallRecipient, Today

#: What the page shows: a change to any of these reloads it.
TODAY_TABLES = (
    "follow_ups",
    "contact_attempts",
    "treatment_plans",
    "treatment_sessions",
    "session_products",
    "reactions",
    "reaction_assessments",
    "products",
    "product_lots",
    "patients",
    "users",
    "clinic_settings",
)
#: A list shows this many rows before it scrolls.
VISIBLE_ROWS = 6
SEPARATOR = "  ·  "
#: Item data: what activating a row opens.
ROLE_TARGET = Qt.ItemDataRole.UserRole
#: What a row opens: ("patient", patient id) or ("lot", lot id).
Target = tuple[str, int]


class _TodayList(QListWidget):
    """A short list: Enter opens the current row (as a click does), its height follows its rows."""

    sig_open = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        self.itemClicked.connect(self._open)
        self._opened = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._open(self.currentItem())
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE_TARGET)
        if target is None or self._opened:  # a click and a double-click of one gesture open once
            return
        self._opened = True
        QTimer.singleShot(0, self._reset)
        self.sig_open.emit(target)

    def _reset(self) -> None:
        self._opened = False

    def add(
        self, first: str, details: list[str], target: Target | None, tip: str = "", indent: bool = False
    ) -> QListWidgetItem:
        """A row of two lines: who (or which lot) on the first, the details on the second."""
        pad = "      " if indent else ""
        text = f"{pad}{first}\n{pad}{SEPARATOR.join(details)}"
        item = QListWidgetItem(text)
        item.setData(ROLE_TARGET, target)
        item.setToolTip(tip or f"{first}\n{SEPARATOR.join(details)}")
        if target is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(item)
        return item

    def fit(self) -> None:
        rows = min(self.count(), VISIBLE_ROWS)
        height = self.sizeHintForRow(0) * rows if rows else 0
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)


class _Section(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 14)
        layout.setSpacing(4)
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long heading (German) wraps in a narrow window
        layout.addWidget(self.heading)
        self.list = _TodayList(name)
        self.heading.setBuddy(self.list)
        layout.addWidget(self.list)

    def set_title(self, title: str, count: int) -> None:
        text = f"{title} ({count})"
        self.heading.setText(text)
        self.list.setAccessibleName(text)
        self.setVisible(count > 0)
        self.list.fit()


class TodayView(QWidget):
    """*Today*: calls and visits due, sessions awaiting sign-off, reactions to check, recalls and stock.

    ``sig_open_patient(patient_id)`` asks the main window to open a chart; ``sig_open_catalogue()`` to show
    the lots (a lot has no patient).
    """

    sig_open_patient = Signal(int)
    sig_open_catalogue = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.data: Today | None = None
        self._stale = True
        #: A lot opens the catalogue, for the roles that keep it (the others read the line).
        self._lots_open = services.ctx.can(Permission.CATALOGUE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from list to list
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide instead
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("todayPage")
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)

        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("todayTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        layout.addLayout(top)
        self.hint = QLabel(
            self.tr("Find a patient with the search box (Ctrl+F), or register a new one (Ctrl+N).")
        )
        self.hint.setObjectName("todayHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addSpacing(14)

        self.nothing = QLabel(self.tr("Nothing due today"))
        self.nothing.setObjectName("todayNothing")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.nothing.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.nothing.setFont(font)
        self.nothing.setMinimumHeight(160)
        layout.addWidget(self.nothing)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.calls = _Section("todayCalls")
        self.drafts = _Section("todayDrafts")
        self.reactions = _Section("todayReactions")
        self.recalls = _Section("todayRecalls")
        self.lots = _Section("todayLots")
        for box, sections in (
            (left, (self.calls, self.drafts, self.reactions)),
            (right, (self.recalls, self.lots)),
        ):
            for section in sections:
                box.addWidget(section)
                section.list.sig_open.connect(self._open)
            box.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        opens_chart = self.tr("Enter or a click opens the patient's chart.")
        for section in (self.calls, self.drafts, self.reactions):
            section.list.setAccessibleDescription(opens_chart)
        opens_lot = (
            self.tr("Enter or a click opens the patient's chart, or the lot in the catalogue.")
            if self._lots_open
            else opens_chart
        )
        self.recalls.list.setAccessibleDescription(opens_lot)
        if self._lots_open:
            self.lots.list.setAccessibleDescription(
                self.tr("Enter or a click opens the lot in the catalogue.")
            )
        for first, second in zip(self.sections(), self.sections()[1:], strict=False):
            QWidget.setTabOrder(first.list, second.list)
        watch_changes(services, self._on_changes)

    def sections(self) -> list[_Section]:
        return [self.calls, self.drafts, self.reactions, self.recalls, self.lots]

    # -- data ----------------------------------------------------------------
    def _on_changes(self, changes: ChangeSet) -> None:
        """A save anywhere that touches what Today shows: reload now if shown, else when next shown."""
        if changes.touches(*TODAY_TABLES):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        data = call(self, self.services.today.today)
        if data is None:
            return
        self.data = data
        self.date_label.setText(format_date(data.day, long=True))
        self._fill_calls(data.calls, data.day, data.call_count)
        self._fill_drafts(data.drafts)
        self._fill_reactions(data.reactions, data.day)
        self._fill_recalls(data.recalls, data.recipients)
        self._fill_lots(data.lots)
        self.nothing.setVisible(data.is_empty())

    def _due_text(self, due: date, today: date) -> str:
        if due < today:
            return self.tr("overdue since %1").replace("%1", format_date(due))
        return self.tr("due today")

    def _fill_calls(self, rows: list[DueItem], today: date, count: int) -> None:
        view = self.calls.list
        view.clear()
        for item in rows:
            parts = [followup_label(item.kind), self._due_text(item.due_date, today)]
            if item.phone:
                parts.append(item.phone)
            view.add(item.patient_name, parts, ("patient", item.patient_id), item.notes)
        self.calls.set_title(self.tr("Calls and visits due"), max(count, len(rows)))

    def _fill_drafts(self, rows: list[DraftToSign]) -> None:
        view = self.drafts.list
        view.clear()
        for d in rows:
            parts = [self.tr("session of %1").replace("%1", format_datetime(d.performed_at))]
            if not d.own:
                parts.append(d.practitioner)
            view.add(d.patient_name, parts, ("patient", d.patient_id))
        self.drafts.set_title(self.tr("Sessions awaiting sign-off"), len(rows))

    def _fill_reactions(self, rows: list[ReactionCheck], today: date) -> None:
        view = self.reactions.list
        view.clear()
        for r in rows:
            check = self.tr("day %1 check").replace("%1", str(r.day))
            parts = [reaction_label(r.type), check, self._due_text(r.due, today)]
            view.add(r.patient_name, parts, ("patient", r.patient_id))
        self.reactions.set_title(self.tr("Reactions to check"), len(rows))

    def _fill_recalls(self, lots: list[LotAlert], recipients: list[RecallRecipient]) -> None:
        view = self.recalls.list
        view.clear()
        for lot in lots:
            name = self.tr("%1 lot %2").replace("%1", lot.product).replace("%2", lot.lot_number)
            parts = [
                self.tr("recalled on %1").replace("%1", format_date(lot.recalled_on))
                if lot.recalled_on
                else self.tr("recalled"),
            ]
            if lot.recipients is not None:
                parts.append(self.tr("patients who received it: %1").replace("%1", str(lot.recipients)))
            if lot.recall_reason:
                parts.append(lot.recall_reason)
            view.add(name, parts, self._lot_target(lot.lot_id), lot.recall_reason)
            for r in (r for r in recipients if r.lot_id == lot.lot_id):
                received = self.tr("last received %1").replace("%1", format_date(r.last_received.date()))
                view.add(r.patient_name, [received], ("patient", r.patient_id), indent=True)
        self.recalls.set_title(self.tr("Recalls in force"), len(lots))

    def _fill_lots(self, rows: list[LotAlert]) -> None:
        view = self.lots.list
        view.clear()
        for lot in rows:
            name = self.tr("%1 lot %2").replace("%1", lot.product).replace("%2", lot.lot_number)
            parts = []
            if lot.expiring:
                parts.append(self.tr("expires on %1").replace("%1", format_date(lot.expiry_date)))
            if lot.low:
                left = format_number(lot.quantity, 1) + " " + lot.unit
                parts.append(self.tr("low stock: %1 left").replace("%1", left))
            view.add(name, parts, self._lot_target(lot.lot_id), "\n".join(lot.warnings))
        self.lots.set_title(self.tr("Lots expiring or low"), len(rows))

    # -- interaction ---------------------------------------------------------
    def _lot_target(self, lot_id: int) -> Target | None:
        return ("lot", lot_id) if self._lots_open else None

    def _open(self, target: Target) -> None:
        kind, record_id = target
        if kind == "patient":
            self.sig_open_patient.emit(record_id)
        else:
            self.sig_open_catalogue.emit()

    def focus_first(self) -> None:
        """Put the focus on the first row of the first list shown (Tab then moves between the lists)."""
        for section in self.sections():
            if section.isVisible() and section.list.count():
                section.list.setFocus()
                if section.list.currentRow() < 0:
                    section.list.setCurrentRow(0)
                return
