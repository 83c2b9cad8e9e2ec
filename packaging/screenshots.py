"""The main screens of MesoDesk in each language, made from the demo clinic, for docs/screenshots/.

    python packaging/screenshots.py [--out docs/screenshots] [--lang fr,de] [--patients 300]

Builds the demo clinic, in each language, in a temporary folder (its own data and config folders, so nothing of the user's
is touched), then opens the real windows offscreen, one process per language (translators and the
default locale are per process), signed in as the demo practitioner, and saves each screen as PNG:
the Today home screen, a patient's chart (light and dark), the session editor, the Outcomes tab, the clinic reports
dialog, the catalogue and the sign-in window. Look at them after any change to the look.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "fr", "it", "es", "de")
SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parent.parent


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    screen = home / "screen.json"  # the offscreen platform's own screen is 800 x 800: a laptop's instead
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "shots",
                        "x": 0,
                        "y": 0,
                        "width": SIZE[0],
                        "height": SIZE[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        MESODESK_LANG="",
    )
    return env


def build(db: Path, patients: int, lang: str) -> None:
    """The demo clinic, written in ``lang`` (its catalogue, notes and consents)."""
    from mesodesk.i18n import use_language
    from mesodesk.services.demo import build_demo
    from mesodesk.storage.database import open_database

    engine = open_database(f"sqlite:///{db}")
    with use_language(lang):
        build_demo(engine, patients=patients, seed=7)
    engine.dispose()


def _best_patient(engine) -> int:  # type: ignore[no-untyped-def]
    """The demo patient whose chart shows the most: outcome scores, photos, many sessions."""
    from sqlalchemy import text

    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT p.id FROM patients p"
                    " JOIN outcome_assessments a ON a.patient_id = p.id"
                    " JOIN photos ph ON ph.patient_id = p.id"
                    " WHERE p.archived = 0"
                    " GROUP BY p.id ORDER BY count(DISTINCT a.id) DESC, count(DISTINCT ph.id) DESC LIMIT 1"
                )
            ).scalar_one()
        )


def shoot(db: Path, lang: str, out: Path) -> None:
    """Run in a process of its own: the screens in one language."""
    from PySide6.QtWidgets import QWidget

    from mesodesk.gui.application import make_application  # the look and language the application has

    app, translators = make_application([sys.argv[0]], language=lang)
    from mesodesk.gui.dialogs.sign_in import SignInDialog
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.gui.settings import GuiSettings
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.storage.database import open_database

    engine = open_database(f"sqlite:///{db}")
    system = Services(ServiceContext(engine))
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    sign_in = SignInDialog(system, system.clinic.settings().name, db.name)
    sign_in.show()
    save(sign_in, "sign-in")
    sign_in.close()

    user = system.users.authenticate("dr.martin", "mesodesk")
    settings = GuiSettings(Path(tempfile.mkdtemp()) / "gui.ini")
    window = MainWindow(system.as_user(user.actor), db.name, user, settings=settings)
    window.resize(*SIZE)
    window.show()
    save(window, "today")

    patient_id = _best_patient(engine)
    window.open_patient(patient_id)
    save(window, "chart")
    chart = window.chart
    chart.tabs.setCurrentIndex(chart.TAB_OUTCOMES)
    save(window, "outcomes")
    chart.tabs.setCurrentIndex(chart.TAB_SESSIONS)
    save(window, "sessions")
    from mesodesk.gui import theme

    theme.apply(theme.DARK, app)  # the same chart as the system's dark mode shows it
    chart.tabs.setCurrentIndex(chart.TAB_OVERVIEW)
    save(window, "chart-dark")
    theme.apply(theme.LIGHT, app)

    sessions = window.services.sessions.for_patient(patient_id)
    if sessions:
        editor = window.open_session(sessions[0].id)
        if editor is not None:
            editor.resize(1100, 760)
            save(editor, "session-editor")
            editor.close()
    reports = window.open_external("clinic_reports")
    if reports is not None:
        save(reports, "clinic-reports")
        reports.close()
    catalogue = window.open_external("catalogue")
    if catalogue is not None:
        catalogue.resize(1000, 640)
        save(catalogue, "catalogue")
        catalogue.close()
    window.close()
    del translators
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default=",".join(LANGUAGES))
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--shoot", nargs=2, metavar=("DB", "LANG"), help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, metavar=("DB", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build(Path(args.build[0]), args.patients, args.build[1])
        return 0
    if args.shoot:
        db, lang = args.shoot
        shoot(Path(db), lang, args.out / lang)
        return 0
    with tempfile.TemporaryDirectory(prefix="mesodesk-shots-") as tmp:
        home = Path(tmp)
        env = _environment(home)
        here = [sys.executable, str(Path(__file__).resolve())]
        for lang in args.lang.split(","):
            db = home / f"demo-clinic-{lang}.sqlite3"
            subprocess.run(
                [*here, "--build", str(db), lang, "--patients", str(args.patients)], env=env, check=True
            )
            subprocess.run([*here, "--out", str(args.out), "--shoot", str(db), lang], env=env, check=True)
            print(f"{lang}: {args.out / lang}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
