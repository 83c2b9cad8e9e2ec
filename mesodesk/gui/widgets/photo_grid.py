"""The photo grid: one card per photo (thumbnail, kind badge, date, area) and the list view that accepts
dropped files.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.models.photo_list_model import PHOTO_SUFFIXES, PhotoRole
from mesodesk.gui.widgets.photo_labels import area_label, kind_label, long_date

CARD = QSize(172, 214)
THUMB_H = 132


class PhotoCardDelegate(QStyledItemDelegate):
    """A photo as a card: the upright thumbnail, a coloured kind label, date, area, 'Print' box."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CARD

    @staticmethod
    def card_rect(rect: QRect) -> QRect:
        return rect.adjusted(5, 5, -5, -5)

    def check_rect(self, rect: QRect) -> QRect:
        card = self.card_rect(rect)
        return QRect(card.left() + 9, card.bottom() - 24, 80, 18)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        photo = index.data(PhotoRole)
        if photo is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self.card_rect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card.adjusted(0, 0, 0, 0), 7, 7)
        painter.fillPath(path, theme.color("card_selected" if selected else "card"))
        painter.setPen(QPen(theme.color("selected" if selected else "line"), 2 if selected else 1))
        painter.drawPath(path)

        thumb_area = QRect(card.left() + 8, card.top() + 8, card.width() - 16, THUMB_H)
        painter.fillRect(thumb_area, theme.color("thumb_bg"))
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            scaled = pixmap.scaled(
                thumb_area.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = thumb_area.left() + (thumb_area.width() - scaled.width()) // 2
            y = thumb_area.top() + (thumb_area.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)

        font = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        # kind as a coloured pill, then the date
        text_top = thumb_area.bottom() + 8
        kind = kind_label(photo.kind)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        pill = QRect(card.left() + 8, text_top, metrics.horizontalAdvance(kind) + 12, metrics.height() + 2)
        pill_path = QPainterPath()
        pill_path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.fillPath(
            pill_path, theme.color(f"kind_{photo.kind}" if photo.kind in theme.KINDS else "kind_other")
        )
        painter.setPen(theme.color("on_accent"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, kind)
        painter.setFont(font)
        painter.setPen(theme.color("Text"))
        date_rect = QRect(pill.right() + 6, text_top, card.right() - pill.right() - 12, pill.height())
        painter.drawText(
            date_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                long_date(photo.taken_on), Qt.TextElideMode.ElideRight, date_rect.width()
            ),
        )
        painter.setFont(small)
        painter.setPen(theme.color("muted"))
        area_rect = QRect(
            card.left() + 9, pill.bottom() + 3, card.width() - 18, painter.fontMetrics().height()
        )
        area = area_label(photo.area) + (f" — {photo.caption}" if photo.caption else "")
        painter.drawText(
            area_rect,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(area, Qt.TextElideMode.ElideRight, area_rect.width()),
        )

        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            box = QStyleOptionButton()
            check = self.check_rect(option.rect)
            box.rect = QRect(check.left(), check.top() + 1, 16, 16)
            box.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if photo.include_in_print else QStyle.StateFlag.State_Off
            )
            style = option.widget.style() if option.widget is not None else None
            if style is not None:
                style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, option.widget)
            painter.setPen(theme.color("secondary"))
            painter.drawText(
                QRect(check.left() + 21, check.top(), check.width() - 21, check.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("PhotoStrip", "Print"),
            )
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if (
            isinstance(event, QMouseEvent)
            and event.type()
            in (
                QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick,
            )
            and self.check_rect(option.rect).contains(event.position().toPoint())
        ):
            if event.type() == QEvent.Type.MouseButtonRelease:
                current = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                model.setData(
                    index,
                    Qt.CheckState.Unchecked if current else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            return True
        return False


class PhotoGridView(QListView):
    """The grid of cards; accepts JPEG/PNG files dropped on it; says what to do when empty."""

    sig_files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(CARD)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setItemDelegate(PhotoCardDelegate(self))
        theme.styled(self, "QListView { background: $grid_bg; }")
        self.placeholder = ""
        self._drop_hover = False

    @staticmethod
    def dropped_files(mime: QMimeData) -> list[str]:
        if not mime.hasUrls():
            return []
        return [
            url.toLocalFile()
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PHOTO_SUFFIXES)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_files(event.mimeData()):
            self._drop_hover = True
            self.viewport().update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_hover = False
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        self.viewport().update()
        files = self.dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.sig_files_dropped.emit(files)
        else:
            event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        empty = self.model() is None or self.model().rowCount() == 0
        if not (empty or self._drop_hover):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.viewport().rect().adjusted(12, 12, -12, -12)
        if self._drop_hover:
            pen = QPen(theme.color("selected"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 8, 8)
        if empty and self.placeholder:
            painter.setPen(theme.color("muted"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
