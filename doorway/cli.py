"""The `doorway` command line: chat, serve, telegram, worker, db, users, seed, taxonomy, match,
report, export, person."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

from doorway import cli_export, cli_match, cli_org, cli_person, cli_report, cli_taxonomy
from doorway.bootstrap import App, run_with_app
from doorway.settings import ConfigError, Settings, load_settings

log = logging.getLogger("doorway")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `doorway` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except ConfigError as error:
        print(f"doorway: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doorway", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(metavar="COMMAND")

    db = sub.add_parser("db", help="database migrations")
    db_sub = db.add_subparsers(metavar="ACTION")
    up = db_sub.add_parser("upgrade", help="migrate the database to the newest schema")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=_db_upgrade)
    down = db_sub.add_parser("downgrade", help="migrate the database back to a revision")
    down.add_argument("revision")
    down.set_defaults(func=_db_downgrade)

    chat = sub.add_parser("chat", help="the console chat (interactive, --script or --jsonl)")
    chat.add_argument("--script", type=Path, help="read input lines from this file")
    chat.add_argument("--jsonl", action="store_true", help="JSON lines in and out")
    chat.add_argument("--files", type=Path, help="folder for attachments (default: a temp dir)")
    chat.add_argument("--user", help="the user for lines without a 'name>' prefix")
    chat.set_defaults(func=_chat)

    seed = sub.add_parser("seed", help="load the sample door-openers")
    seed.set_defaults(func=_seed)

    users = sub.add_parser("users", help="list registered people")
    users.add_argument("--json", action="store_true", help="one JSON array for scripts")
    users.set_defaults(func=_users)

    worker = sub.add_parser("worker", help="run due jobs and send their messages")
    worker.add_argument("--once", action="store_true", help="run what is due now and exit")
    worker.set_defaults(func=_worker)

    telegram = sub.add_parser("telegram", help="the Telegram bot with long polling")
    telegram.set_defaults(func=_telegram)

    serve = sub.add_parser("serve", help="the web process: Telegram webhook at /telegram/webhook")
    serve.add_argument("--port", type=int, help="default: $PORT or 8080")
    serve.add_argument("--host", default="0.0.0.0")
    serve.set_defaults(func=_serve)

    cli_taxonomy.register(sub)
    cli_match.register(sub)
    cli_org.register(sub)
    cli_report.register(sub)
    cli_export.register(sub)
    cli_person.register(sub)
    return parser


def _run(settings: Settings, work: Callable[[App], Coroutine[Any, Any, int]]) -> int:
    return run_with_app(settings, work)


def _db_upgrade(args: argparse.Namespace) -> int:
    from doorway.storage.migrate import upgrade_sync

    upgrade_sync(load_settings().database_url, args.revision)
    return 0


def _db_downgrade(args: argparse.Namespace) -> int:
    from alembic import command

    from doorway.storage.migrate import alembic_config

    command.downgrade(alembic_config(load_settings().database_url), args.revision)
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from doorway.storage.samples import load_samples

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            added = await load_samples(uow, app.clock.now())
            await uow.commit()
        print(f"sample door-openers added: {added}")
        return 0

    return _run(load_settings(), work)


def _chat(args: argparse.Namespace) -> int:
    from doorway.bot.console import ConsoleChat

    async def work(app: App) -> int:
        chat = ConsoleChat(app, jsonl=args.jsonl, files=args.files)
        if args.script:
            lines: Any = args.script.read_text(encoding="utf-8").splitlines()
        else:
            if sys.stdin.isatty() and not args.jsonl:
                print("Doorway console. Write  name> message  (e.g. alice> /start),")
                print("name> [2] presses button 2, !clock +3d moves time on. Ctrl-D quits.")
            lines = _stdin_lines()
        await chat.run(lines, default_user=args.user)
        return 0

    return _run(load_settings(), work)


def _stdin_lines() -> Iterator[str]:
    yield from sys.stdin


def _users(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            people = await uow.people.list_all()
        rows = [
            {
                "id": p.id,
                "channel": p.channel,
                "external_id": p.external_id,
                "name": p.first_name,
                "role": p.role,
                "locale": p.locale,
                "status": p.status,
                "occupation": p.occupation_uri,
                "isco": p.occupation_isco,
                "occupation_label": (
                    app.engine.suggester.label(p.occupation_uri, p.locale)
                    if p.occupation_uri
                    else None
                )
                or p.occupation_label,
            }
            for p in people
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                print(
                    f"{row['id']:>5}  {row['channel']}:{row['external_id']:<20} "
                    f"{row['role'] or '-':<12} {row['status']:<10} {row['locale']}  "
                    f"{row['name'] or '-'}  {row['occupation_label'] or ''}"
                )
        return 0

    return _run(load_settings(), work)


def _worker(args: argparse.Namespace) -> int:
    from doorway.bot.worker import run_worker

    settings = load_settings()
    return _run(settings, lambda app: run_worker(app, once=args.once))


def _telegram(_args: argparse.Namespace) -> int:
    from doorway.bot.telegram import run_polling

    settings = load_settings()
    settings.require_telegram()
    return _run(settings, run_polling)


def _serve(args: argparse.Namespace) -> int:
    from doorway.bot.web import run_server

    settings = load_settings()
    port = args.port or settings.port
    return _run(settings, lambda app: run_server(app, host=args.host, port=port))


if __name__ == "__main__":
    raise SystemExit(main())
