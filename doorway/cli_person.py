"""`doorway person export|delete <who>`: one person's data (GDPR Art. 15/20) or its erasure.

`<who>` is a person's number (`12`, `#12`) or address (`telegram:12345`). Both are written to the
audit log in the same transaction: who took whose data, or who erased whom.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from doorway.bootstrap import App, run_with_app
from doorway.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `person` to the `doorway` command's subparsers."""
    person = subparsers.add_parser("person", help="one person's data: export or delete it")
    actions = person.add_subparsers(metavar="ACTION")
    export = actions.add_parser("export", help="everything held about a person, as JSON")
    export.add_argument("who", help="a person's number or channel:id")
    export.add_argument("--out", type=Path, metavar="FILE", help="write here (default: stdout)")
    export.add_argument("--by", default="cli", help="who takes the export (for the audit log)")
    export.set_defaults(func=_export)
    delete = actions.add_parser("delete", help="erase a person (as their own /delete does)")
    delete.add_argument("who", help="a person's number or channel:id")
    delete.add_argument("--yes", action="store_true", help="really erase; nothing without it")
    delete.add_argument("--by", default="cli", help="who erases (for the audit log)")
    delete.set_defaults(func=_delete)


def _export(args: argparse.Namespace) -> int:
    from doorway.dialogs.addressing import find_person
    from doorway.dialogs.privacy import export_bytes, personal_data

    async def work(app: App) -> int:
        now = app.clock.now()
        async with app.unit_of_work() as uow:
            person = await find_person(uow, args.who)
            if person is None:
                print(f"doorway: no person {args.who!r}", file=sys.stderr)
                return 1
            data = export_bytes(await personal_data(uow, person, now))
            await uow.audit.record(args.by, "person_export", f"#{person.id}", now)
            if args.out is not None:
                args.out.write_bytes(data)
            else:
                sys.stdout.write(data.decode() + "\n")
            await uow.commit()  # audited only once the data is out
        if args.out is not None:
            print(f"wrote {args.out}", file=sys.stderr)
        return 0

    return run_with_app(load_settings(), work)


def _delete(args: argparse.Namespace) -> int:
    from doorway.dialogs.addressing import find_person
    from doorway.dialogs.privacy import erase

    if not args.yes:
        print("doorway: erasing cannot be undone; add --yes to do it", file=sys.stderr)
        return 2

    async def work(app: App) -> int:
        now = app.clock.now()
        async with app.unit_of_work() as uow:
            person = await find_person(uow, args.who)
            if person is None:
                print(f"doorway: no person {args.who!r}", file=sys.stderr)
                return 1
            number = person.id
            others, rematch = await erase(uow, person, now, actor=args.by)
            await uow.people.remove(person)
            for waiting in rematch:
                others += await app.engine.proposals.match_after_change(uow, waiting, now)
            await app.engine.emit_to(uow, others, now)
            await uow.commit()
        print(f"erased person #{number}")
        return 0

    return run_with_app(load_settings(), work)
