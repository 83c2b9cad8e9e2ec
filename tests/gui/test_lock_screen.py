"""The lock screen (issue 12, item 9): laid out for any font and language, Switch user and Sign out
without losing anything, and the password checked off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from mesodesk.db.models import AuditEntry
from mesodesk.gui import i18n
from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog
from mesodesk.gui.workstation import Workstation
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

WAIT = 30_000  # the machine may be loaded: password checks run in a worker thread


@pytest.fixture
def workstation(qtbot, sqlite_clinic, gui_settings, message_boxes):  # type: ignore[no-untyped-def]
    system = Services(ServiceContext(sqlite_clinic.engine))
    quits: list[bool] = []
    station = Workstation(
        system, "test-clinic.sqlite3", "Clinique du Parc", gui_settings, quit_app=lambda: quits.append(True)
    )
    station.quits = quits  # type: ignore[attr-defined]
    yield station
    for window in (station.window, station.sign_in_dialog):
        if window is not None:
            window.hide()
            window.deleteLater()


def locked_window(qtbot, station, user, patient_id=None):  # type: ignore[no-untyped-def]
    window = station.open(user)
    qtbot.waitExposed(window)
    if patient_id is not None:
        window.open_patient(patient_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.is_locked, timeout=WAIT)
    qtbot.waitUntil(window.lock_dialog.isActiveWindow, timeout=WAIT)
    return window


def audit_actions(engine, *actions: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        rows = conn.execute(
            select(AuditEntry.action, AuditEntry.entity_id)
            .where(AuditEntry.action.in_(actions))
            .order_by(AuditEntry.id)
        )
        return [(a, i) for a, i in rows]


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button and field of ``root`` that does not get the room it needs."""
    problems = []
    area = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QPushButton | QLineEdit):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
        place = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not area.contains(place):
            problems.append(f"{name} is outside the window: {place} not in {area}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.height() < widget.heightForWidth(widget.width()):
                problems.append(f"{name} is cut: {widget.height()} < {widget.heightForWidth(widget.width())}")
        elif (
            widget.height() < widget.sizeHint().height() or widget.width() < widget.minimumSizeHint().width()
        ):
            problems.append(f"{name} is cut: {widget.size()} < {widget.sizeHint()}")
        if isinstance(widget, QPushButton) and widget.width() < widget.sizeHint().width():
            problems.append(
                f"{name} is narrower than its text: {widget.width()} < {widget.sizeHint().width()}"
            )
    return problems


@pytest.fixture
def font_scale(qapp):  # type: ignore[no-untyped-def]
    """font_scale(1.5): the application font at 150 % until the test ends."""
    original = QFont(qapp.font())

    def use(scale: float) -> None:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(font)

    yield use
    qapp.setFont(original)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_lock_screen_fits_any_font_and_language(
    lang, scale, qtbot, qapp, make_window, font_scale, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from mesodesk.i18n import core

    previous_locale, previous_language = QLocale(), core.current_language()
    installed = i18n.install_translators(qapp, lang) if lang != "en" else []
    try:
        font_scale(scale)
        window = make_window()
        window.lock_now()
        dialog = window.lock_dialog
        qtbot.waitExposed(dialog)
        screen = window.lock_screen
        if lang == "de":
            assert screen.switch_button.text() != "S&witch user…"  # translated
        for switching in (False, True):
            if screen.switching != switching:
                qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
            screen.show_error(
                "Das Konto ist nach zu vielen Fehlversuchen für 15 Minuten gesperrt; "
                "eine Administratorin oder ein Administrator kann es früher entsperren."
            )
            QApplication.processEvents()
            assert not clipped(dialog), "\n".join(clipped(dialog))
            assert screen.card.width() <= screen.card.maximumWidth()
            assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
            shown = dialog.grab()
            assert shown.save(str(tmp_path / f"lock_{lang}_{int(scale * 100)}_{int(switching)}.png"))
        # a narrower window: the text wraps onto more lines, and the window grows taller to hold it
        dialog.resize(dialog.minimumSizeHint().width(), 100)
        QApplication.processEvents()
        assert not clipped(dialog), "\n".join(clipped(dialog))
    finally:
        i18n.remove_translators(qapp, installed)
        core.set_language(previous_language)
        QLocale.setDefault(previous_locale)


def test_switch_user_gives_the_window_to_the_other_user(qtbot, workstation, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    first = locked_window(qtbot, workstation, c.admin, patient.id)
    assert first.chart.patient_id == patient.id
    screen = first.lock_screen
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    assert screen.username.isVisible() and screen.username.hasFocus()
    assert not screen.sign_out_button.isVisible()
    qtbot.keyClicks(screen.username, "dr.zoe")
    qtbot.keyClick(screen.username, Qt.Key.Key_Return)  # on to the password
    assert screen.password.hasFocus()
    qtbot.keyClicks(screen.password, "wrong password")
    with qtbot.waitSignal(first.sig_lock_refused, timeout=WAIT):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        assert not screen.password.isEnabled()  # checked off the GUI thread
    assert "Wrong password" in screen.message.text() and workstation.window is first
    qtbot.keyClicks(screen.password, "battery staple")
    with qtbot.waitSignal(workstation.sig_window, timeout=WAIT) as opened:
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    second = opened.args[0]
    assert workstation.window is second and second is not first
    assert not first.isVisible() and not first.lock_dialog.isVisible()
    assert second.isVisible() and not second.is_locked()
    assert second.user.username == "dr.zoe" and second.services.ctx.actor.user_id == c.practitioner.id
    assert c.practitioner.full_name in second.windowTitle()
    assert c.practitioner.full_name in second.user_status.text()
    assert not second.menus["Admin"].menuAction().isVisible()  # the practitioner's permissions
    assert second.chart.patient_id is None  # nothing of the previous user's screen carries over
    assert audit_actions(c.engine, "switch_user")[-1] == ("switch_user", c.admin.id)
    assert audit_actions(c.engine, "sign_in")[-1] == ("sign_in", c.practitioner.id)


def test_switch_to_oneself_is_an_unlock(qtbot, workstation, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    window = locked_window(qtbot, workstation, sqlite_clinic.admin)
    screen = window.lock_screen
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.username, "admin")
    qtbot.keyClicks(screen.password, "correct horse")
    with qtbot.waitSignal(window.sig_unlocked, timeout=WAIT):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert workstation.window is window and not window.is_locked()


def test_unsaved_work_refuses_switch_and_sign_out_then_sign_out_returns_to_sign_in(
    qtbot, workstation, sqlite_clinic, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    window = workstation.open(c.admin)
    qtbot.waitExposed(window)
    window.open_patient(c.patient().id)
    editor = window.new_patient()
    assert isinstance(editor, PatientEditorDialog)
    qtbot.keyClicks(editor.last_name, "Dubois")
    window.lock_now()
    screen = window.lock_screen
    with qtbot.waitSignal(window.sig_lock_refused, timeout=WAIT):
        qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert "not saved" in screen.message.text() and "“New patient”" in screen.message.text()
    assert c.admin.full_name in screen.message.text()
    assert window.isVisible() and window.is_locked() and workstation.window is window
    assert editor.isVisible() and editor.last_name.text() == "Dubois"  # nothing was closed
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.username, "dr.zoe")
    qtbot.keyClicks(screen.password, "battery staple")
    with qtbot.waitSignal(window.sig_lock_refused, timeout=WAIT):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert "must unlock and save or discard" in screen.message.text()
    assert workstation.window is window and editor.last_name.text() == "Dubois"
    assert audit_actions(c.engine, "sign_out", "switch_user") == []
    # the user unlocks, discards the new patient, and signs out
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)  # back to unlocking
    qtbot.keyClicks(screen.password, "correct horse")
    with qtbot.waitSignal(window.sig_unlocked, timeout=WAIT):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    message_boxes.answer = QMessageBox.StandardButton.Discard
    editor.reject()
    assert not editor.isVisible()
    window.lock_now()
    qtbot.mouseClick(screen.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workstation.sign_in_dialog is not None, timeout=WAIT)
    dialog = workstation.sign_in_dialog
    assert dialog.isVisible() and not window.isVisible() and workstation.window is None
    # no patient data left on screen: the sign-in window is the only one
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]
    assert audit_actions(c.engine, "sign_out") == [("sign_out", c.admin.id)]
    qtbot.keyClicks(dialog.username, "dr.zoe")
    qtbot.keyClicks(dialog.password, "battery staple")
    with qtbot.waitSignal(workstation.sig_window, timeout=WAIT) as opened:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert opened.args[0].user.username == "dr.zoe" and opened.args[0].isVisible()
    assert workstation.quits == []


def test_cancelling_the_sign_in_after_sign_out_quits(qtbot, workstation, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    window = locked_window(qtbot, workstation, sqlite_clinic.admin)
    assert window.sign_out()
    dialog = workstation.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert workstation.quits == [True]
