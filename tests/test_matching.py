"""The pure matching core: scoring rules, the optimal assignment, the greedy baseline, the CLI."""

from __future__ import annotations

import ast
import itertools
import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from doorway.cli import main
from doorway.matching.assignment import (
    Assignment,
    best_for_door_opener,
    greedy,
    solve,
)
from doorway.matching.scoring import (
    DEFAULT_WEIGHTS,
    DoorOpenerProfile,
    MatchWeights,
    NewcomerProfile,
    eligible,
    eligible_pairs,
    reasons,
    score,
)

ROOT = Path(__file__).resolve().parents[1]


def newcomer(
    id: str = "n1",
    isco: str | None = "2221",
    occupation: str | None = "esco:nurse",
    languages: tuple[str, ...] = ("fi",),
    municipality: str | None = "Vaasa",
    online_ok: bool = False,
    waiting_days: float = 0.0,
) -> NewcomerProfile:
    return NewcomerProfile(
        id, isco, occupation, frozenset(languages), municipality, online_ok, waiting_days
    )


def door_opener(
    id: str = "d1",
    isco: str | None = "2221",
    occupation: str | None = "esco:nurse",
    languages: tuple[str, ...] = ("fi",),
    municipality: str | None = "Vaasa",
    online_ok: bool = False,
    capacity: int = 1,
) -> DoorOpenerProfile:
    return DoorOpenerProfile(
        id, isco, occupation, frozenset(languages), municipality, online_ok, capacity
    )


def value(n: NewcomerProfile, d: DoorOpenerProfile) -> float:
    result = score(n, d)
    assert result is not None
    return result


def test_matching_imports_no_database_or_transport() -> None:
    banned = ("sqlalchemy", "aiogram", "aiohttp")
    offenders = set()
    for path in (ROOT / "matching").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders |= {f"{path.name}: {n}" for n in names if n.split(".")[0] in banned}
    assert offenders == set()


def test_occupation_similarity_orders_the_score() -> None:
    n = newcomer(isco="2221", occupation="esco:nurse")
    levels = [
        door_opener(isco="2221", occupation="esco:nurse"),
        door_opener(isco="2221", occupation="esco:nurse-specialist"),
        door_opener(isco="2222", occupation="esco:midwife"),
        door_opener(isco="2211", occupation="esco:doctor"),
    ]
    scores = [value(n, d) for d in levels]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4
    assert score(n, door_opener(isco="2512", occupation=None)) is None
    assert score(n, door_opener(isco="3221")) is None
    assert score(newcomer(isco=None), door_opener()) is None
    assert score(n, door_opener(isco=None)) is None
    # A partial code matches as far as both know it.
    assert reasons(newcomer(isco="22", occupation=None), door_opener())[0] == "same-field"


def test_scores_lie_in_the_unit_interval() -> None:
    best = value(
        newcomer(languages=("sv",), waiting_days=400),
        door_opener(languages=("sv",), online_ok=True, capacity=5),
    )
    assert best == pytest.approx(1.0) and best <= 1.0 + 1e-12
    worst = value(
        newcomer(isco="2240", occupation=None, languages=("en",), online_ok=True),
        door_opener(isco="2211", languages=("en",), municipality="Oulu", online_ok=True),
    )
    assert 0 < worst < 0.2


def test_a_shared_meeting_language_is_required() -> None:
    assert score(newcomer(languages=("ar", "en")), door_opener(languages=("fi", "sv"))) is None
    assert eligible(newcomer(languages=("SV-fi", "ar")), door_opener(languages=("sv",)))
    english = value(newcomer(languages=("en",)), door_opener(languages=("en", "fi")))
    finnish = value(newcomer(languages=("fi",)), door_opener(languages=("en", "fi")))
    assert finnish > english  # the small integration-language bonus
    assert reasons(newcomer(languages=("en", "sv", "ar")), door_opener(languages=("sv", "en"))) == [
        "same-occupation",
        "shared-language:sv",
        "shared-language:en",
        "same-municipality",
    ]


def test_place_same_municipality_or_both_online() -> None:
    assert eligible(newcomer(municipality="  vaasa "), door_opener(municipality="VAASA"))
    assert not eligible(newcomer(municipality="Vaasa"), door_opener(municipality="Oulu"))
    assert not eligible(
        newcomer(municipality="Vaasa", online_ok=True), door_opener(municipality="Oulu")
    )
    assert not eligible(newcomer(municipality=None), door_opener(municipality=None))
    remote = door_opener(municipality="Oulu", online_ok=True)
    assert eligible(newcomer(municipality=None, online_ok=True), remote)
    assert reasons(newcomer(online_ok=True), remote) == [
        "same-occupation",
        "shared-language:fi",
        "online",
    ]
    local = value(newcomer(online_ok=True), door_opener(online_ok=True))
    assert local > value(newcomer(online_ok=True), remote)  # meeting in person is preferred
    assert reasons(newcomer(online_ok=True), door_opener(online_ok=True))[-2:] == [
        "same-municipality",
        "online",
    ]


def test_excluded_pairs_and_full_door_openers_are_never_eligible() -> None:
    n, d = newcomer(), door_opener()
    assert not eligible(n, d, {("n1", "d1")})
    assert score(n, d, DEFAULT_WEIGHTS, {("n1", "d1")}) is None
    assert not eligible(n, replace(d, capacity=0))
    result = solve([n], [d, door_opener("d2", isco="2222")], {("n1", "d1")})
    assert [(p.newcomer, p.door_opener) for p in result.pairs] == [("n1", "d2")]
    assert best_for_door_opener(d, [n], {("n1", "d1")}) == []


def test_waiting_raises_priority_and_saturates() -> None:
    d = door_opener()
    fresh, waited = newcomer("a", waiting_days=0), newcomer("b", waiting_days=45)
    assert [p.newcomer for p in solve([fresh, waited], [d]).pairs] == ["b"]
    assert value(newcomer(waiting_days=90), d) == value(newcomer(waiting_days=400), d)
    # Nobody starves: after the cap a weak match outranks a fresh exact one, bonuses included.
    weak = newcomer(
        "weak", isco="2240", occupation=None, languages=("en",), municipality="Oulu",
        online_ok=True, waiting_days=90,
    )  # fmt: skip
    strong = newcomer("strong", waiting_days=0)
    both = door_opener(languages=("fi", "en"), online_ok=True)
    assert reasons(weak, both) == ["same-field", "shared-language:en", "online"]
    assert value(weak, both) > value(strong, both)


def test_more_free_capacity_is_slightly_preferred_and_spreads_the_load() -> None:
    n = newcomer()
    assert value(n, door_opener(capacity=3)) > value(n, door_opener(capacity=1))
    gap = value(n, door_opener(capacity=3)) - value(n, door_opener(capacity=1))
    assert gap < value(n, door_opener()) - value(n, door_opener(occupation="esco:other"))
    # Two door-openers with two free slots each: one newcomer each, not both on one.
    result = solve(
        [newcomer("a"), newcomer("b")], [door_opener("x", capacity=2), door_opener("y", capacity=2)]
    )
    assert Counter(p.door_opener for p in result.pairs) == {"x": 1, "y": 1}


def test_weights_from_configuration() -> None:
    weights = MatchWeights.from_dict({"waiting": 0.8, "integration_languages": ["SV"]})
    assert weights.waiting == 0.8 and weights.integration_languages == frozenset({"sv"})
    assert weights.same_occupation == MatchWeights().same_occupation
    for bad in ({"wait": 1}, {"waiting": -1}, {"same_unit": 0.9}, {"capacity_cap": 0}):
        with pytest.raises(ValueError):
            MatchWeights.from_dict(bad)


CODES = ["2221", "2222", "2211", "2212", "2261", "2240", "22", "2512", "3221", None]
OCCUPATIONS = ["esco:a", "esco:b", "esco:c", None]


def random_pool(
    rng: random.Random, newcomers: int, door_openers: int, codes: list[str | None] = CODES
) -> tuple[list[NewcomerProfile], list[DoorOpenerProfile], set[tuple[str, str]]]:
    def common() -> tuple[str | None, str | None, frozenset[str], str | None, bool]:
        return (
            rng.choice(codes),
            rng.choice(OCCUPATIONS),
            frozenset(rng.sample(["fi", "sv", "en", "ar"], rng.randint(1, 2))),
            rng.choice(["Vaasa", "vaasa ", "Oulu", None]),
            rng.random() < 0.6,
        )

    ns = [NewcomerProfile(f"n{i}", *common(), rng.uniform(0, 200)) for i in range(newcomers)]
    ds = [DoorOpenerProfile(f"d{j}", *common(), rng.randint(0, 3)) for j in range(door_openers)]
    excluded = {(n.id, d.id) for n in ns for d in ds if rng.random() < 0.05}
    return ns, ds, excluded


def check_valid(result: Assignment, ds: list[DoorOpenerProfile], excluded: set) -> None:
    capacity = {d.id: d.capacity for d in ds}
    used = Counter(p.door_opener for p in result.pairs)
    assert all(used[d] <= capacity[d] for d in used)
    assert len({p.newcomer for p in result.pairs}) == len(result.pairs)
    assert not {(p.newcomer, p.door_opener) for p in result.pairs} & excluded
    assert result.total_score == pytest.approx(sum(p.score for p in result.pairs))


def test_vectorised_pairs_equal_the_scalar_score() -> None:
    rng = random.Random(1)
    for _ in range(10):
        ns, ds, excluded = random_pool(rng, 30, 15)
        pairs = eligible_pairs(ns, ds, excluded)
        vector = {
            (pairs.newcomers[n].id, pairs.door_openers[d].id): s
            for n, d, s in zip(pairs.newcomer, pairs.door_opener, pairs.scores(), strict=True)
        }
        scalar = {
            (n.id, d.id): s
            for n in ns
            for d in ds
            if (s := score(n, d, DEFAULT_WEIGHTS, excluded)) is not None
        }
        assert vector.keys() == scalar.keys()
        assert all(vector[k] == pytest.approx(scalar[k], abs=1e-12) for k in scalar)


def test_solver_respects_capacity_and_never_loses_to_greedy() -> None:
    rng = random.Random(2)
    for _ in range(30):
        ns, ds, excluded = random_pool(rng, 40, 12)
        best, baseline = solve(ns, ds, excluded), greedy(ns, ds, excluded)
        check_valid(best, ds, excluded)
        check_valid(baseline, ds, excluded)
        assert best.total_score >= baseline.total_score - 1e-9
        matched = {p.newcomer for p in best.pairs}
        assert not matched & set(best.unmatched)
        assert matched | set(best.unmatched) == {n.id for n in ns}
        assert best.unmatched == sorted(best.unmatched)


def brute_force(
    ns: list[NewcomerProfile], ds: list[DoorOpenerProfile], excluded: set[tuple[str, str]]
) -> float:
    # The k-th pair of a door-opener is scored at k fewer free slots (any order: same sum).
    slot_score = {
        (n.id, d.id, k): value(n, replace(d, capacity=d.capacity - k))
        for n in ns
        for d in ds
        if eligible(n, d, excluded)
        for k in range(d.capacity)
    }
    options = [[None, *(d for d in ds if eligible(n, d, excluded))] for n in ns]
    best = 0.0
    for choice in itertools.product(*options):
        seen: Counter[str] = Counter()
        total = 0.0
        for n, d in zip(ns, choice, strict=True):
            if d is not None:
                if seen[d.id] == d.capacity:
                    break
                total += slot_score[n.id, d.id, seen[d.id]]
                seen[d.id] += 1
        else:
            best = max(best, total)
    return best


def test_solver_equals_the_brute_force_optimum_on_tiny_pools() -> None:
    rng = random.Random(3)
    codes: list[str | None] = ["2221", "2222", "2211", "2221"]
    for _ in range(25):
        ns, ds, excluded = random_pool(rng, 6, 3, codes)
        # Denser than the shared generator, so that choices actually compete.
        ns = [replace(n, languages=n.languages | {"fi"}, online_ok=True) for n in ns]
        ds = [replace(d, languages=d.languages | {"fi"}, capacity=max(d.capacity, 1)) for d in ds]
        assert solve(ns, ds, excluded).total_score == pytest.approx(
            brute_force(ns, ds, excluded), abs=1e-9
        )


def test_greedy_can_be_strictly_worse() -> None:
    flexible = newcomer("a", online_ok=True)
    narrow = newcomer("b", isco="2211", occupation=None)
    local = door_opener("x")
    remote = door_opener("y", municipality="Oulu", online_ok=True)
    assert eligible(narrow, local) and not eligible(narrow, remote)
    assert value(flexible, local) > value(flexible, remote) > value(narrow, local)
    # Greedy gives x to a, who could have met y; b's only door-opener is x.
    baseline, best = (
        greedy([flexible, narrow], [local, remote]),
        solve([flexible, narrow], [local, remote]),
    )
    assert [(p.newcomer, p.door_opener) for p in baseline.pairs] == [("a", "x")]
    assert [(p.newcomer, p.door_opener) for p in best.pairs] == [("a", "y"), ("b", "x")]
    assert best.total_score > baseline.total_score
    assert baseline.unmatched == ["b"] and best.unmatched == []


def test_results_do_not_depend_on_input_order() -> None:
    rng = random.Random(4)
    ns, ds, excluded = random_pool(rng, 40, 12)
    first = solve(ns, ds, excluded)
    rng.shuffle(ns)
    rng.shuffle(ds)
    assert solve(ns, ds, excluded) == first
    with pytest.raises(ValueError, match="duplicate id"):
        solve([newcomer("a"), newcomer("a")], ds)


def test_best_for_door_opener() -> None:
    d = door_opener(capacity=2)
    waiting = [
        newcomer("c", waiting_days=10),
        newcomer("b", waiting_days=10),
        newcomer("a", waiting_days=5),
        newcomer("z", waiting_days=80),
        newcomer("far", municipality="Oulu"),
    ]
    assert [p.newcomer for p in best_for_door_opener(d, waiting)] == ["z", "b"]
    assert [p.newcomer for p in best_for_door_opener(d, waiting, busy={"z"})] == ["b", "c"]
    assert [p.newcomer for p in best_for_door_opener(d, waiting, slots=1)] == ["z"]
    top = best_for_door_opener(d, waiting, {("z", "d1")}, slots=5)
    assert [p.newcomer for p in top] == ["b", "c", "a"]
    assert top[0].score == value(waiting[1], d)


def write_pool(path: Path, **changes: object) -> Path:
    pool: dict[str, object] = {
        "newcomers": [
            {"id": "a", "isco": "2221", "occupation": "esco:nurse", "languages": ["fi", "ar"],
             "municipality": "Vaasa", "online_ok": True, "waiting_days": 30},
            {"id": "b", "isco": "2211", "occupation": None, "languages": ["fi"],
             "municipality": "Vaasa", "online_ok": False, "waiting_days": 3},
            {"id": "c", "isco": "7126", "languages": ["so"], "waiting_days": 100},
        ],
        "door_openers": [
            {"id": "x", "isco": "2221", "occupation": "esco:nurse", "languages": ["fi"],
             "municipality": "vaasa", "online_ok": False, "capacity": 1},
            {"id": "y", "isco": "2221", "occupation": "esco:nurse", "languages": ["fi", "en"],
             "municipality": "Oulu", "online_ok": True, "capacity": 2},
        ],
        "excluded_pairs": [["a", "x"]],
        "weights": {"waiting": 0.5},
    }  # fmt: skip
    pool.update(changes)
    path.write_text(json.dumps(pool), encoding="utf-8")
    return path


def test_cli_solves_a_pool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = write_pool(tmp_path / "pool.json"), tmp_path / "out.json"
    assert main(["match", "solve", "--input", str(source), "--output", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [(a["newcomer"], a["door_opener"]) for a in result["assignments"]] == [
        ("a", "y"),
        ("b", "x"),
    ]
    assert result["unmatched"] == ["c"] and "scores" not in result
    assert result["total_score"] == pytest.approx(sum(a["score"] for a in result["assignments"]))
    assert "matched 2 of 3" in capsys.readouterr().out

    assert main(["match", "solve", "--input", str(source), "--scores"]) == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert [(s["newcomer"], s["door_opener"]) for s in scores] == [("a", "y"), ("b", "x")]
    assert all(0 < s["score"] <= 1 for s in scores)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"door_openers": [{"id": "x"}, {"id": "y"}, {"id": "z", "capacity": -1}]},
         "door_openers[2].capacity: must be an integer ≥ 0"),
        ({"door_openers": [{"id": "x", "capacity": "2"}]}, "door_openers[0].capacity"),
        ({"newcomers": [{"id": "a", "isco": "22x1"}]}, "newcomers[0].isco"),
        ({"newcomers": [{"id": "a", "waiting_day": 3}]}, "newcomers[0].waiting_day: unknown"),
        ({"newcomers": [{"id": "a"}, {"id": "a"}]}, "newcomers[1].id: duplicate id 'a'"),
        ({"excluded_pairs": [["a"]]}, "excluded_pairs[0]"),
        ({"weights": {"wait": 1}}, "weights.wait: unknown weight"),
    ],
)  # fmt: skip
def test_cli_names_the_bad_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict, expected: str
) -> None:
    source = write_pool(tmp_path / "pool.json", **changes)
    assert main(["match", "solve", "--input", str(source)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and expected in captured.err
    assert captured.err.count("\n") == 1


def test_cli_rejects_invalid_json_and_missing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"newcomers": [', encoding="utf-8")
    assert main(["match", "solve", "--input", str(broken)]) == 2
    assert "invalid JSON at line 1" in capsys.readouterr().err
    assert main(["match", "solve", "--input", str(tmp_path / "absent.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["match"]) == 2
