"""Start-up shows the sign-in window before the ORM is mapped (issue 16: start within 0.8 s)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from mesodesk.gui.application import database_label, make_application, open_clinic_database
app, _t = make_application()
engine = open_clinic_database(sys.argv[1])
from mesodesk.db.overview import clinic_overview
from mesodesk.gui.dialogs.sign_in import SignInDialog
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext
overview = clinic_overview(engine)
dialog = SignInDialog(Services(ServiceContext(engine)), overview.clinic_name, database_label(engine))
dialog.show()
app.processEvents()
print(overview.has_users, overview.clinic_name, "sqlalchemy.orm" in sys.modules, "mesodesk.db.models" in sys.modules)
"""


def test_the_sign_in_window_needs_no_orm(sqlite_clinic, sqlite_url):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, sqlite_url], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    has_users, *name, orm, models = out.stdout.split()
    assert has_users == "True"
    assert (orm, models) == ("False", "False")
