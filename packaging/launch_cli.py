"""Entry point of the frozen console command line (`mesodesk-cli`, `mesodesk-cli.exe`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from mesodesk.cli import main

    sys.exit(main())
