"""`doorway match solve`: the batch matcher over a pool given as JSON (no database).

Input: `{"newcomers": [...], "door_openers": [...], "excluded_pairs": [["n1", "d3"]],
"weights": {...}}`; output: `{"assignments": [...], "total_score": ..., "unmatched": [...]}`,
plus `"scores"` (every eligible pair at the door-opener's free capacity) with `--scores`.
An assignment's score is its slot's: a door-opener's second pair is scored at one slot fewer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from doorway.matching.scoring import DoorOpenerProfile, MatchWeights, NewcomerProfile

# Pydantic, numpy and scipy load only when a match command runs, so `doorway chat` starts fast.
_FIELD_RULES = {
    "id": "must be a non-empty string",
    "isco": "must be an ISCO-08 code of 1–4 digits, or null",
    "occupation": "must be a string (an ESCO occupation URI), or null",
    "languages": "must be a list of language codes (strings)",
    "municipality": "must be a string, or null",
    "online_ok": "must be true or false",
    "waiting_days": "must be a number ≥ 0",
    "capacity": "must be an integer ≥ 0",
    "newcomers": "must be a list of newcomer objects",
    "door_openers": "must be a list of door-opener objects",
    "excluded_pairs": "must be a pair [newcomer id, door-opener id]",
    "weights": "must be an object of weight names to values",
}
# For one item of a list field, e.g. `newcomers[3]` or `newcomers[0].languages[1]`.
_ITEM_RULES = {
    "newcomers": "must be a newcomer object",
    "door_openers": "must be a door-opener object",
    "languages": "must be a language code (a string)",
}


class InputError(Exception):
    """The pool file cannot be used; the message is one line naming the problem."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `match solve` to the `doorway` command's subparsers."""
    match = subparsers.add_parser("match", help="pair newcomers with door-openers")
    match.set_defaults(func=lambda _args: _print_help(match))
    actions = match.add_subparsers(metavar="ACTION")
    solve = actions.add_parser(
        "solve", help="the optimal assignment of a pool given as JSON", description=__doc__
    )
    solve.add_argument("--input", required=True, type=Path, help="the pool JSON file (- = stdin)")
    solve.add_argument("--output", type=Path, help="write the result here (default: stdout)")
    solve.add_argument("--scores", action="store_true", help="also list every eligible pair")
    solve.set_defaults(func=_solve)
    run = actions.add_parser(
        "run", help="the assignment over everyone waiting in the database; sends the proposals"
    )
    run.set_defaults(func=_run_on_database)


def _run_on_database(_args: argparse.Namespace) -> int:
    """`match run`: one global assignment, in one transaction, proposals into the outbox."""
    from doorway.bootstrap import App, run_with_app
    from doorway.settings import load_settings

    async def work(app: App) -> int:
        async with app.unit_of_work() as uow:
            messages = await app.engine.match_all(uow)
            await uow.commit()
        print(f"proposals sent: {len(messages)}")
        return 0

    return run_with_app(load_settings(), work)


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def load_pool(
    text: str,
) -> tuple[list[NewcomerProfile], list[DoorOpenerProfile], set[tuple[str, str]], MatchWeights]:
    """Parse and check a pool document; InputError names the first bad field."""
    from pydantic import ValidationError

    from doorway.matching.scoring import DoorOpenerProfile, MatchWeights, NewcomerProfile

    models = _models()
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    try:
        # JSON mode: its strictness is JSON's (an integer is a number, an array can be a pair).
        pool = models.Pool.model_validate_json(text)
    except ValidationError as error:
        raise InputError(_describe(error)) from None
    for side, people in (("newcomers", pool.newcomers), ("door_openers", pool.door_openers)):
        seen: set[str] = set()
        for index, person in enumerate(people):
            if person.id in seen:
                raise InputError(f"{side}[{index}].id: duplicate id {person.id!r}")
            seen.add(person.id)
    try:
        weights = MatchWeights.from_dict(pool.weights or {})
    except (ValueError, TypeError) as error:
        raise InputError(f"weights.{error}") from None
    newcomers = [
        NewcomerProfile(
            id=n.id,
            isco=n.isco,
            occupation=n.occupation,
            languages=frozenset(n.languages),
            municipality=n.municipality,
            online_ok=n.online_ok,
            waiting_days=n.waiting_days,
        )
        for n in pool.newcomers
    ]
    door_openers = [
        DoorOpenerProfile(
            id=d.id,
            isco=d.isco,
            occupation=d.occupation,
            languages=frozenset(d.languages),
            municipality=d.municipality,
            online_ok=d.online_ok,
            capacity=d.capacity,
        )
        for d in pool.door_openers
    ]
    return newcomers, door_openers, {tuple(p) for p in pool.excluded_pairs}, weights


def _models() -> Any:
    """The pydantic models of the input (built on first use; pydantic loads lazily)."""
    from types import SimpleNamespace
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, StringConstraints

    Identifier = Annotated[str, StringConstraints(pattern=r"\S")]
    IscoCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{1,4}$")]

    class Person(BaseModel):
        # JSON-strict: 3 is not "3", true is not 1; unknown keys are usually typos.
        model_config = ConfigDict(strict=True, extra="forbid")

        id: Identifier
        isco: IscoCode | None = None
        occupation: str | None = None
        languages: list[str] = Field(default_factory=list)
        municipality: str | None = None
        online_ok: bool = False

    class Newcomer(Person):
        waiting_days: float = Field(0.0, ge=0, allow_inf_nan=False)

    class DoorOpener(Person):
        capacity: int = Field(1, ge=0)

    class Pool(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid")

        newcomers: list[Newcomer] = Field(default_factory=list)
        door_openers: list[DoorOpener] = Field(default_factory=list)
        excluded_pairs: list[tuple[str, str]] = Field(default_factory=list)
        weights: dict[str, Any] | None = None

    return SimpleNamespace(Pool=Pool)


def _describe(error: Any) -> str:
    """One line for the first validation error: `door_openers[2].capacity: must be …`."""
    first = error.errors()[0]
    loc = list(first["loc"])
    # pydantic wraps tuple items one level deeper; the pair is the unit a reader fixes.
    if loc and loc[0] == "excluded_pairs":
        loc = loc[:2]
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    if first["type"] == "missing":
        message = "required"
    elif first["type"] == "extra_forbidden":
        message = "unknown field"
    elif first["type"] == "model_type" and not loc:
        return "the pool must be a JSON object with newcomers and door_openers"
    elif not loc:
        return f"invalid input: {first['msg']}"
    else:
        names = [part for part in loc if isinstance(part, str)]
        rules = _ITEM_RULES if isinstance(loc[-1], int) and names[-1] in _ITEM_RULES else None
        message = (rules or _FIELD_RULES).get(names[-1], first["msg"]) if names else first["msg"]
    more = len(error.errors()) - 1
    return f"{path}: {message}" + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path}: {error}") from None


def _solve(args: argparse.Namespace) -> int:
    from doorway.matching.assignment import solve_pairs
    from doorway.matching.scoring import eligible_pairs

    try:
        newcomers, door_openers, excluded, weights = load_pool(_read(args.input))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    pairs = eligible_pairs(newcomers, door_openers, excluded, weights)
    result = solve_pairs(pairs)
    document: dict[str, Any] = {
        "assignments": [
            {"newcomer": p.newcomer, "door_opener": p.door_opener, "score": round(p.score, 6)}
            for p in result.pairs
        ],
        "total_score": round(result.total_score, 6),
        "unmatched": result.unmatched,
    }
    if args.scores:
        document["scores"] = [
            {
                "newcomer": pairs.newcomers[n].id,
                "door_opener": pairs.door_openers[d].id,
                "score": round(s, 6),
            }
            for n, d, s in zip(
                pairs.newcomer.tolist(),
                pairs.door_opener.tolist(),
                pairs.scores().tolist(),
                strict=True,
            )
        ]
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"error: cannot write {args.output}: {error}", file=sys.stderr)
        return 1
    print(
        f"matched {len(result.pairs)} of {len(newcomers)} newcomers "
        f"(total score {result.total_score:.3f}); wrote {args.output}"
    )
    return 0
