"""`doorway org`: register employers and partner organisations and list them with their links."""

from __future__ import annotations

import argparse
import json

from doorway.bootstrap import App, run_with_app
from doorway.dialogs.organisations import KINDS, add_organisation
from doorway.dialogs.steps import Invalid
from doorway.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `org add` and `org list` to the `doorway` command's subparsers."""
    org = subparsers.add_parser("org", help="employers and partner organisations")
    org.set_defaults(func=lambda _args: org.print_help() or 2)
    actions = org.add_subparsers(metavar="ACTION")
    add = actions.add_parser("add", help="register an organisation; prints its code and link")
    add.add_argument("name")
    add.add_argument("--kind", choices=KINDS, default="employer")
    add.set_defaults(func=_add)
    listing = actions.add_parser("list", help="the organisations, their codes and members")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)


def _add(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            try:
                organisation = await add_organisation(
                    uow, args.name, args.kind, "cli", app.clock.now()
                )
            except Invalid as invalid:
                message = app.translator(app.settings.default_locale, invalid.key, **invalid.params)
                print(f"doorway org add: {message}")
                return 2
            await uow.commit()
        link = app.engine.relay.links.link("telegram", organisation.code)
        print(f"{organisation.code}\t{organisation.name}\t{link}")
        return 0

    return run_with_app(load_settings(), work)


def _list(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            organisations = await uow.organisations.list_all()
            members = await uow.organisations.member_counts()
        rows = [
            {
                "code": o.code,
                "name": o.name,
                "kind": o.kind,
                "members": members.get(o.id or 0, 0),
                "link": app.engine.relay.links.link("telegram", o.code),
            }
            for o in organisations
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        for row in rows:
            print("\t".join(str(row[k]) for k in ("code", "name", "kind", "members", "link")))
        return 0

    return run_with_app(load_settings(), work)
