"""One fresh process for the benchmark: start the application on a database and report timings.

Run by mesodesk.bench (``python -m mesodesk.bench_probe URL PATIENT_ID``); prints one JSON line.
Start-up is counted from the moment the parent spawned this process (MESODESK_BENCH_T0) to the first
interactive window, the sign-in window, shown and painted as run_gui shows it; then the main window is
measured from sign-in (the password check, deliberately slow, left out), then a chart.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> int:
    t0 = float(os.environ.get("MESODESK_BENCH_T0", time.time()))
    url, patient_id = sys.argv[1], int(sys.argv[2])
    from mesodesk.gui.application import database_label, make_application, open_clinic_database

    app, _translators = make_application()
    engine = open_clinic_database(url)
    if engine is None:
        return 2
    from mesodesk.db.overview import clinic_overview
    from mesodesk.gui.dialogs.sign_in import SignInDialog
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext

    system = Services(ServiceContext(engine))
    overview = clinic_overview(engine)
    dialog = SignInDialog(system, overview.clinic_name, database_label(engine))
    dialog.show()
    app.processEvents()
    sign_in_ready = time.time()  # the first interactive window, as run_gui shows it
    dialog.hide()
    signed = time.time()
    user = system.users.authenticate("admin", os.environ.get("MESODESK_BENCH_PASSWORD", "mesodesk"))
    password_s = time.time() - signed
    from mesodesk.gui.main_window import MainWindow

    window = MainWindow(system.as_user(user.actor), database_label(engine), user)
    window.show()
    app.processEvents()
    main_ready = time.time()
    chart_ms = 0.0
    if patient_id:
        start = time.perf_counter()
        window.open_patient(patient_id)
        app.processEvents()
        chart_ms = (time.perf_counter() - start) * 1000
    rss_mb = 0.0
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                rss_mb = int(line.split()[1]) / 1024
    print(
        json.dumps(
            {
                "startup_s": sign_in_ready - t0,
                "main_window_s": main_ready - sign_in_ready - password_s,
                "chart_ms": chart_ms,
                "rss_mb": rss_mb,
            }
        )
    )
    window.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
