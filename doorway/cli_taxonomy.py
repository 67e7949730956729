"""`doorway taxonomy build|alias|aliases` and `doorway normalise` on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Coroutine, Iterable, Iterator
from pathlib import Path
from typing import Any

from doorway.bootstrap import App, run_with_app
from doorway.dialogs.aliases import (
    MAX_ALIAS_TEXT,
    AliasProblem,
    AliasRefused,
    check_alias,
    save_alias,
)
from doorway.matching.normaliser import Normaliser
from doorway.matching.occupations import Suggestions
from doorway.matching.taxonomy_build import DEFAULT_SHARED_DIR, INDEX_PATH, build_index
from doorway.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `taxonomy build` and `normalise` to the `doorway` command's subparsers."""
    taxonomy = subparsers.add_parser("taxonomy", help="the occupation index (ESCO + ISCO-08)")
    taxonomy.set_defaults(func=lambda _args: _print_help(taxonomy))
    actions = taxonomy.add_subparsers(metavar="ACTION")
    build = actions.add_parser("build", help="build the packaged index from the taxonomy CSVs")
    build.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED_DIR, help="folder with occupations_*.csv"
    )
    build.add_argument("--out", type=Path, default=INDEX_PATH, help="the index file to write")
    build.set_defaults(func=_build)
    alias = actions.add_parser(
        "alias", help='map a raw text to an occupation: alias "backend dev" <ESCO URI>'
    )
    alias.add_argument("text", help="the text as people write it")
    alias.add_argument("occupation", help="the ESCO occupation URI it means")
    alias.add_argument("--by", default="cli", help="who made the mapping (for the record)")
    alias.set_defaults(func=_alias)
    aliases = actions.add_parser("aliases", help="list the coordinators' aliases")
    aliases.set_defaults(func=_aliases)

    normalise = subparsers.add_parser(
        "normalise", help="free text → ESCO occupations (TEXTs, or lines from stdin)"
    )
    normalise.add_argument("--locale", default="sv", help="language of the labels shown")
    normalise.add_argument("--json", action="store_true", help="one JSON object per input line")
    normalise.add_argument("--index", type=Path, help="an index file (default: the packaged one)")
    normalise.add_argument("texts", nargs="*", metavar="TEXT")
    normalise.set_defaults(func=_normalise)


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _build(args: argparse.Namespace) -> int:
    if not (args.shared / "occupations_en.csv").exists():
        print(f"doorway: no occupations_en.csv in {args.shared}", file=sys.stderr)
        return 2
    stats = build_index(args.shared, args.out)
    print(f"wrote {args.out} ({stats.out_bytes / 1e6:.2f} MB, sha256 {stats.sha256[:12]})")
    print(f"occupations: {stats.occupations}, search keys: {stats.search_keys}")
    print("labels: " + ", ".join(f"{loc} {count}" for loc, count in stats.labels.items()))
    print(f"ISCO-08 groups: {stats.isco_groups}; titles: " + ", ".join(stats.group_titles))
    if stats.missing_files:
        print("not found (skipped): " + ", ".join(stats.missing_files))
    if stats.skipped_rows or stats.isco_mismatches:
        print(
            f"project rows skipped: {stats.skipped_rows}, "
            f"ISCO codes differing from ESCO (ESCO kept): {stats.isco_mismatches}"
        )
    return 0


def _inputs(texts: list[str]) -> Iterator[str]:
    lines: Iterable[str] = texts if texts else sys.stdin
    for line in lines:
        if line.strip():
            yield line.strip()


def _normalise(args: argparse.Namespace) -> int:
    try:
        normaliser = Normaliser.load(args.index)
    except FileNotFoundError as error:
        print(f"doorway: {error}", file=sys.stderr)
        return 2
    stored = _stored_aliases()
    if stored:
        normaliser = normaliser.with_aliases(stored)
    for text in _inputs(args.texts):
        result = normaliser.normalise(text, args.locale, limit=3)
        print(_as_json(text, result) if args.json else _as_text(text, result), flush=True)
    return 0


def _as_json(text: str, result: Suggestions) -> str:
    candidates = [
        {"occupation": c.uri, "isco": c.isco, "label": c.label, "score": c.score}
        for c in result.candidates
    ]
    document = {"input": text, "candidates": candidates, "confident": result.confident}
    return json.dumps(document, ensure_ascii=False)


def _as_text(text: str, result: Suggestions) -> str:
    lines = [text if result.confident else f"{text}  (not confident: ask to rephrase)"]
    for rank, c in enumerate(result.candidates, start=1):
        lines.append(f"  {rank}. {c.score:.2f}  {c.isco}  {c.label}  {c.uri}")
    return "\n".join(lines)


def _alias(args: argparse.Namespace) -> int:
    normaliser = Normaliser.load()
    try:
        alias = check_alias(normaliser, args.text, args.occupation)
    except AliasRefused as refused:
        print(f"doorway: {_ALIAS_PROBLEMS[refused.problem](args)}", file=sys.stderr)
        return 2

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            new = await save_alias(uow, alias, args.by, app.clock.now())
            await uow.commit()
        verb = "added" if new else "replaced"
        print(f'{verb}: "{alias.raw_text}" -> {normaliser.label(alias.uri, "en")} ({alias.uri})')
        return 0

    return _with_app(work)


_ALIAS_PROBLEMS: dict[AliasProblem, Callable[[argparse.Namespace], str]] = {
    AliasProblem.UNKNOWN_OCCUPATION: lambda args: (
        f"unknown occupation {args.occupation.strip()!r} (give an ESCO occupation URI)"
    ),
    AliasProblem.EMPTY_TEXT: lambda args: f"nothing is left of {args.text!r} to map",
    AliasProblem.TOO_LONG: lambda args: f"the text is longer than {MAX_ALIAS_TEXT} characters",
}


def _aliases(_args: argparse.Namespace) -> int:
    normaliser = Normaliser.load()

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            rows = await uow.aliases.list_all()
        for raw, uri in rows:
            print(f"{raw}\t{normaliser.isco(uri) or '?'}\t{normaliser.label(uri, 'en')}\t{uri}")
        return 0

    return _with_app(work)


def _with_app(work: Callable[[App], Coroutine[Any, Any, int]]) -> int:
    return run_with_app(load_settings(), work)


def _stored_aliases() -> dict[str, str]:
    """The coordinators' aliases from the configured database; none if it has no such table."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            found.update(await uow.aliases.list_all())
        return 0

    found: dict[str, str] = {}
    url = make_url(load_settings().database_url)
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").exists():
        return {}  # no database yet: don't create one just to look
    try:
        _with_app(work)
    except (SQLAlchemyError, OSError):
        return {}
    return found
