"""The injection map editor: place, move, delete and undo with the mouse and keyboard; store it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mesodesk.gui.widgets.injection_map import InjectionMapEditor, InjectionMapView
from mesodesk.services.sessions import MarkInput

# the offscreen platform warns when a top-level window's size constraints change
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TOL = 0.01  # a pixel or two of the diagram


@pytest.fixture
def editor(qtbot):  # type: ignore[no-untyped-def]
    widget = InjectionMapEditor()
    qtbot.addWidget(widget)
    widget.resize(760, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(editor: InjectionMapEditor, x: float, y: float) -> None:
    QTest.mouseClick(
        editor.canvas().viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        editor.viewport_pos(x, y),
    )


def drag(editor: InjectionMapEditor, start: QPoint, end: QPoint) -> None:
    viewport = editor.canvas().viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 5
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * (i / steps))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_place_move_delete_undo_then_store(editor, qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    placed = [(0.35, 0.30), (0.65, 0.30), (0.50, 0.55)]
    with qtbot.waitSignals([editor.sig_changed] * 3):
        for x, y in placed:
            click(editor, x, y)
    marks = editor.marks()
    assert [(m.diagram, m.kind) for m in marks] == [("face_front", "point")] * 3
    for mark, (x, y) in zip(marks, placed, strict=True):
        assert mark.x == pytest.approx(x, abs=TOL) and mark.y == pytest.approx(y, abs=TOL)

    # move the second point by dragging its number
    drag(editor, editor.viewport_pos(0.65, 0.30), editor.viewport_pos(0.70, 0.42))
    moved = editor.marks()[1]
    assert (moved.x, moved.y) == (pytest.approx(0.70, abs=TOL), pytest.approx(0.42, abs=TOL))
    assert len(editor.marks()) == 3, "a drag moves, it does not add"

    # select the first by clicking on it, delete it with the Delete key
    click(editor, 0.35, 0.30)
    assert editor.selected_index() == 0
    QTest.keyClick(editor.canvas(), Qt.Key.Key_Delete)
    assert [(round(m.x, 2), round(m.y, 2)) for m in editor.marks()] == [(0.70, 0.42), (0.50, 0.55)]

    # undo the delete with Ctrl+Z: it is back, first again
    QTest.keyClick(editor.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.marks()) == 3
    assert editor.marks()[0].x == pytest.approx(0.35, abs=TOL)
    # redo (Ctrl+Shift+Z) deletes it again, undo brings it back
    QTest.keyClick(
        editor.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(editor.marks()) == 2
    editor.undo_stack().undo()

    # a zone by press-and-drag on another diagram, then edit its depth and volume in the side panel
    editor.set_diagram("neck_decollete")
    editor.set_mode("zone")
    drag(editor, editor.viewport_pos(0.5, 0.7), editor.viewport_pos(0.6, 0.7))
    zone = editor.marks()[-1]
    assert (zone.diagram, zone.kind) == ("neck_decollete", "zone")
    assert zone.radius == pytest.approx(0.1 * 400 / 400, abs=TOL)
    editor._depth.setValue(1.5)
    editor._volume.setValue(0.4)
    assert (editor.marks()[-1].depth_mm, editor.marks()[-1].volume_ml) == (1.5, 0.4)

    # store the marks with a session and read them back from the database
    services = sqlite_clinic.as_practitioner
    patient = sqlite_clinic.patient()
    data = sqlite_clinic.session_input(patient.id, marks=editor.marks())
    session = services.sessions.record(data).session
    stored = sorted(services.sessions.get(session.id).marks, key=lambda m: m.position)
    expected = [
        ("face_front", "point", 0.35, 0.30),
        ("face_front", "point", 0.70, 0.42),
        ("face_front", "point", 0.50, 0.55),
        ("neck_decollete", "zone", 0.5, 0.7),
    ]
    assert len(stored) == len(expected)
    for row, (diagram, kind, x, y) in zip(stored, expected, strict=True):
        assert (row.diagram, row.kind) == (diagram, kind)
        assert row.x == pytest.approx(x, abs=TOL) and row.y == pytest.approx(y, abs=TOL)
    assert (
        stored[-1].depth_mm == 1.5
        and stored[-1].volume_ml == 0.4
        and stored[-1].radius == pytest.approx(0.1, abs=TOL)
    )


def test_read_only_view_ignores_clicks_but_selects(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = InjectionMapView()
    qtbot.addWidget(view)
    view.resize(600, 600)
    view.show()
    qtbot.waitExposed(view)
    marks = [MarkInput("scalp", 0.5, 0.5, depth_mm=2.0), MarkInput("scalp", 0.3, 0.3)]
    view.set_marks(marks)
    assert view.current_diagram() == "scalp", "opens on the first diagram that has marks"
    with qtbot.assertNotEmitted(view.sig_changed):
        click(view, 0.8, 0.8)
        drag(view, view.viewport_pos(0.5, 0.5), view.viewport_pos(0.7, 0.7))
        QTest.keyClick(view.canvas(), Qt.Key.Key_Delete)
    assert view.marks() == marks
    assert view.selected_index() == 0


def test_set_marks_round_trips_and_clears_undo(editor) -> None:  # type: ignore[no-untyped-def]
    marks = [
        MarkInput("body_front", 0.4, 0.6, kind="zone", radius=0.08, volume_ml=1.0, product_id=7, note="left")
    ]
    editor.add_mark(0.1, 0.1)
    editor.set_marks(marks)
    assert editor.marks() == marks
    assert not editor.undo_stack().canUndo()
    assert editor.current_diagram() == "body_front"


def test_read_only_blocks_undo_and_editing(editor) -> None:  # type: ignore[no-untyped-def]
    click(editor, 0.5, 0.5)
    editor.set_read_only(True)
    QTest.keyClick(editor.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    click(editor, 0.2, 0.2)
    assert len(editor.marks()) == 1
    editor.set_read_only(False)
    QTest.keyClick(editor.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.marks() == []


def test_arrow_keys_nudge_and_undo_as_one_move(editor) -> None:  # type: ignore[no-untyped-def]
    click(editor, 0.5, 0.5)
    for _ in range(3):
        QTest.keyClick(editor.canvas(), Qt.Key.Key_Right)
    QTest.keyClick(editor.canvas(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    mark = editor.marks()[0]
    assert (mark.x, mark.y) == (
        pytest.approx(0.5 + 3 / 400, abs=0.003),
        pytest.approx(0.5 + 10 / 500, abs=0.003),
    )
    editor.undo_stack().undo()
    assert editor.marks()[0].x == pytest.approx(0.5, abs=TOL) and editor.marks()[0].y == pytest.approx(
        0.5, abs=TOL
    )
    assert len(editor.marks()) == 1


def test_wheel_zoom_keeps_clicks_accurate(editor) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas = editor.canvas()
    at = QPointF(editor.viewport_pos(0.6, 0.7))
    bx, by = canvas.to_unit(canvas.mapToScene(at.toPoint()))  # the diagram point under the cursor
    wheel = QWheelEvent(
        at,
        QPointF(canvas.viewport().mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.zoom() == pytest.approx(1.25**3)
    # Zoomed about the cursor: the diagram point under the cursor is the one that was there before,
    # asserted in diagram units. The view works on a whole-pixel grid (the cursor's pixel, then integer
    # scroll positions), so the point may move by up to a pixel for each: two viewport pixels, converted
    # to diagram units at the new scale — whatever the Qt build, fonts or window size.
    scale = canvas.transform().m11()
    dx, dy = (canvas.to_scene(1, 1) * scale).toTuple()  # viewport pixels per diagram unit
    ux, uy = canvas.to_unit(canvas.mapToScene(at.toPoint()))
    assert ux == pytest.approx(bx, abs=2 / dx), "zoomed about the cursor (x)"
    assert uy == pytest.approx(by, abs=2 / dy), "zoomed about the cursor (y)"
    assert 2 / dx < 0.01 and 2 / dy < 0.01, "the zoom magnifies: two pixels are under 1% of the diagram"
    click(editor, 0.62, 0.71)
    mark = editor.marks()[0]
    assert (mark.x, mark.y) == (pytest.approx(0.62, abs=0.005), pytest.approx(0.71, abs=0.005))


def test_points_are_placed_with_the_keyboard_alone(editor) -> None:  # type: ignore[no-untyped-def]
    """Insert (or Enter) puts a point in the middle of the diagram, selected; the arrow keys place it;
    the next one starts beside the selected point, so two do not land on top of each other."""
    canvas = editor.canvas()
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Insert)
    assert len(editor.marks()) == 1 and editor.selected_index() == 0
    assert (editor.marks()[0].x, editor.marks()[0].y) == (pytest.approx(0.5), pytest.approx(0.5))
    QTest.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert editor.marks()[0].x == pytest.approx(0.5 - 10 / 400, abs=0.003)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert len(editor.marks()) == 2 and editor.selected_index() == 1
    first, second = editor.marks()
    assert (second.x, second.y) != (pytest.approx(first.x, abs=TOL), pytest.approx(first.y, abs=TOL))
    editor.set_read_only(True)
    QTest.keyClick(canvas, Qt.Key.Key_Insert)
    assert len(editor.marks()) == 2  # a signed session's map takes no new point
