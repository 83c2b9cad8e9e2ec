"""`mesodesk`: starts the GUI; subcommands for what an administrator scripts."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from mesodesk import __version__
from mesodesk.domain.errors import KnownError

log = logging.getLogger("mesodesk.cli")

#: Subcommand modules under mesodesk.commands; each has register(subparsers).
COMMANDS = (
    "demo",
    "check",
    "migrate",
    "users",
    "backup",
    "restore",
    "report",
    "export",
    "import_",
    "erase",
    "outcomes",
)

EXIT_KNOWN_ERROR = 2
EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mesodesk",
        description="MesoDesk: patient records for mesotherapy clinics. With no command, starts the application.",
    )
    parser.add_argument("--version", action="version", version=f"MesoDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a file path or SQLAlchemy URL "
        "(default: $MESODESK_DB, else mesodesk.sqlite3 in your data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail in the log")
    # smoke tests of an installed build: start the GUI, quit after SECONDS (hidden from --help)
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"mesodesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"mesodesk.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from mesodesk.app import configure_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        log_path = configure_logging(args.verbose)
    except OSError:
        log_path = None
    try:
        if args.command is None:
            from mesodesk.gui.application import run_gui

            return run_gui(args)
        from mesodesk.i18n import resolve_language, set_language

        set_language(resolve_language())  # MESODESK_LANG, else the system locale
        return int(args.func(args) or 0)
    except KnownError as exc:
        print(f"mesodesk: {exc}", file=sys.stderr)
        return EXIT_KNOWN_ERROR
    except KeyboardInterrupt:
        print("mesodesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:  # a bug: log the traceback, say so in one line
        log.exception("unexpected error in %s", args.command or "gui")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"mesodesk: something went wrong{where}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
