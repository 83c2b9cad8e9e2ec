"""`mesodesk erase FILE_NO --yes`: erase a patient completely (audited; cannot be undone)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "erase",
        help="erase a patient completely (the right to erasure)",
        description="Delete the patient with this file number and everything about them "
        "(sessions, photos, consents, search index, audit details). Backups made "
        "before keep the patient until they are rotated away.",
    )
    p.add_argument("file_no", metavar="FILE_NO", help="the patient's file number")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.commands import services
    from mesodesk.services.erasure import ErasureService

    if not args.yes:
        print("mesodesk erase: nothing done; add --yes to confirm (this cannot be undone)", file=sys.stderr)
        return 2
    svc = services(args)
    try:
        patient = svc.patients.by_file_no(args.file_no)
        result = ErasureService(svc.ctx).erase_patient(patient.id, args.file_no)
        print(f"patient {result.patient_id} erased ({result.redacted_entries} audit entries redacted)")
        return 0
    finally:
        svc.ctx.engine.dispose()
