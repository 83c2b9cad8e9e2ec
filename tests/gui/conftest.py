"""GUI test helpers: window settings in tmp, message boxes answered without blocking, a main window."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox


@dataclass
class MessageBoxes:
    """Records every static QMessageBox call; ``answer`` is what question() returns."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    calls: list[tuple[str, str, str]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.calls)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def recorder(kind: str, result: Any = None):  # type: ignore[no-untyped-def]
        def record(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            boxes.calls.append((kind, title, text))
            return boxes.answer if result is None else result

        return staticmethod(record)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question"))
    monkeypatch.setattr(QMessageBox, "about", recorder("about", None))
    return boxes


@pytest.fixture
def gui_settings(tmp_path):  # type: ignore[no-untyped-def]
    from mesodesk.gui.settings import GuiSettings

    return GuiSettings(tmp_path / "gui.ini")


@pytest.fixture
def make_window(qtbot, sqlite_clinic, gui_settings, message_boxes):  # type: ignore[no-untyped-def]
    """make_window(services=None, user=None) -> a shown MainWindow on the test clinic."""
    from mesodesk.gui.main_window import MainWindow

    def make(services: Any = None, user: Any = None, settings: Any = None) -> MainWindow:
        window = MainWindow(
            services or sqlite_clinic.services,
            "test-clinic.sqlite3",
            user or sqlite_clinic.admin,
            settings=settings or gui_settings,
        )
        window.services.users._sleep = lambda _seconds: None  # no slow-down between test sign-ins
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def main_window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """What the application loads at start for English: "%n session(s)" -> "1 session" / "2 sessions"."""
    from PySide6.QtCore import QTranslator

    from mesodesk.gui.i18n import compiled_translation

    qm = compiled_translation("en", cache=tmp_path_factory.mktemp("qm"))
    translator = QTranslator()
    if qm is not None and translator.load(str(qm)):
        qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(scope="session")
def _default_look_of(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    return qapp.style().name(), QPalette(qapp.palette())


@pytest.fixture(autouse=True)
def _default_look(qapp, _default_look_of):  # type: ignore[no-untyped-def]
    """A test that puts the theme on the application (make_application, Preferences, tests/gui/test_theme.py)
    leaves the default look behind it: no style sheet, the first style and palette, the light scheme."""
    from mesodesk.gui import theme

    yield
    if qapp.styleSheet() or theme.current_scheme() != theme.LIGHT or theme.current_choice() != theme.SYSTEM:
        style, palette = _default_look_of
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        qapp.setPalette(palette)
        theme._State.scheme, theme._State.choice, theme._State.style_name = theme.LIGHT, theme.SYSTEM, ""


@pytest.fixture(autouse=True)
def _no_sign_in_slow_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wait between sign-in attempts in GUI tests (the slow-down is tested with the user service)."""
    import mesodesk.services.users as users

    monkeypatch.setattr(users, "FAILURE_DELAY_S", 0.0)


@pytest.fixture(autouse=True)
def _no_application_filters(qapp):  # type: ignore[no-untyped-def]
    """make_application (called by some tests and modules) installs application-wide filters that keep
    windows on the (800 × 800 offscreen) screen and name Qt's own controls; the tests' shared
    application runs without them, except where a test installs one itself (test_screen_fit, test_atspi
    reads the real application)."""
    from mesodesk.gui import app_filters

    app_filters.remove_all(qapp)
    yield
    app_filters.remove_all(qapp)


def png() -> bytes:
    """A small real PNG (a photo, a signature)."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (180, 90, 60)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def full_record(sqlite_clinic):  # type: ignore[no-untyped-def]
    """A patient with a session, a reaction, a plan and follow-ups, a consent, a photo and an allergy."""
    from mesodesk.services.clinic import ConsentInput
    from mesodesk.services.followups import PlanInput
    from mesodesk.services.reactions import AssessmentInput, ReactionInput

    c = sqlite_clinic
    svc = c.as_practitioner
    patient = c.patient()
    c.patient("Aoife", "Abbott")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    plan = svc.followups.create_plan(PlanInput(patient.id, "Face course", 4, 14, 42, 48))
    session = svc.sessions.record(c.session_input(patient.id, when=when, plan_id=plan.id)).session
    svc.reactions.record(
        ReactionInput(
            patient.id,
            "bruising",
            when + timedelta(hours=3),
            session.id,
            "full_face",
            "moderate",
            assessments=[AssessmentInput(1, "bruising", "mild")],
        )
    )
    svc.followups.add(patient.id, "review", date.today())
    svc.patients.add_allergy(patient.id, "latex", "rash", "mild")
    text = c.services.clinic.add_consent_text("meso", "1", "Mesotherapy consent", "I agree.")
    svc.clinic.record_consent(
        ConsentInput(patient.id, text.id, c.practitioner.id, when, "bruising", "glow", png())
    )
    svc.photos.add(
        patient.id, png(), "before.png", "before", "full_face", date.today(), session_id=session.id
    )
    return patient, session
