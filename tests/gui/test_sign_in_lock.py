"""Sign-in, first start, and the idle lock that hides patient data without losing what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel

from mesodesk.gui.dialogs.first_start import FirstStartDialog
from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog
from mesodesk.gui.dialogs.sign_in import SignInDialog
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def system(sqlite_clinic):  # type: ignore[no-untyped-def]
    return Services(ServiceContext(sqlite_clinic.engine))


def test_wrong_password_is_refused_then_the_right_one_signs_in(qtbot, system, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(system, "Clinique du Parc")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "dr.zoe")
    qtbot.keyClicks(dialog.password, "wrong password")
    with qtbot.waitSignal(dialog.sig_refused):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert not dialog.password.isEnabled()  # checked off the GUI thread, the window stays responsive
    assert dialog.message.isVisible() and "wrong password" in dialog.message.text()
    assert dialog.user is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, "battery staple")
    with qtbot.waitSignal(dialog.sig_signed_in):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user.username == "dr.zoe" and dialog.user.role == "practitioner"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_unknown_user_is_refused(qtbot, system) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(system)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "nobody")
    qtbot.keyClicks(dialog.password, "whatever1")
    with qtbot.waitSignal(dialog.sig_refused):
        assert dialog.sign_in()
    assert dialog.message.text() and dialog.user is None


def test_a_locked_out_name_is_told_for_how_long(qtbot, system, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ClinicInput

    sqlite_clinic.services.clinic.save_settings(ClinicInput("Clinic", lockout_threshold=2, lockout_minutes=5))
    dialog = SignInDialog(system)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "dr.zoe")
    for _ in range(2):
        qtbot.keyClicks(dialog.password, "wrong password")
        with qtbot.waitSignal(dialog.sig_refused):
            dialog.sign_in()
    qtbot.keyClicks(dialog.password, "battery staple")
    with qtbot.waitSignal(dialog.sig_refused):
        dialog.sign_in()
    assert "locked" in dialog.message.text() and "administrator" in dialog.message.text()
    dialog.grab().save("/tmp/h13_sign_in_locked.png")


def test_idle_lock_hides_data_and_keeps_what_was_typed(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    sqlite_clinic.services.patients.add_allergy(patient.id, "lidocaine")
    main_window.open_patient(patient.id)
    main_window.new_patient()
    editor = main_window.last_dialog
    assert isinstance(editor, PatientEditorDialog)
    qtbot.keyClicks(editor.last_name, "Dubo")
    main_window.set_idle_interval_ms(150)
    qtbot.waitUntil(main_window.is_locked, timeout=3000)
    # patient data has left the screen; the editor is covered, not closed
    assert main_window.stack.currentWidget() is main_window.locked_page
    # the password is asked above every window, so the open (window-modal) editor cannot block it
    assert main_window.lock_dialog.isVisible()
    assert QApplication.activeModalWidget() is main_window.lock_dialog
    assert not main_window.chart.isVisible() and not main_window.patient_view.isVisible()
    assert editor.isVisible() and editor.windowTitle() == "Locked"
    cover = editor.findChild(QFrame, "lockCover")
    assert cover is not None and cover.isVisible() and cover.geometry() == editor.rect()
    # typing into the editor while locked does nothing
    qtbot.keyClicks(editor.last_name, "XYZ")
    assert editor.last_name.text() == "Dubo"
    # a wrong password keeps it locked
    qtbot.keyClicks(main_window.lock_screen.password, "not the password")
    with qtbot.waitSignal(main_window.sig_lock_refused, timeout=30_000):
        qtbot.mouseClick(main_window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
        # checked off the GUI thread: the lock screen cannot send it twice meanwhile
        assert not main_window.lock_screen.unlock_button.isEnabled()
    assert main_window.is_locked() and main_window.lock_screen.message.isVisible()
    # the right one restores everything as it was
    main_window.set_idle_interval_ms(0)
    qtbot.keyClicks(main_window.lock_screen.password, "correct horse")
    with qtbot.waitSignal(main_window.sig_unlocked, timeout=30_000):
        qtbot.keyClick(main_window.lock_screen.password, Qt.Key.Key_Return)
    assert not main_window.is_locked() and not main_window.lock_dialog.isVisible()
    assert QApplication.activeModalWidget() is editor
    assert main_window.chart.isVisible() and main_window.chart.patient_id == patient.id
    assert main_window.chart.banner.isVisible()
    assert editor.isVisible() and editor.last_name.text() == "Dubo"
    assert editor.windowTitle() == "New patient"
    qtbot.waitUntil(lambda: editor.findChild(QFrame, "lockCover") is None)
    qtbot.keyClicks(editor.last_name, "is")
    assert editor.last_name.text() == "Dubois"


def test_lock_hides_the_follow_ups_dock_and_blocks_shortcuts(qtbot, main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    main_window.show_followups()
    assert main_window.followups_dock.isVisible()
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L locks now
    assert main_window.is_locked()
    assert not main_window.followups_dock.isVisible()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main_window.last_dialog is None  # Ctrl+N did nothing while locked
    with qtbot.waitSignal(main_window.sig_unlocked, timeout=30_000):
        assert main_window.unlock("correct horse")
    assert main_window.followups_dock.isVisible()


def test_idle_interval_comes_from_clinic_settings(make_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ClinicInput

    sqlite_clinic.services.clinic.save_settings(ClinicInput(name="Clinique", idle_lock_minutes=3))
    window = make_window()
    assert window.idle.interval_ms == 3 * 60_000 and window.idle.timer.isActive()
    sqlite_clinic.services.clinic.save_settings(ClinicInput(name="Clinique", idle_lock_minutes=0))
    never = make_window()
    assert never.idle.interval_ms == 0 and not never.idle.timer.isActive()


def test_first_start_empty_clinic(qtbot, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    system = Services(ServiceContext(sqlite_engine))
    dialog = FirstStartDialog(sqlite_engine, system)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.clinic_name, "Clinique du Parc")
    qtbot.keyClicks(dialog.full_name, "Dr Claire Martin")
    qtbot.keyClicks(dialog.password, "long enough pw")
    qtbot.keyClicks(dialog.password2, "different pw!")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.findChild(QLabel, "error_password2").text()
    assert not system.users.has_users()
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "long enough pw")
    with qtbot.waitSignal(dialog.sig_created):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "empty"
    assert [u.username for u in system.users.all_users()] == ["admin"]
    assert system.users.authenticate("admin", "long enough pw").role == "admin"
    assert system.clinic.settings().name == "Clinique du Parc"


def test_first_start_demo_clinic(qtbot, sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    system = Services(ServiceContext(sqlite_engine))
    dialog = FirstStartDialog(sqlite_engine, system, demo_patients=25)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_created, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo" and "mesodesk" in dialog.done_text.text()
    assert system.patients.count(include_archived=True) == 25
    assert system.users.authenticate("admin", "mesodesk").role == "admin"


def test_new_idle_time_applies_after_the_settings_are_saved(make_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ClinicInput

    window = make_window()
    assert window.idle.interval_ms == 10 * 60_000
    sqlite_clinic.services.clinic.save_settings(ClinicInput(name="Clinique du Lac", idle_lock_minutes=2))
    window._after_external_save()  # what a settings dialog's sig_saved triggers
    assert window.idle.interval_ms == 2 * 60_000
    assert window.windowTitle() == f"Clinique du Lac — {window.user.full_name}"


def test_a_long_refusal_is_shown_whole_not_clipped(qtbot, system) -> None:  # type: ignore[no-untyped-def]
    """Seen under a real X server: a clinic file copied to another computer is refused with a long
    message (where its audit key is expected and what to do), and the sign-in window cut it off at
    the top and the bottom."""
    from mesodesk.domain.errors import KnownError

    dialog = SignInDialog(system, "Clinique Démo MesoDesk", db_label="/tmp/xhome/clinic.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    long = (
        "The audit key of this clinic is not on this computer (/tmp/xhome/c/MesoDesk/clinic-keys/"
        "ecd921ad-fcfb-48d1-aa32-b3b95bcffd0f.key). Copy that file from the computer the clinic was "
        "created on, or restore the clinic's key backup; until then nobody can sign in."
    )
    dialog._refused(KnownError(long))
    QApplication.processEvents()
    label = dialog.message
    assert label.isVisible()
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, f"the message has {label.height()} px of the {needed} it needs"
    assert label.geometry().bottom() < dialog.buttons.geometry().top()
