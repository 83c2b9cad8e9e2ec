"""The chart's header (photo or initials, name, age, file number) and its alert banner."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme

PHOTO_SIZE = 84
BANNER_STYLE = (
    "QFrame#alertBanner { background: $error_bg; border: 2px solid $error_border; border-radius: 6px; }"
    "QLabel { color: $error_strong; background: transparent; }"
)
HEADER_STYLE = "QFrame#chartHeader { background: palette(base); border-bottom: 1px solid $line; }"


def initials_pixmap(first: str, last: str, size: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(theme.color("avatar_bg"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(theme.color("avatar_text"))
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
        theme.styled(self, BANNER_STYLE)
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
        theme.styled(self, HEADER_STYLE)
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
        theme.styled(self.contact, "color: $muted;")
        self.merged = QLabel()
        self.merged.setObjectName("patientMergedFrom")
        theme.styled(self.merged, "color: $muted;")
        self.merged.hide()
        for w in (self.name, self.identity, self.contact, self.merged):
            w.setWordWrap(True)  # a narrow window wraps the identity line instead of widening the chart
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
