"""First start on an empty database: a demo clinic to explore, or an empty clinic and its administrator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import Role
from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme
from mesodesk.gui.fit import grow_to_fit_wrapped_text
from mesodesk.gui.operations import Task, run_task, show_error, submit
from mesodesk.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mesodesk.services import Services
    from mesodesk.services.users import UserInfo

DEMO_PATIENTS = 2000

#: The shortest passphrase accepted for a new encrypted clinic.
MIN_PASSPHRASE = 10


class NewClinicSecurityDialog(QDialog):
    """Before a new SQLite clinic file is created: encrypt it with a passphrase, or not.

    ``NewClinicSecurityDialog(location)``; once accepted, ``passphrase`` is the chosen passphrase, or
    None when the records are not to be encrypted. The passphrase is never logged or shown.
    """

    def __init__(self, location: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("New clinic"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when an error appears
        title = QLabel(self.tr("Protect this clinic's records"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = (
            (self.tr("MesoDesk is about to create a new clinic database:") + "\n" + location)
            if location
            else self.tr("MesoDesk is about to create a new clinic database.")
        )
        layout.addWidget(
            FirstStartDialog._note(
                intro
                + "\n\n"
                + self.tr(
                    "Encryption makes the file, and its backups, unreadable without the "
                    "passphrase, for example if the computer is lost or stolen. The choice is "
                    "made now, when the clinic is created."
                )
            )
        )
        self.encrypt = QCheckBox(self.tr("&Encrypt this clinic's records (recommended on a laptop)"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        layout.addWidget(self.encrypt)

        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(24, 0, 0, 0)
        form = QFormLayout()
        fields_layout.addLayout(form)
        self.errors = FieldErrors()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2_edit = QLineEdit()
        self.passphrase2_edit.setObjectName("passphrase2")
        self.passphrase2_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&Passphrase"), self.passphrase_edit, "passphrase")
        self.errors.add_row(form, self.tr("Passphrase &again"), self.passphrase2_edit, "passphrase2")
        self.warning = QLabel(
            "<b>"
            + self.tr("Keep the passphrase safe.")
            + "</b> "
            + self.tr(
                "If it is lost, the records cannot be recovered: nobody can open the file or its backups "
                "without it. Write it down and keep it somewhere safe, away from the computer. MesoDesk "
                "asks for it at every start. Use at least %1 characters, for example a few unrelated "
                "words."
            ).replace("%1", str(MIN_PASSPHRASE))
        )
        self.warning.setObjectName("warning")
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setWordWrap(True)
        theme.styled(self.warning, "color: $warning_strong;")
        box = QFrame()
        box.setObjectName("warning_box")
        theme.styled(
            box,
            "#warning_box { background: $warning_bg; border: 1px solid $warning_border; border-radius: 4px; }",
        )
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.addWidget(self.warning)
        fields_layout.addWidget(box)
        layout.addWidget(self.fields)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create the clinic"))
        self.ok_button.setObjectName("create")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self.passphrase_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        grow_to_fit_wrapped_text(self)

    def _encrypt_toggled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.errors.clear()
        if on:
            self.passphrase_edit.setFocus()

    def confirm(self) -> bool:
        """Check the choice; accept the dialog when it is complete (errors appear beside the fields)."""
        self.errors.clear()
        if not self.encrypt.isChecked():
            self.passphrase = None
            self.accept()
            return True
        first, second = self.passphrase_edit.text(), self.passphrase2_edit.text()
        try:
            if len(first) < MIN_PASSPHRASE:
                raise ValidationError(
                    "passphrase", self.tr("use at least %1 characters").replace("%1", str(MIN_PASSPHRASE))
                )
            if first != second:
                raise ValidationError("passphrase2", self.tr("the two passphrases differ"))
        except ValidationError as exc:
            self.errors.show(exc)
            grow_to_fit_wrapped_text(self)
            return False
        self.passphrase = first
        self.accept()
        return True


class FirstStartDialog(QDialog):
    """``FirstStartDialog(engine, services)``; ``choice`` is "demo" or "empty" once accepted.

    ``services`` acts as the system (no user yet). The demo clinic is built in a worker thread.
    """

    sig_created = Signal(str)

    def __init__(
        self,
        engine: Engine,
        services: Services,
        parent: QWidget | None = None,
        demo_patients: int = DEMO_PATIENTS,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.services = services
        self.demo_patients = demo_patients
        self.choice: str | None = None
        self.admin_username = ""
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Welcome to MesoDesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        # page 0: the choice
        choose = QWidget()
        c = QVBoxLayout(choose)
        c.setSpacing(12)
        title = QLabel(self.tr("This database is new. How would you like to start?"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        c.addWidget(title)
        self.demo_button = QPushButton(self.tr("Demo clinic"))
        self.demo_button.setObjectName("demo")
        self.demo_button.setMinimumHeight(40)
        c.addWidget(self.demo_button)
        c.addWidget(
            self._note(
                self.tr(
                    "%1 invented patients with sessions, reactions and follow-ups, to explore "
                    "MesoDesk. Not for real patients."
                ).replace("%1", f"{demo_patients:,}")
            )
        )
        self.empty_button = QPushButton(self.tr("Empty clinic"))
        self.empty_button.setObjectName("empty")
        self.empty_button.setMinimumHeight(40)
        c.addWidget(self.empty_button)
        c.addWidget(self._note(self.tr("Start your own clinic: its name and the administrator's account.")))
        c.addStretch(1)
        self.pages.addWidget(choose)

        # page 1: the empty clinic's details
        form_page = QWidget()
        f = QVBoxLayout(form_page)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.clinic_name = QLineEdit()
        self.clinic_name.setObjectName("clinic_name")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Clinic &name"), self.clinic_name, "name")
        self.errors.add_row(form, self.tr("Administrator's &user name"), self.username, "username")
        self.errors.add_row(form, self.tr("Administrator's &full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("&Password"), self.password, "password")
        self.errors.add_row(form, self.tr("Password &again"), self.password2, "password2")
        f.addWidget(
            self._note(
                self.tr(
                    "The administrator manages users, settings and backups, and can record "
                    "treatments. Choose a password of at least 8 characters."
                )
            )
        )
        f.addLayout(form)
        f.addWidget(self.errors.general)
        f.addStretch(1)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("&Create clinic"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create")
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_empty)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        f.addWidget(buttons)
        self.pages.addWidget(form_page)

        # page 2: done
        done = QWidget()
        d = QVBoxLayout(done)
        self.done_text = QLabel()
        self.done_text.setObjectName("done_text")
        self.done_text.setWordWrap(True)
        self.done_text.setTextFormat(Qt.TextFormat.RichText)
        d.addWidget(self.done_text)
        d.addStretch(1)
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue to sign in"))
        ok.accepted.connect(self.accept)
        d.addWidget(ok)
        self.pages.addWidget(done)

        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        self.cancel_box = cancel
        layout.addWidget(cancel)
        self.pages.currentChanged.connect(lambda index: self.cancel_box.setVisible(index == 0))
        self.demo_button.clicked.connect(self.create_demo)
        self.empty_button.clicked.connect(self._show_empty_form)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        theme.styled(label, "color: $muted;")
        return label

    # -- demo ----------------------------------------------------------------
    def create_demo(self) -> None:
        from mesodesk.services.demo import build_demo

        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        engine, count = self.engine, self.demo_patients
        self.task = run_task(
            self,
            self.tr("Creating the demo clinic…"),
            lambda progress: build_demo(engine, patients=count, progress=progress),
            on_done=self._demo_done,
            on_error=self._demo_failed,
        )

    def _demo_done(self, _summary: object) -> None:
        self.choice = "demo"
        self.admin_username = "admin"
        self.done_text.setText(
            "<p><b>"
            + self.tr("The demo clinic is ready.")
            + "</b></p><p>"
            + self.tr(
                "Sign in as <b>admin</b> with the password <b>mesodesk</b>. Other demo accounts: "
                "dr.martin, dr.rossi, dr.nowak (practitioners) and claire (assistant), same password."
            )
            + "</p>"
        )
        self.pages.setCurrentIndex(2)
        self.sig_created.emit("demo")

    def _demo_failed(self, exc: BaseException) -> None:
        self.demo_button.setEnabled(True)
        self.empty_button.setEnabled(True)
        show_error(self, exc)

    # -- empty clinic --------------------------------------------------------
    def _show_empty_form(self) -> None:
        self.pages.setCurrentIndex(1)
        self.clinic_name.setFocus()

    def create_empty(self) -> bool:
        from mesodesk.services.clinic import ClinicInput

        def create() -> UserInfo:
            if not self.clinic_name.text().strip():
                raise ValidationError("name", self.tr("is required"))
            if self.password.text() != self.password2.text():
                raise ValidationError("password2", self.tr("the two passwords differ"))
            user = self.services.users.create(
                self.username.text(), self.full_name.text(), Role.ADMIN.value, self.password.text()
            )
            current = self.services.clinic.settings()
            admin = self.services.as_user(user.actor)
            admin.clinic.save_settings(
                ClinicInput(
                    name=self.clinic_name.text(),
                    address=current.address,
                    phone=current.phone,
                    email=current.email,
                    paper_size=current.paper_size,
                    logo_png=current.logo_png,
                    file_no_prefix=current.file_no_prefix,
                    expiry_warning_days=current.expiry_warning_days,
                    idle_lock_minutes=current.idle_lock_minutes,
                    consent_gate=current.consent_gate,
                    history_gate=current.history_gate,
                    history_review_months=current.history_review_months,
                    risk_gate=current.risk_gate,
                    colleague_amend=current.colleague_amend,
                    keep_photo_location=current.keep_photo_location,
                )
            )
            return user

        done = submit(self, create, errors=self.errors)
        user = done.value
        if not done or user is None:
            return False
        self.choice = "empty"
        self.admin_username = user.username
        self.done_text.setText(
            "<p><b>"
            + self.tr("Your clinic is ready.")
            + "</b></p><p>"
            + self.tr("Sign in as <b>%1</b> with the password you chose.").replace("%1", user.username)
            + "</p>"
        )
        self.pages.setCurrentIndex(2)
        self.sig_created.emit("empty")
        return True
