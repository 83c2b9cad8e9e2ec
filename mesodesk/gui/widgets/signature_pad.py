"""A signature pad: draw with the mouse, a finger or a pen (pressure-sensitive); export as PNG."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mesodesk.gui import theme
from mesodesk.gui.image_bytes import png_bytes

BASE_WIDTH = 2.4
EXPORT_SCALE = 2  # the PNG is drawn at twice the widget's size, for print


class SignaturePad(QWidget):
    """Strokes as lists of (point, pressure); ``to_png()`` renders them (or a loaded scan) as PNG bytes."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[tuple[QPointF, float]]] = []
        self._drawing = False
        self._image: QImage | None = None  # a scanned signature
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setMinimumSize(360, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Sign here with the mouse, a finger or a pen"))
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "The patient signs here with the mouse, a finger or a pen; the signature is kept with the consent."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(520, 160)

    # -- state --------------------------------------------------------------
    def is_empty(self) -> bool:
        return self._image is None and not any(len(s) > 0 for s in self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self._image = None
        self.update()
        self.sig_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def set_image(self, image: QImage) -> None:
        """Show a scanned signature instead of strokes."""
        self._strokes = []
        self._image = image.convertToFormat(QImage.Format.Format_ARGB32)
        self.update()
        self.sig_changed.emit()

    def has_scan(self) -> bool:
        return self._image is not None

    def stroke_count(self) -> int:
        return len(self._strokes)

    # -- input --------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        if self._read_only:
            return
        if self._image is not None:
            self._image = None  # drawing replaces a scan
        self._drawing = True
        self._strokes.append([(pos, pressure)])
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if not self._drawing or not self._strokes:
            return
        last = self._strokes[-1][-1][0]
        if (pos - last).manhattanLength() < 1.0:
            return
        self._strokes[-1].append((pos, pressure))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.sig_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 0.6)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 0.6)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), 0.6)
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = max(0.15, min(1.0, event.pressure() or 0.6))
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events for the pen

    # -- drawing ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, theme.color("paper"))
        painter.setPen(QPen(theme.color("paper_line"), 1))
        painter.drawRoundedRect(rect, 6, 6)
        baseline = rect.bottom() - rect.height() * 0.25
        painter.setPen(QPen(theme.color("paper_guide"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left() + 24, baseline), QPointF(rect.right() - 24, baseline))
        if self.is_empty():
            painter.setPen(theme.color("paper_muted"))
            painter.drawText(
                QRectF(rect.left() + 24, baseline + 4, rect.width() - 48, 24),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.tr("✕  Sign here"),
            )
        self._paint_ink(painter, 1.0)
        painter.end()

    def _paint_ink(self, painter: QPainter, scale: float) -> None:
        if self._image is not None:
            target = QRectF(self.rect()).adjusted(8, 8, -8, -8)
            target = QRectF(target.topLeft() * scale, target.size() * scale)
            img = self._image.scaled(
                target.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(
                QPointF(
                    target.left() + (target.width() - img.width()) / 2,
                    target.top() + (target.height() - img.height()) / 2,
                ),
                img,
            )
            return
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke, scale)

    @staticmethod
    def _paint_stroke(painter: QPainter, stroke: list[tuple[QPointF, float]], scale: float) -> None:
        points = [(p * scale, w) for p, w in stroke]
        if len(points) == 1:
            p, w = points[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("ink"))
            r = BASE_WIDTH * scale * (0.5 + w) / 2
            painter.drawEllipse(p, r, r)
            return
        # Smooth strokes: quadratic curves through the midpoints, width following the pressure.
        for i in range(1, len(points)):
            p0 = points[i - 1][0] if i == 1 else (points[i - 2][0] + points[i - 1][0]) / 2
            ctrl = points[i - 1][0]
            p1 = (points[i - 1][0] + points[i][0]) / 2 if i < len(points) - 1 else points[i][0]
            width = BASE_WIDTH * scale * (0.5 + (points[i - 1][1] + points[i][1]) / 2)
            path = QPainterPath(p0)
            path.quadTo(ctrl, p1)
            painter.setPen(
                QPen(
                    theme.color("ink"),
                    width,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    # -- export -------------------------------------------------------------
    def to_image(self) -> QImage:
        """The ink at twice the widget's size, cropped to the signature with a small margin."""
        size = self.size() * EXPORT_SCALE
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(theme.color("paper", 0))  # see-through white: the ink's soft edges stay white, not grey
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_ink(painter, EXPORT_SCALE)
        painter.end()
        if self._image is None and self._strokes:
            xs = [p.x() for s in self._strokes for p, _ in s]
            ys = [p.y() for s in self._strokes for p, _ in s]
            margin = 12
            left, top = max(min(xs) - margin, 0), max(min(ys) - margin, 0)
            right, bottom = min(max(xs) + margin, self.width()), min(max(ys) + margin, self.height())
            image = image.copy(
                int(left * EXPORT_SCALE),
                int(top * EXPORT_SCALE),
                max(int((right - left) * EXPORT_SCALE), 1),
                max(int((bottom - top) * EXPORT_SCALE), 1),
            )
        return image

    def to_png(self) -> bytes:
        """The signature as PNG (transparent background); empty bytes when nothing is signed."""
        if self.is_empty():
            return b""
        return png_bytes(self.to_image())
