"""Before / after: two photos of one area side by side, zoomed and panned together."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QImageReader,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import PhotoKind
from mesodesk.domain.errors import KnownError
from mesodesk.gui import theme
from mesodesk.gui.widgets.photo_labels import area_label, kind_label, long_date

if TYPE_CHECKING:
    from mesodesk.db.models import Photo
    from mesodesk.services import Services

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0  # times the fitted size


def read_upright(data: bytes) -> QImage:
    """Decode image bytes with their EXIF orientation applied (what the camera meant)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


class PhotoPane(QGraphicsView):
    """One photo, fitted to the view; wheel zooms about the cursor, dragging pans.

    ``sig_view_changed(zoom, centre_x, centre_y)`` reports the zoom (1 = fitted) and the visible
    centre as fractions of the image, so another pane can show the same part of its photo.
    """

    sig_view_changed = Signal(float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self._image = QImage()
        self.placeholder = ""
        self._zoom = 1.0
        self._syncing = False
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(theme.color("viewer_bg"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.horizontalScrollBar().valueChanged.connect(self._announce)
        self.verticalScrollBar().valueChanged.connect(self._announce)

    # content
    def set_image(self, image: QImage) -> None:
        self._image = image
        self._item.setPixmap(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self._scene.setSceneRect(QRectF(self._item.boundingRect()))
        self._apply_zoom(self._zoom)

    def image(self) -> QImage:
        return self._image

    def zoom(self) -> float:
        return self._zoom

    # view state
    def fit_scale(self) -> float:
        rect = self._item.boundingRect()
        if rect.isEmpty() or self.viewport().width() <= 0:
            return 1.0
        return min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())

    def centre(self) -> tuple[float, float]:
        """The visible centre, as fractions of the image's width and height."""
        rect = self._item.boundingRect()
        if rect.isEmpty():
            return 0.5, 0.5
        c = self.mapToScene(self.viewport().rect().center())
        return (min(1.0, max(0.0, c.x() / rect.width())), min(1.0, max(0.0, c.y() / rect.height())))

    def show_state(self, zoom: float, cx: float, cy: float) -> None:
        """Show the same zoom and centre as another pane (does not announce it back)."""
        self._syncing = True
        try:
            self._apply_zoom(zoom)
            rect = self._item.boundingRect()
            self.centerOn(QPointF(cx * rect.width(), cy * rect.height()))
        finally:
            self._syncing = False

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (viewport coordinates) in place."""
        new = min(MAX_ZOOM, max(1.0, self._zoom * factor))
        if new == self._zoom:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self._syncing = True
        try:
            self._apply_zoom(new)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            centre = self.mapToScene(self.viewport().rect().center()) - delta
            self.centerOn(centre)
        finally:
            self._syncing = False
        self._announce()

    def reset_zoom(self) -> None:
        self._apply_zoom(1.0)
        self._announce()

    def _apply_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        scale = self.fit_scale() * zoom
        self.resetTransform()
        self.scale(scale, scale)

    def _announce(self, *_args: object) -> None:
        if not self._syncing:
            cx, cy = self.centre()
            self.sig_view_changed.emit(self._zoom, cx, cy)

    # events
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._image.isNull() and self.placeholder:
            painter.save()
            painter.resetTransform()
            painter.setPen(theme.color("viewer_text"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.restore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        cx, cy = self.centre()
        super().resizeEvent(event)
        self.show_state(self._zoom, cx, cy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_state(self._zoom, *self.centre())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_zoom()


class PhotoCompareDialog(QDialog):
    """Choose a before and an after photo (by default the first before and the last after of
    one area) and compare them side by side; zoom and pan move both photos together."""

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id = patient_id
        self.setWindowTitle(self.tr("Before and after"))
        self.resize(1100, 720)
        self._photos = services.photos.for_patient(patient_id)
        self._cache: dict[int, QImage] = {}
        self._build()
        self._fill_areas()
        self._choose_defaults()

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        area_label = QLabel(self.tr("Area"))
        bar.addWidget(area_label)
        self.area_box = QComboBox()
        area_label.setBuddy(self.area_box)
        self.area_box.setMinimumWidth(150)
        self.area_box.currentIndexChanged.connect(self._on_area)
        bar.addWidget(self.area_box)
        bar.addStretch(1)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.styled(self.zoom_label, "color: $muted;")
        out_button = self._button("−", self.tr("Zoom out"), lambda: self._zoom(1 / ZOOM_STEP))
        in_button = self._button("+", self.tr("Zoom in"), lambda: self._zoom(ZOOM_STEP))
        fit_button = QPushButton(self.tr("Fit"))
        fit_button.setToolTip(self.tr("Show the whole photos (double-click does the same)"))
        fit_button.clicked.connect(self._fit)
        for widget in (self.zoom_label, out_button, in_button, fit_button):
            bar.addWidget(widget)
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), lambda: self._zoom(ZOOM_STEP)),
            ((QKeySequence.StandardKey.ZoomOut,), lambda: self._zoom(1 / ZOOM_STEP)),
            (("Ctrl+0",), self._fit),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        layout.addLayout(bar)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.before_box, self.after_box = QComboBox(), QComboBox()
        self.before_view, self.after_view = PhotoPane(), PhotoPane()
        self.before_view.placeholder = self.after_view.placeholder = self.tr("No photo to show")
        self.before_caption, self.after_caption = QLabel(), QLabel()
        for column, (title, box, view, caption) in enumerate(
            (
                (self.tr("Before"), self.before_box, self.before_view, self.before_caption),
                (self.tr("After"), self.after_box, self.after_view, self.after_caption),
            )
        ):
            head = QHBoxLayout()
            head.setSpacing(10)
            label = QLabel(title)
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            label.setBuddy(box)
            head.addWidget(label)
            head.addWidget(box, 1)
            grid.addLayout(head, 0, column)
            grid.addWidget(view, 1, column)
            theme.styled(caption, "color: $secondary;")
            caption.setWordWrap(True)
            grid.addWidget(caption, 2, column)
            box.currentIndexChanged.connect(self._on_pick)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)
        self.before_view.sig_view_changed.connect(lambda z, x, y: self._sync(self.after_view, z, x, y))
        self.after_view.sig_view_changed.connect(lambda z, x, y: self._sync(self.before_view, z, x, y))

        hint = QLabel(self.tr("Wheel to zoom, drag to move: both photos follow. Double-click to fit."))
        theme.styled(hint, "color: $muted; font-size: 90%;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(hint, 1)
        foot.addWidget(buttons)
        layout.addLayout(foot)
        self._update_zoom_label()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumWidth(30)
        button.clicked.connect(slot)
        return button

    # -- choosing ------------------------------------------------------------
    def _fill_areas(self) -> None:
        self.area_box.blockSignals(True)
        self.area_box.addItem(self.tr("All areas"), None)
        for area in sorted({p.area for p in self._photos}, key=lambda a: (a == "", a)):
            self.area_box.addItem(area_label(area), area)
        self.area_box.blockSignals(False)

    def _choose_defaults(self) -> None:
        pairs = self.services.photos.pairs(self.patient_id)
        if pairs:
            pair = pairs[0]
            self.area_box.setCurrentIndex(max(0, self.area_box.findData(pair.area)))
            self._fill_pickers()
            self.set_photos(pair.before.id, pair.after.id)
        else:
            self._fill_pickers()
            ids = [p.id for p in self._photos]
            if ids:
                self.set_photos(ids[0], ids[-1])

    def _shown_photos(self) -> list[Photo]:
        area = self.area_box.currentData()
        index = self.area_box.currentIndex()
        return [p for p in self._photos if index <= 0 or p.area == area]

    def _fill_pickers(self) -> None:
        photos = self._shown_photos()
        for box, _prefer in ((self.before_box, PhotoKind.BEFORE), (self.after_box, PhotoKind.AFTER)):
            box.blockSignals(True)
            box.clear()
            for photo in photos:
                box.addItem(self._photo_label(photo), photo.id)
            box.blockSignals(False)
        if photos:
            befores = [p for p in photos if p.kind == PhotoKind.BEFORE] or photos
            afters = [p for p in photos if p.kind == PhotoKind.AFTER] or photos
            self.set_photos(befores[0].id, afters[-1].id)

    def _on_area(self, _index: int) -> None:
        self._fill_pickers()

    def set_photos(self, before_id: int, after_id: int) -> None:
        for box, photo_id in ((self.before_box, before_id), (self.after_box, after_id)):
            index = box.findData(photo_id)
            if index < 0:
                self.area_box.setCurrentIndex(0)
                index = box.findData(photo_id)
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._on_pick()

    def _on_pick(self, *_args: object) -> None:
        for box, view, caption in (
            (self.before_box, self.before_view, self.before_caption),
            (self.after_box, self.after_view, self.after_caption),
        ):
            photo_id = box.currentData()
            if photo_id is None:
                view.set_image(QImage())
                caption.setText("")
                continue
            view.set_image(self._image(photo_id))
            caption.setText(self._caption(self._photo(photo_id)))
        self._fit()

    def _image(self, photo_id: int) -> QImage:
        if photo_id not in self._cache:
            self._cache[photo_id] = read_upright(self.services.photos.data(photo_id))
        return self._cache[photo_id]

    def _photo(self, photo_id: int) -> Photo:
        return next(p for p in self._photos if p.id == photo_id)

    def _photo_label(self, photo: Photo) -> str:
        parts = [long_date(photo.taken_on), kind_label(photo.kind)]
        if photo.area:
            parts.append(area_label(photo.area))
        return " · ".join(parts)

    def _caption(self, photo: Photo) -> str:
        before_id = self.before_box.currentData()
        before = self._photo(before_id) if before_id is not None else None
        parts = [photo.caption] if photo.caption else []
        if before is not None and photo is not before and photo.taken_on > before.taken_on:
            days = (photo.taken_on - before.taken_on).days
            parts.append(
                self.tr("1 day after the before photo")
                if days == 1
                else self.tr("%1 days after the before photo").replace("%1", str(days))
            )
        if photo.filename:
            parts.append(photo.filename)
        parts += self._outcome_scores().get(photo.id, [])  # the scale scores this photo documents
        return "  ·  ".join(parts)

    def _outcome_scores(self) -> dict[int, list[str]]:
        if not hasattr(self, "_scores"):
            try:
                self._scores = self.services.outcomes.photo_scores([p.id for p in self._photos])
            except KnownError:  # no scores (no outcomes access): the captions stay plain
                self._scores = {}
        return self._scores

    # -- zoom and pan ----------------------------------------------------------
    def _sync(self, other: PhotoPane, zoom: float, cx: float, cy: float) -> None:
        other.show_state(zoom, cx, cy)
        self._update_zoom_label()

    def _zoom(self, factor: float) -> None:
        self.before_view.zoom_by(factor)

    def _fit(self) -> None:
        self.before_view.show_state(1.0, 0.5, 0.5)
        self.after_view.show_state(1.0, 0.5, 0.5)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.before_view.zoom() * 100:.0f} %")
