"""`mesodesk erase FILE_NO --yes`: erase a patient completely (audited; cannot be undone)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "erase",
        help="erase a patient completely (the right to erasure)",
        description="Delete the patient with this file number and everything about them "
        "(sessions, photos, consents, search index, audit details), then rewrite the database file so no "
        "trace is left in it. Refused while MesoDesk has the clinic file open elsewhere. Backups made "
        "before keep the patient until they are rotated away: they are listed.",
    )
    p.add_argument("file_no", metavar="FILE_NO", nargs="?", help="the patient's file number")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.add_argument(
        "--compact",
        action="store_true",
        help="only finish an erasure that other programs kept from completing (rewrite the file)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.commands import services
    from mesodesk.services.erasure import ErasureService, compact_database

    if args.compact:
        svc = services(args)
        try:
            compact_database(svc.ctx.engine)
        finally:
            svc.ctx.engine.dispose()
        print("database rewritten: no trace of erased patients is left in it")
        return 0
    if not args.yes or not args.file_no:
        print(
            "mesodesk erase: nothing done; give the FILE_NO and add --yes to confirm (this cannot be undone)",
            file=sys.stderr,
        )
        return 2
    svc = services(args)
    try:
        patient = svc.patients.by_file_no(args.file_no)
        result = ErasureService(svc.ctx).erase_patient(patient.id, args.file_no)
        print(f"patient {result.patient_id} erased ({result.redacted_entries} audit entries redacted)")
        if result.leftover_copies:
            print(
                f"{len(result.leftover_copies)} copies kept by MesoDesk may still hold this patient "
                "(they are deleted as backups rotate; delete them now if the erasure must reach them):"
            )
            for path in result.leftover_copies:
                print(f"  {path}")
        return 0
    finally:
        svc.ctx.engine.dispose()
