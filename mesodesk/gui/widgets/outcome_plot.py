"""One outcome series over time, painted with QPainter (QtCharts is not in PySide6-Essentials).

Course and maintenance periods are shaded, sessions are ticked under the time axis, the baseline is
a hollow dot. The plot takes keyboard focus: Left/Right (and Home/End) move between the values and the
chosen value's date, score and change from baseline are written above the plot and given to assistive
technology as the accessible description.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mesodesk.gui import theme
from mesodesk.gui.i18n import format_date, format_measure, format_month
from mesodesk.i18n.instruments import instrument_text


def nice_step(span: float, ticks: int = 4) -> float:
    from math import floor, log10

    raw = span / max(ticks, 1)
    if raw <= 0:
        return 1.0
    magnitude = 10 ** floor(log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


def label_every(positions: list[float], widest: float) -> int:
    """Label every n-th of these evenly spaced ticks, so that no two labels of ``widest`` pixels touch
    (month names are wider in French than in English)."""
    every = 1
    while len(positions) > every and positions[every] - positions[0] < widest:
        every += 1
    return every


class OutcomePlot(QWidget):
    """``set_series(series, session_days, periods)``; ``sig_point_chosen(index)`` on keyboard or click."""

    sig_point_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Any = None
        self.session_days: list[date] = []
        self.periods: list[Any] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 220)

    def set_series(self, series: Any, session_days: list[date], periods: list[Any]) -> None:
        self.series = series
        self.session_days = list(session_days)
        self.periods = list(periods)
        self.current = len(series.points) - 1 if series and series.points else -1
        self.setAccessibleName(self._title())
        self._describe()
        self.update()

    # -- geometry --------------------------------------------------------------------------
    def _title(self) -> str:
        if self.series is None:
            return ""
        unit = "" if self.series.unit == "points" else f" ({self.series.unit})"
        return f"{instrument_text(self.series.name)}{unit}"

    def _frame(self) -> QRectF:
        return QRectF(44, 44, max(self.width() - 56, 10), max(self.height() - 44 - 36, 10))

    def _days(self) -> tuple[date, date]:
        days = [p.day for p in self.series.points] + self.session_days
        first, last = min(days), max(days)
        if last <= first:
            last = first + timedelta(days=7)
        return first - timedelta(days=3), last + timedelta(days=3)

    def _values(self) -> tuple[float, float]:
        s = self.series
        if s.minimum is not None and s.maximum is not None:
            return s.minimum, s.maximum
        values = [p.value for p in s.points]
        lo, hi = min(values), max(values)
        pad = max((hi - lo) * 0.15, abs(hi) * 0.02, 0.5)
        return lo - pad, hi + pad

    def point_positions(self) -> list[QPointF]:
        if self.series is None or not self.series.points:
            return []
        frame = self._frame()
        first, last = self._days()
        lo, hi = self._values()
        span = max((last - first).days, 1)
        return [
            QPointF(
                frame.left() + frame.width() * (p.day - first).days / span,
                frame.bottom() - frame.height() * (p.value - lo) / ((hi - lo) or 1),
            )
            for p in self.series.points
        ]

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.color("plot_bg"))
        painter.setPen(theme.color("Text"))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        title = painter.fontMetrics().elidedText(
            self._title(), Qt.TextElideMode.ElideRight, self.width() - 16
        )
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, title)
        normal = painter.font()
        normal.setBold(False)
        painter.setFont(normal)
        if self.series is None or not self.series.points:
            painter.setPen(theme.color("muted"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No values yet"))
            return
        frame = self._frame()
        first, last = self._days()
        span = max((last - first).days, 1)
        lo, hi = self._values()

        def x(day: date) -> float:
            return frame.left() + frame.width() * (day - first).days / span

        def y(value: float) -> float:
            return frame.bottom() - frame.height() * (value - lo) / ((hi - lo) or 1)

        for per in self.periods:
            if per.end < first or per.start > last:
                continue
            x0, x1 = x(max(per.start, first)), x(min(per.end, last))
            painter.fillRect(
                QRectF(x0, frame.top(), max(x1 - x0, 2.0), frame.height()),
                theme.color("band_course") if per.kind == "course" else theme.color("band_maintenance"),
            )
        small = painter.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.5))
        painter.setFont(small)
        step = nice_step(hi - lo)
        tick = (lo // step) * step
        while tick <= hi + 1e-9:
            if tick >= lo - 1e-9:
                painter.setPen(QPen(theme.color("line"), 1))
                painter.drawLine(QPointF(frame.left(), y(tick)), QPointF(frame.right(), y(tick)))
                painter.setPen(theme.color("muted"))
                painter.drawText(
                    QRectF(0, y(tick) - 8, frame.left() - 4, 16),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    QLocale().toString(float(tick), "g", 6),  # "2,5" in French
                )
            tick += step
        painter.setPen(QPen(theme.color("muted"), 1))
        painter.drawLine(frame.bottomLeft(), frame.bottomRight())
        month = date(first.year, first.month, 1)
        months = []
        while month <= last:
            if month >= first:
                months.append(month)
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        labels = [format_month(m) for m in months]
        metrics = painter.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=0) + 10
        every = label_every([x(m) for m in months], widest)
        for i, (m, text) in enumerate(zip(months, labels, strict=True)):
            if i % every == 0:
                painter.drawText(
                    QRectF(x(m) - widest / 2, frame.bottom() + 10, widest, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("series_session"))
        for day in self.session_days:
            if first <= day <= last:
                px = x(day)
                tri = QPainterPath()
                tri.moveTo(px, frame.bottom() + 2)
                tri.lineTo(px - 3.5, frame.bottom() + 8)
                tri.lineTo(px + 3.5, frame.bottom() + 8)
                tri.closeSubpath()
                painter.drawPath(tri)
        pts = self.point_positions()
        painter.setPen(QPen(theme.color("series_line"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in zip(pts, pts[1:], strict=False):
            painter.drawLine(a, b)
        for i, (p, pos) in enumerate(zip(self.series.points, pts, strict=True)):
            if p.is_baseline:
                painter.setPen(QPen(theme.color("series_line"), 2))
                painter.setBrush(theme.color("plot_bg"))
                painter.drawEllipse(pos, 4.5, 4.5)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.color("series_line"))
                painter.drawEllipse(pos, 3.8, 3.8)
            if i == self.current and self.hasFocus():
                painter.setPen(QPen(theme.color("Text"), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(pos, 8, 8)
        painter.setFont(bold)
        painter.setPen(theme.color("series_line"))
        painter.drawText(
            QRectF(8, 22, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft, self.point_text(self.current)
        )
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def point_text(self, index: int) -> str:
        if self.series is None or not 0 <= index < len(self.series.points):
            return ""
        p = self.series.points[index]
        text = f"{format_date(p.day)}: {format_measure(p.value)}"
        if p.band:
            text += f" ({p.band})"
        if p.is_baseline:
            text += " · " + self.tr("baseline")
        elif p.change is not None:
            text += f" · {format_measure(p.change, signed=True)}"
        return text

    def _describe(self) -> None:
        if self.series is None or not self.series.points:
            self.setAccessibleDescription("")
            return
        self.setAccessibleDescription(self.point_text(self.current))
        self.setToolTip(self.point_text(self.current))

    # -- keyboard and mouse ----------------------------------------------------------------
    def _choose(self, index: int) -> None:
        if self.series is None or not self.series.points:
            return
        self.current = max(0, min(index, len(self.series.points) - 1))
        self._describe()
        self.sig_point_chosen.emit(self.current)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Left:
            self._choose(self.current - 1)
        elif key == Qt.Key.Key_Right:
            self._choose(self.current + 1)
        elif key == Qt.Key.Key_Home:
            self._choose(0)
        elif key == Qt.Key.Key_End:
            self._choose(len(self.series.points) - 1 if self.series else 0)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pts = self.point_positions()
        if pts:
            pos = event.position()
            nearest = min(range(len(pts)), key=lambda i: abs(pts[i].x() - pos.x()))
            self._choose(nearest)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)
