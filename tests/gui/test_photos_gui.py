"""Photo strip and before/after view: drop files, refuse bad ones, print flag, upright and synchronised."""

from __future__ import annotations

import io
import warnings
from datetime import date, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mesodesk.gui.dialogs.photo_compare import PhotoCompareDialog
from mesodesk.gui.widgets.photo_strip import PhotoStrip

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RED, BLUE = (220, 20, 20), (20, 40, 220)


def jpeg(width: int = 120, height: int = 80, orientation: int | None = None) -> bytes:
    """Left third red, the rest blue; with an EXIF orientation if given."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 3, height))
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def near(colour, expected: tuple, tol: int = 40) -> bool:  # type: ignore[no-untyped-def]
    return all(
        abs(a - b) <= tol
        for a, b in zip((colour.red(), colour.green(), colour.blue()), expected, strict=False)
    )


@pytest.fixture
def strip(qtbot, sqlite_clinic):  # type: ignore[no-untyped-def]
    widget = PhotoStrip(sqlite_clinic.as_practitioner)
    qtbot.addWidget(widget)
    widget.patient = sqlite_clinic.patient()
    widget.set_patient(widget.patient.id)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drop_files(widget, paths) -> bool:  # type: ignore[no-untyped-def]
    """Drag files over the grid and drop them, as a file manager does; True if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = widget.view.viewport()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated; there is no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(50, 50), *args)
        QApplication.sendEvent(viewport, enter)
        if not enter.isAccepted():
            return False
        QApplication.sendEvent(viewport, QDragMoveEvent(QPoint(60, 60), *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(60, 60), *args))
    return True


def test_drop_files_tag_them_and_refuse_a_bad_one(strip, qtbot, tmp_path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "before.jpg").write_bytes(jpeg(orientation=6))
    (tmp_path / "after.jpg").write_bytes(jpeg())
    (tmp_path / "notes.jpg").write_bytes(b"this is a text file with a .jpg name\n")
    (tmp_path / "notes.txt").write_bytes(b"not even named like a photo\n")
    assert not drop_files(strip, [tmp_path / "notes.txt"]), "only JPEG/PNG files are accepted for dropping"
    assert drop_files(strip, [tmp_path / "before.jpg", tmp_path / "notes.jpg", tmp_path / "after.jpg"])
    dialog = strip.tag_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("before"))
    dialog.area.setCurrentIndex(dialog.area.findData("cheeks"))
    dialog.caption.setText("baseline")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    stored = strip.services.photos.for_patient(strip.patient.id)
    assert sorted(p.filename for p in stored) == ["after.jpg", "before.jpg"]
    # each file keeps its own kind (issue 12): "after.jpg" is an after photo, guessed from its name
    assert {(p.filename, p.kind, p.area, p.caption) for p in stored} == {
        ("before.jpg", "before", "cheeks", "baseline"),
        ("after.jpg", "after", "cheeks", "baseline"),
    }
    assert strip.model.rowCount() == 2 and "2" in strip.count_label.text()
    assert message_boxes.kinds() == ["warning"] and "notes.jpg" in message_boxes.texts()
    assert "not an image" in message_boxes.texts()
    upright = next(p for p in stored if p.filename == "before.jpg")
    assert (upright.width, upright.height) == (80, 120)


def test_too_large_file_is_refused_before_reading(strip, tmp_path, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mesodesk.gui.widgets.photo_strip as module

    monkeypatch.setattr(module, "MAX_PHOTO_BYTES", 1000)
    (tmp_path / "big.jpg").write_bytes(jpeg(400, 300))
    strip.add_files([str(tmp_path / "big.jpg")])
    assert strip.tag_dialog is None, "nothing to tag"
    assert "too large" in message_boxes.texts()
    assert strip.services.photos.count(strip.patient.id) == 0


def test_print_checkbox_on_a_card(strip, qtbot) -> None:  # type: ignore[no-untyped-def]
    photos = strip.services.photos
    photo = photos.add(strip.patient.id, jpeg(), "a.jpg", "after", "cheeks", date.today())
    strip.reload()
    index = strip.model.index(0, 0)
    rect = strip.view.itemDelegate().check_rect(strip.view.visualRect(index))
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert photos.get(photo.id).include_in_print
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not photos.get(photo.id).include_in_print


def test_compare_shows_upright_photos_and_moves_them_together(strip, qtbot) -> None:  # type: ignore[no-untyped-def]
    photos = strip.services.photos
    pid = strip.patient.id
    before = photos.add(
        pid, jpeg(120, 80, orientation=6), "b.jpg", "before", "cheeks", date.today() - timedelta(days=30)
    )
    after = photos.add(pid, jpeg(80, 120), "a.jpg", "after", "cheeks", date.today())  # upright as stored
    photos.add(pid, jpeg(), "other.jpg", "before", "forehead", date.today())
    strip.reload()
    dialog = strip.open_compare()
    assert isinstance(dialog, PhotoCompareDialog)
    qtbot.waitExposed(dialog)
    assert (dialog.before_box.currentData(), dialog.after_box.currentData()) == (before.id, after.id)
    assert dialog.area_box.currentData() == "cheeks"
    left, right = dialog.before_view.image(), dialog.after_view.image()
    assert (left.width(), left.height()) == (80, 120), "EXIF orientation 6 shown upright"
    assert near(left.pixelColor(40, 10), RED) and near(left.pixelColor(40, 110), BLUE)
    assert (right.width(), right.height()) == (80, 120)
    assert near(right.pixelColor(10, 60), RED) and near(right.pixelColor(70, 60), BLUE)

    # wheel on the left photo: both zoom
    viewport = dialog.before_view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert dialog.before_view.zoom() == pytest.approx(1.25**2)
    assert dialog.after_view.zoom() == dialog.before_view.zoom()
    # the zoom button too
    qtbot.mouseClick(
        next(b for b in dialog.findChildren(type(dialog._button("+", "", lambda: None))) if b.text() == "+"),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.after_view.zoom() == pytest.approx(1.25**3)
    # pan the right photo: the left one shows the same part
    bar = dialog.after_view.horizontalScrollBar()
    bar.setValue(bar.minimum())
    QTest.qWait(0)
    (lx, ly), (rx, ry) = dialog.before_view.centre(), dialog.after_view.centre()
    assert lx == pytest.approx(rx, abs=0.02) and ly == pytest.approx(ry, abs=0.02)
    assert rx < 0.45, "it moved to the left edge"
    QTest.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit again
    assert dialog.before_view.zoom() == dialog.after_view.zoom() == 1.0
    dialog.close()


def test_assistant_sees_no_photos(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    sqlite_clinic.as_practitioner.photos.add(patient.id, jpeg(), "a.jpg", "before", "", date.today())
    widget = PhotoStrip(sqlite_clinic.as_assistant)
    qtbot.addWidget(widget)
    widget.set_patient(patient.id)
    assert widget.model.rowCount() == 0
    assert not widget.add_button.isVisibleTo(widget) and not widget.delete_button.isVisibleTo(widget)


def test_delete_key_asks_then_deletes(strip, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    photos = strip.services.photos
    keep = photos.add(strip.patient.id, jpeg(), "keep.jpg", "before", "", date.today())
    gone = photos.add(strip.patient.id, jpeg(), "gone.jpg", "after", "", date.today())
    strip.reload()
    strip.view.setFocus()
    strip.view.setCurrentIndex(strip.model.index(strip.model.row_of(gone.id), 0))
    message_boxes.answer = QMessageBox.StandardButton.No
    QTest.keyClick(strip.view, Qt.Key.Key_Delete)
    assert message_boxes.kinds() == ["question"] and photos.count(strip.patient.id) == 2
    message_boxes.answer = QMessageBox.StandardButton.Yes
    QTest.keyClick(strip.view, Qt.Key.Key_Delete)
    assert [p.id for p in photos.for_patient(strip.patient.id)] == [keep.id]
    assert strip.model.rowCount() == 1
