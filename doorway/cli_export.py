"""`doorway export --out DIR`: people, matches, meetings and survey answers as CSV files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from doorway.bootstrap import App, run_with_app
from doorway.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `export` to the `doorway` command's subparsers."""
    export = subparsers.add_parser(
        "export", help="write people, matches, meetings and survey answers as CSV files"
    )
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder")
    export.add_argument("--by", default="cli", help="who takes the export (for the audit log)")
    export.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    from doorway.dialogs.export import export_files

    out: Path = args.out
    if out.exists() and not out.is_dir():
        print(f"doorway: {out} is not a folder", file=sys.stderr)
        return 2

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            files = await export_files(uow, args.by, app.clock.now())
            out.mkdir(parents=True, exist_ok=True)
            for file in files:
                (out / file.name).write_bytes(file.data)
            await uow.commit()  # audited only once the files are written
        for file in files:
            print(f"wrote {out / file.name} ({file.rows} rows)")
        return 0

    return run_with_app(load_settings(), work)
