"""Entry point of the frozen windowed application (`mesodesk`, `mesodesk.exe`, MesoDesk.app)."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # A windowed Windows executable has no console: give print() and logging somewhere to write.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from mesodesk.cli import main

    sys.exit(main())
