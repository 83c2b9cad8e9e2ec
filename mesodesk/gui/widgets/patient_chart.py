"""The patient's chart: who (photo, name, age, file number), what to watch (alerts), and the record."""

from __future__ import annotations

import html
import importlib
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import NotFoundError
from mesodesk.domain.rules import age_on
from mesodesk.gui.i18n import format_date, format_datetime, format_number, plural
from mesodesk.gui.labels import FITZPATRICK, area_label, followup_label, label, reaction_label, status_label
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.models.chart_table_models import (
    ConsentTableModel,
    PatientFollowUpTableModel,
    PlanTableModel,
    ReactionTableModel,
    TimelineEntry,
    TimelineTableModel,
)
from mesodesk.gui.models.session_table_model import SessionTableModel
from mesodesk.gui.operations import call, show_error
from mesodesk.services.context import Permission

log = logging.getLogger("mesodesk.gui.chart")

PHOTO_SIZE = 84
BANNER_STYLE = (
    "QFrame#alertBanner { background: #fde8e8; border: 2px solid #c81e1e; border-radius: 6px; }"
    "QLabel { color: #771d1d; background: transparent; }"
)
HEADER_STYLE = "QFrame#chartHeader { background: palette(base); border-bottom: 1px solid palette(mid); }"
#: The medical-history risk factors, in the order shown (labels: ``label("risk", key)``).
RISK_FIELDS = (
    "anticoagulants",
    "nsaids",
    "supplements",
    "pregnant_or_breastfeeding",
    "autoimmune_disease",
    "keloid_tendency",
    "active_skin_infection",
)


def make_table(model: RowTableModel, stretch: int | None = None) -> QTableView:
    """A read-only, row-selecting table in the application's style."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Give columns widths in average characters (readable at any DPI)."""
    char = view.fontMetrics().averageCharWidth()
    for column, chars in widths.items():
        view.setColumnWidth(column, chars * char + 16)


def initials_pixmap(first: str, last: str, size: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#dbe4f0"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#334e68"))
    text = ((first[:1] if first else "") + (last[:1] if last else "")).upper() or "?"
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def rounded_photo(data: bytes, size: int, ratio: float = 1.0) -> QPixmap | None:
    source = QPixmap()
    if not source.loadFromData(data):
        return None
    px = int(size * ratio)
    scaled = source.scaled(
        px, px, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, px, px), px * 0.12, px * 0.12)
    painter.setClipPath(path)
    painter.drawPixmap((px - scaled.width()) // 2, (px - scaled.height()) // 2, scaled)
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


class AlertBanner(QFrame):
    """Red, bold, at the top of the chart: what must be seen before injecting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Patient alerts"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        self.title = QLabel(self.tr("⚠ ALERT"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        self.text = QLabel()
        self.text.setObjectName("alertText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text, 1)
        self.alerts: list[str] = []

    def set_alerts(self, alerts: list[str]) -> None:
        self.alerts = list(alerts)
        items = "".join(f"<div style='margin:1px 0'>• <b>{html.escape(a)}</b></div>" for a in alerts)
        self.text.setText(items)
        self.setVisible(bool(alerts))


class ChartHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartHeader")
        self.setStyleSheet(HEADER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        self.photo = QLabel()
        self.photo.setObjectName("patientPhoto")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(3)
        self.name = QLabel()
        self.name.setObjectName("patientName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity = QLabel()
        self.identity.setObjectName("patientIdentity")
        self.contact = QLabel()
        self.contact.setObjectName("patientContact")
        self.contact.setStyleSheet("color: palette(dark);")
        for w in (self.name, self.identity, self.contact):
            text.addWidget(w)
        text.addStretch(1)
        layout.addLayout(text, 1)
        side = QVBoxLayout()
        side.setSpacing(3)
        self.next_due = QLabel()
        self.next_due.setObjectName("nextDue")
        self.next_due.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.review = QLabel()
        self.review.setObjectName("historyReview")
        self.review.setAlignment(Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.next_due)
        side.addWidget(self.review)
        side.addStretch(1)
        layout.addLayout(side)


class PatientChart(QWidget):
    """``set_patient(id)`` loads the chart through ``services.patients.chart``.

    The chart asks the main window for actions with ``sig_action(name)`` ("edit", "new_session",
    "reaction", "plan", "consent", "history", "compare_photos") and reports double-clicks on
    a session or reaction with ``sig_session_activated(id)`` / ``sig_reaction_activated(id)``.
    """

    sig_action = Signal(str)
    sig_session_activated = Signal(int)
    sig_reaction_activated = Signal(int)
    sig_loaded = Signal(int)

    TAB_OVERVIEW, TAB_SESSIONS, TAB_REACTIONS, TAB_PLAN, TAB_HISTORY, TAB_CONSENTS, TAB_PHOTOS = range(7)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.chart: Any = None
        self._user_names: dict[int, str] | None = None
        self._clinical = services.ctx.can(Permission.CLINICAL_READ)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.empty = QLabel(
            self.tr("Find a patient with the search box (Ctrl+F),\nor register a new one (Ctrl+N).")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(dark); font-size: 12pt;")
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = ChartHeader()
        layout.addWidget(self.header)
        banner_box = QWidget()
        banner_layout = QVBoxLayout(banner_box)
        banner_layout.setContentsMargins(12, 10, 12, 0)
        self.banner = AlertBanner()
        banner_layout.addWidget(self.banner)
        layout.addWidget(banner_box)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        tabs_box = QWidget()
        tabs_layout = QVBoxLayout(tabs_box)
        tabs_layout.setContentsMargins(12, 10, 12, 12)
        tabs_layout.addWidget(self.tabs)
        layout.addWidget(tabs_box, 1)
        self.stack.addWidget(page)

        self._build_overview()
        self._build_sessions()
        self._build_reactions()
        self._build_plan()
        self._build_history()
        self._build_consents()
        self._build_photos()
        if not self._clinical:
            for tab in (
                self.TAB_SESSIONS,
                self.TAB_REACTIONS,
                self.TAB_HISTORY,
                self.TAB_CONSENTS,
                self.TAB_PHOTOS,
            ):
                self.tabs.setTabEnabled(tab, False)
                self.tabs.setTabToolTip(tab, self.tr("Your role does not include clinical records."))

    # -- building ------------------------------------------------------------
    def _button_row(self, *buttons: tuple[str, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 6)
        for text, action in buttons:
            button = QPushButton(text)
            button.setObjectName(f"chart_{action}")
            button.clicked.connect(lambda _=False, a=action: self.sig_action.emit(a))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _tab(self, title: str) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(page, title)
        return layout

    def _build_overview(self) -> None:
        layout = self._tab(self.tr("Overview"))
        self.timeline_model = TimelineTableModel(self)
        self.timeline_view = make_table(self.timeline_model, stretch=TimelineTableModel.COL_DETAIL)
        self.timeline_view.setObjectName("timelineView")
        fit_columns(self.timeline_view, {TimelineTableModel.COL_WHEN: 17, TimelineTableModel.COL_WHAT: 30})
        self.timeline_view.doubleClicked.connect(self._timeline_activated)
        layout.addWidget(self.timeline_view)

    def _build_sessions(self) -> None:
        layout = self._tab(self.tr("Sessions"))
        layout.addLayout(self._button_row((self.tr("New session…"), "new_session")))
        self.session_model = SessionTableModel(self)
        self.session_view = make_table(self.session_model, stretch=SessionTableModel.COL_AREAS)
        self.session_view.setObjectName("sessionView")
        m = SessionTableModel
        fit_columns(
            self.session_view,
            {
                m.COL_DATE: 17,
                m.COL_FORMULA: 24,
                m.COL_DEPTH: 10,
                m.COL_VOLUME: 11,
                m.COL_PRACTITIONER: 18,
                m.COL_STATUS: 10,
            },
        )
        self.session_view.doubleClicked.connect(
            lambda index: self._emit_id(self.session_model, index, self.sig_session_activated)
        )
        self.session_view.selectionModel().selectionChanged.connect(self._session_selected)
        self.session_detail = QTextBrowser()
        self.session_detail.setObjectName("sessionDetail")
        self.session_detail.setOpenLinks(False)
        self.map_view: Any = None  # made when first needed: the map pulls in the diagram renderer
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.session_detail)
        self.session_bottom = bottom
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.session_view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter)

    def _build_reactions(self) -> None:
        layout = self._tab(self.tr("Reactions"))
        layout.addLayout(self._button_row((self.tr("Record reaction…"), "reaction")))
        self.reaction_model = ReactionTableModel(self)
        self.reaction_view = make_table(self.reaction_model, stretch=ReactionTableModel.COL_ACTION)
        m = ReactionTableModel
        fit_columns(self.reaction_view, {m.COL_ONSET: 17, m.COL_TYPE: 22, m.COL_AREA: 12, m.COL_SEVERITY: 10})
        self.reaction_view.doubleClicked.connect(
            lambda index: self._emit_id(self.reaction_model, index, self.sig_reaction_activated)
        )
        layout.addWidget(self.reaction_view)

    def _build_plan(self) -> None:
        layout = self._tab(self.tr("Plan && follow-ups"))
        layout.addLayout(self._button_row((self.tr("Plan a course…"), "plan")))
        self.plan_model = PlanTableModel(self)
        self.plan_view = make_table(self.plan_model, stretch=PlanTableModel.COL_NAME)
        m = PlanTableModel
        fit_columns(
            self.plan_view, {m.COL_START: 12, m.COL_COURSE: 28, m.COL_MAINTENANCE: 16, m.COL_ACTIVE: 9}
        )
        self.followup_model = PatientFollowUpTableModel(self)
        self.followup_view = make_table(self.followup_model, stretch=PatientFollowUpTableModel.COL_NOTES)
        f = PatientFollowUpTableModel
        fit_columns(self.followup_view, {f.COL_DUE: 12, f.COL_KIND: 22, f.COL_STATUS: 11})
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.plan_view)
        splitter.addWidget(self.followup_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)

    def _build_history(self) -> None:
        layout = self._tab(self.tr("Medical history && allergies"))
        layout.addLayout(self._button_row((self.tr("Review medical history…"), "history")))
        self.history_view = QTextBrowser()
        self.history_view.setObjectName("historyView")
        layout.addWidget(self.history_view)

    def _build_consents(self) -> None:
        layout = self._tab(self.tr("Consents"))
        layout.addLayout(self._button_row((self.tr("Record consent…"), "consent")))
        self.consent_model = ConsentTableModel(self)
        self.consent_view = make_table(self.consent_model, stretch=ConsentTableModel.COL_TEXT)
        m = ConsentTableModel
        fit_columns(
            self.consent_view,
            {m.COL_SIGNED: 17, m.COL_VERSION: 8, m.COL_PRACTITIONER: 20, m.COL_SIGNATURE: 10},
        )
        layout.addWidget(self.consent_view)

    def _build_photos(self) -> None:
        self.photos_layout = self._tab(self.tr("Photos"))
        self.photo_strip: Any = None  # made when the tab is first opened
        self._photos_for: int | None = None
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if index == self.TAB_PHOTOS:
            self._load_photos()

    def _ensure_photo_strip(self) -> Any:
        if self.photo_strip is None:
            try:
                module = importlib.import_module("mesodesk.gui.widgets.photo_strip")
                self.photo_strip = module.PhotoStrip(self.services, parent=self)
            except Exception as exc:  # another helper's widget: missing or broken must not break the chart
                if not (
                    isinstance(exc, ModuleNotFoundError) and exc.name == "mesodesk.gui.widgets.photo_strip"
                ):
                    log.warning("photo strip unavailable: %s", exc)
                self.photo_strip = False
                note = QLabel(self.tr("Photos are not available in this version."))
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.photos_layout.addWidget(note)
                return None
            self.photo_strip.setObjectName("photoStrip")
            self.photos_layout.addWidget(self.photo_strip)
            changed = getattr(self.photo_strip, "sig_changed", None)
            if changed is not None:  # a new profile photo shows in the header at once
                changed.connect(self._photos_changed)
        return self.photo_strip or None

    def _load_photos(self) -> None:
        if self.patient_id is None or self._photos_for == self.patient_id:
            return
        strip = self._ensure_photo_strip()
        if strip is None:
            return
        try:
            strip.set_patient(self.patient_id)
            self._photos_for = self.patient_id
        except Exception:  # a broken photo strip must not hide the chart
            log.exception("photo strip failed")

    # -- loading -------------------------------------------------------------
    def user_names(self) -> dict[int, str]:
        if self._user_names is None:
            users = call(self, self.services.users.list) or []
            self._user_names = {u.id: u.full_name for u in users}
        return self._user_names

    def clear(self) -> None:
        self.patient_id = None
        self.chart = None
        for model in (
            self.timeline_model,
            self.session_model,
            self.reaction_model,
            self.plan_model,
            self.followup_model,
            self.consent_model,
        ):
            model.set_rows([])
        self.session_detail.clear()
        self.history_view.clear()
        self.banner.set_alerts([])
        self._photos_for = None
        self.stack.setCurrentWidget(self.empty)

    def refresh(self) -> None:
        """Reload the open chart (after a save elsewhere); a patient erased meanwhile clears it."""
        if self.patient_id is None:
            return
        try:
            chart = self.services.patients.chart(self.patient_id, log_view=False)
        except NotFoundError:
            self.clear()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._show_chart(self.patient_id, chart)

    def set_patient(self, patient_id: int, *, log_view: bool = True) -> bool:
        chart = call(self, self.services.patients.chart, patient_id, log_view=log_view)
        if chart is None:
            return False
        self._show_chart(patient_id, chart)
        return True

    def _show_chart(self, patient_id: int, chart: Any) -> None:
        changed = patient_id != self.patient_id
        self.patient_id = patient_id
        self.chart = chart
        names = self.user_names()
        self._fill_header(chart)
        self.banner.set_alerts(chart.alerts)
        self.timeline_model.set_rows(self._timeline(chart, names))
        self.session_model.set_user_names(names)
        self.session_model.set_rows(chart.sessions)
        self.session_detail.clear()
        self._show_map(None)
        self.reaction_model.set_rows(chart.reactions)
        self.plan_model.set_rows(chart.plans)
        self.followup_model.today = date.today()
        self.followup_model.set_rows(sorted(chart.follow_ups, key=lambda f: f.due_date, reverse=True))
        self.consent_model.set_user_names(names)
        self.consent_model.set_rows(chart.consents)
        self.history_view.setHtml(self._history_html(chart))
        self._photos_for = None
        if self.tabs.currentIndex() == self.TAB_PHOTOS and not changed:
            self._load_photos()
        if changed:
            self.tabs.setCurrentIndex(self.TAB_OVERVIEW)
        self.stack.setCurrentIndex(1)
        self.sig_loaded.emit(patient_id)

    def _photos_changed(self) -> None:
        if self.patient_id is None:
            return
        chart = call(self, self.services.patients.chart, self.patient_id, log_view=False)
        if chart is not None:
            self.chart = chart
            self._fill_header(chart)
            self.timeline_model.set_rows(self._timeline(chart, self.user_names()))

    def _fill_header(self, chart: Any) -> None:
        p = chart.patient
        h = self.header
        h.name.setText(f"{p.first_name} {p.last_name}".strip())
        today = date.today()
        bits = [
            plural(age_on(p.date_of_birth, today), self.tr("%n year"), self.tr("%n years")),
            self.tr("born %1").replace("%1", format_date(p.date_of_birth)),
            label("sex", p.sex),
            self.tr("File %1").replace("%1", p.file_no),
        ]
        if p.fitzpatrick:
            bits.append(self.tr("Fitzpatrick %1").replace("%1", FITZPATRICK[p.fitzpatrick - 1]))
        if p.archived:
            bits.append(self.tr("ARCHIVED"))
        h.identity.setText("  ·  ".join(b for b in bits if b))
        h.contact.setText("  ·  ".join(b for b in (p.phone, p.email) if b) or self.tr("No contact details"))
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = None
        photo = self._header_photo(chart.photos)
        if photo is not None:
            pixmap = rounded_photo(photo.thumbnail_png, PHOTO_SIZE, ratio)
        if pixmap is None:
            pixmap = initials_pixmap(p.first_name, p.last_name, PHOTO_SIZE, ratio)
            h.photo.setToolTip(self.tr("No photo yet"))
        else:
            h.photo.setToolTip(self.tr("Photo of %1").replace("%1", format_date(photo.taken_on)))
        h.photo.setPixmap(pixmap)
        due = chart.next_due
        if due is not None:
            overdue = due.due_date < today
            color = "#b91c1c" if overdue else "#1d4ed8"
            text = (self.tr("Overdue since %1") if overdue else self.tr("Next due %1")).replace(
                "%1", format_date(due.due_date)
            )
            h.next_due.setText(
                f"<span style='color:{color}'><b>{html.escape(text)}</b></span><br>"
                f"{html.escape(followup_label(due.kind))}"
            )
        else:
            h.next_due.setText(self.tr("Nothing due"))
        if not self._clinical:
            h.review.setText("")
        elif chart.history is None or chart.history.reviewed_at is None:
            h.review.setText(
                "<span style='color:#b45309'>"
                + html.escape(self.tr("Medical history never reviewed"))
                + "</span>"
            )
        else:
            h.review.setText(
                html.escape(
                    self.tr("History reviewed %1").replace(
                        "%1", format_date(chart.history.reviewed_at.astimezone().date())
                    )
                )
            )

    @staticmethod
    def _header_photo(photos: list) -> Any:
        for kind in ("profile", "before"):
            found = [ph for ph in photos if ph.kind == kind and ph.thumbnail_png]
            if found:
                return max(found, key=lambda ph: (ph.taken_on, ph.id))
        return None

    def _timeline(self, chart: Any, names: dict[int, str]) -> list[TimelineEntry]:
        entries: list[TimelineEntry] = []
        for s in chart.sessions:
            areas = ", ".join(area_label(a.area) for a in s.areas) or self.tr("no area")
            depths = sorted({a.depth_mm for a in s.areas})
            depth = ""
            if depths:
                span = (
                    format_number(depths[0])
                    if len(depths) == 1
                    else f"{format_number(depths[0])}–{format_number(depths[-1])}"
                )
                depth = self.tr("%1 mm").replace("%1", span)
            detail = "  ·  ".join(
                x
                for x in (s.formula_name, depth, names.get(s.practitioner_id, ""), status_label(s.status))
                if x
            )
            entries.append(
                TimelineEntry(
                    s.performed_at, "session", self.tr("Session: %1").replace("%1", areas), detail, s.id
                )
            )
        for r in chart.reactions:
            title = (
                self.tr("Reaction: %1 (%2)")
                .replace("%1", reaction_label(r.type))
                .replace("%2", label("grade", r.severity).lower())
            )
            resolved = (
                self.tr("resolved %1").replace("%1", format_date(r.resolved_on))
                if r.resolved_on
                else self.tr("not resolved yet")
            )
            detail = "  ·  ".join(
                x
                for x in (
                    area_label(r.area),
                    r.action_taken.splitlines()[0] if r.action_taken else "",
                    resolved,
                )
                if x
            )
            entries.append(
                TimelineEntry(
                    r.onset_at,
                    "reaction",
                    title,
                    detail,
                    r.id,
                    alert=r.severity == "severe" or r.type == "anaphylaxis",
                )
            )
        for consent, text in chart.consents:
            entries.append(
                TimelineEntry(
                    consent.signed_at,
                    "consent",
                    self.tr("Consent signed: %1").replace("%1", text.title),
                    self.tr("version %1").replace("%1", text.version),
                    consent.id,
                )
            )
        for plan in chart.plans:
            entries.append(
                TimelineEntry(
                    plan.start_date,
                    "plan",
                    self.tr("Plan started: %1").replace("%1", plan.name),
                    plural(plan.course_sessions, self.tr("%n session"), self.tr("%n sessions")),
                    plan.id,
                )
            )
        entries.sort(key=lambda e: e.sort_key, reverse=True)
        due = chart.next_due
        if due is not None:
            entries.insert(
                0,
                TimelineEntry(
                    due.due_date,
                    "due",
                    self.tr("Next due: %1").replace("%1", followup_label(due.kind)),
                    " ".join(due.notes.split()),
                    due.id,
                    alert=due.due_date < date.today(),
                ),
            )
        return entries

    def _history_html(self, chart: Any) -> str:
        esc = html.escape
        parts = []
        parts.append(f"<h3>{esc(self.tr('Allergies'))}</h3>")
        if chart.allergies:
            parts.append("<ul>")
            for a in chart.allergies:
                extra = f" — {esc(a.reaction)}" if a.reaction else ""
                parts.append(
                    f"<li><b style='color:#b91c1c'>{esc(a.substance)}</b> "
                    f"({esc(label('severity', a.severity))}){extra}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(f"<p>{esc(self.tr('No known allergies recorded.'))}</p>")
        parts.append(f"<h3>{esc(self.tr('Risk factors'))}</h3>")
        history = chart.history
        if history is None:
            parts.append(f"<p style='color:#b45309'>{esc(self.tr('No medical history recorded yet.'))}</p>")
        else:
            present = [label("risk", key) for key in RISK_FIELDS if getattr(history, key)]
            if present:
                parts.append("<ul>" + "".join(f"<li><b>{esc(t)}</b></li>" for t in present) + "</ul>")
            else:
                parts.append(f"<p>{esc(self.tr('None of the listed risk factors.'))}</p>")
            if history.medications:
                parts.append(f"<h3>{esc(self.tr('Medications'))}</h3><p>{esc(history.medications)}</p>")
            if history.other:
                parts.append(f"<h3>{esc(self.tr('Other'))}</h3><p>{esc(history.other)}</p>")
            if history.reviewed_at:
                who = self.user_names().get(history.reviewed_by_id or 0, "")
                text = self.tr("Last reviewed %1").replace("%1", format_datetime(history.reviewed_at))
                if who:
                    text += " " + self.tr("by %1").replace("%1", who)
                parts.append(f"<p style='color:#555'>{esc(text)}</p>")
        if chart.patient.contraindications:
            parts.append(
                f"<h3>{esc(self.tr('Contraindications'))}</h3><p>{esc(chart.patient.contraindications)}</p>"
            )
        return "".join(parts)

    # -- interaction ---------------------------------------------------------
    def _emit_id(self, model: RowTableModel, index: QModelIndex, signal: Any) -> None:
        row = model.row_at(index.row())
        if row is not None:
            signal.emit(model.row_id(row))

    def _timeline_activated(self, index: QModelIndex) -> None:
        entry = self.timeline_model.row_at(index.row())
        if entry is None or entry.record_id is None:
            return
        if entry.kind == "session":
            self.sig_session_activated.emit(entry.record_id)
        elif entry.kind == "reaction":
            self.sig_reaction_activated.emit(entry.record_id)

    def _session_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.session_model.row_at(indexes[0].row()) if indexes else None
        self.session_detail.setHtml(self._session_html(row) if row is not None else "")
        self._show_map(row)

    def _ensure_map(self) -> Any:
        if self.map_view is None:
            try:
                from mesodesk.gui.widgets.injection_map import InjectionMapView
            except Exception as exc:  # another helper's widget: missing or broken must not break the chart
                if not (
                    isinstance(exc, ModuleNotFoundError) and exc.name == "mesodesk.gui.widgets.injection_map"
                ):
                    log.warning("injection map unavailable: %s", exc)
                self.map_view = False
                return None
            self.map_view = InjectionMapView()
            self.map_view.setObjectName("sessionMap")
            self.map_view.setMinimumWidth(320)
            self.session_bottom.addWidget(self.map_view)
            self.session_bottom.setStretchFactor(0, 3)
            self.session_bottom.setStretchFactor(1, 2)
            width = max(self.session_bottom.width(), 900)
            self.session_bottom.setSizes([width * 3 // 5, width * 2 // 5])
        return self.map_view or None

    def _show_map(self, session: Any) -> None:
        marks = list(session.marks) if session is not None else []
        if not marks:
            if self.map_view:
                self.map_view.hide()
            return
        if self._ensure_map() is None:
            return
        from mesodesk.services.sessions import MarkInput

        try:
            self.map_view.set_marks(
                [
                    MarkInput(
                        m.diagram, m.x, m.y, m.kind, m.radius, m.depth_mm, m.volume_ml, m.product_id, m.note
                    )
                    for m in marks
                ]
            )
            self.map_view.set_diagram(marks[0].diagram)
        except Exception:  # a broken map must not hide the session's details
            log.exception("injection map failed")
            self.map_view.hide()
            return
        self.map_view.show()

    def _session_html(self, s: Any) -> str:
        esc = html.escape
        names = self.user_names()
        head = (
            f"<h3>{esc(format_datetime(s.performed_at))} — {esc(status_label(s.status))}</h3>"
            f"<p>{esc(self.tr('Practitioner'))}: {esc(names.get(s.practitioner_id, ''))}"
            + (f"<br>{esc(self.tr('Indications'))}: {esc(s.indications)}" if s.indications else "")
            + (f"<br>{esc(self.tr('Formula'))}: {esc(s.formula_name)}" if s.formula_name else "")
            + (f"<br>{esc(self.tr('Anaesthesia'))}: {esc(s.anaesthesia)}" if s.anaesthesia else "")
            + "</p>"
        )
        rows = "".join(
            f"<tr><td nowrap>{esc(area_label(a.area))}</td><td nowrap>{esc(label('technique', a.technique))}</td>"
            f"<td nowrap>{esc(label('device', a.device))}</td>"
            f"<td nowrap>{esc(str(a.needle_gauge) + 'G' if a.needle_gauge else '')}"
            f"{esc(' × ' + format_number(a.needle_length_mm) + ' mm' if a.needle_length_mm else '')}</td>"
            f"<td align='right'>{esc(format_number(a.depth_mm))}</td><td align='right'>{a.injection_points}</td>"
            f"<td align='right'>{esc(format_number(a.volume_ml))}</td></tr>"
            for a in s.areas
        )
        headers = [
            self.tr("Area"),
            self.tr("Technique"),
            self.tr("Device"),
            self.tr("Needle"),
            self.tr("Depth (mm)"),
            self.tr("Points"),
            self.tr("Volume (ml)"),
        ]
        table = (
            "<table cellspacing='0' cellpadding='4' width='100%'><tr>"
            + "".join(f"<th align='left' nowrap>{esc(h)}</th>" for h in headers)
            + "</tr>"
            + rows
            + "</table>"
        )
        products = "".join(
            f"<li>{esc(p.product.name)} — {esc(self.tr('lot'))} {esc(p.lot.lot_number)}, "
            f"{esc(self.tr('expires'))} {esc(format_date(p.lot.expiry_date))}, {esc(format_number(p.volume_ml))} ml</li>"
            for p in s.products
        )
        tail = f"<h4>{esc(self.tr('Products and lots'))}</h4><ul>{products}</ul>" if products else ""
        if s.immediate_reactions:
            tail += f"<p><b>{esc(self.tr('Immediate reactions'))}:</b> {esc(s.immediate_reactions)}</p>"
        if s.notes:
            tail += f"<p><b>{esc(self.tr('Notes'))}:</b> {esc(s.notes)}</p>"
        return head + table + tail

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 700)
