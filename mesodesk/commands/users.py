"""`mesodesk users list|add|passwd|disable|enable`: accounts, for an administrator at the console."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="list, add, disable user accounts or set a password")
    cmds = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    cmds.add_parser("list", help="list the accounts")
    add = cmds.add_parser("add", help="add an account (the password is asked for)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", choices=("admin", "practitioner", "assistant"), default="practitioner")
    pw = cmds.add_parser("passwd", help="set an account's password (asked for)")
    pw.add_argument("username")
    dis = cmds.add_parser("disable", help="disable an account (it can no longer sign in)")
    dis.add_argument("username")
    en = cmds.add_parser("enable", help="enable an account again")
    en.add_argument("username")
    p.set_defaults(func=run)


def _password(prompt: str) -> str:
    """From $MESODESK_NEW_PASSWORD (scripts, tests) or asked twice without echo."""
    import getpass
    import os

    from mesodesk.domain.errors import ValidationError

    given = os.environ.get("MESODESK_NEW_PASSWORD")
    if given:
        return given
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise ValidationError("password", "the two entries differ")
    return first


def run(args: argparse.Namespace) -> int:
    from mesodesk.commands import services

    svc = services(args)
    users = svc.users
    try:
        if args.users_command == "list":
            for u in users.all_users():
                print(
                    f"{u.username:<20} {u.role:<13} {'active' if u.is_active else 'disabled':<9} {u.full_name}"
                )
        elif args.users_command == "add":
            info = users.create(
                args.username, args.name, args.role, _password(f"Password for {args.username}: ")
            )
            print(f"added {info.username} ({info.role})")
        elif args.users_command == "passwd":
            info = users.by_username(args.username)
            users.set_password(info.id, _password(f"New password for {info.username}: "))
            print(f"password set for {info.username}")
        else:
            info = users.by_username(args.username)
            users.set_active(info.id, args.users_command == "enable")
            print(f"{info.username} {args.users_command}d")
        return 0
    finally:
        svc.ctx.engine.dispose()
