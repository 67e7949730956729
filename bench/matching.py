"""Benchmark the batch matcher against the greedy baseline on a realistic synthetic pool.

Run: `python bench/matching.py [--json] [--newcomers 5000] [--door-openers 1000] [--seed 7]`.
The pool is seeded: occupations from a skewed distribution over real ESCO occupations and
ISCO-08 units (health, ICT, engineering, trades and care heavy; read from the shared taxonomy
CSV when present, synthetic otherwise), sv or fi plus en/ar/fa/so/ti/uk/ru mixes, ~40
municipalities with Zipf sizes, ~60% online, waiting 0–400 days, capacity 1–3. Reports the time
to build the eligible pairs (and a pure-Python estimate for contrast), solve and greedy time,
total score and matched count of both, and their ratios. Single core: BLAS/OpenMP threads = 1.
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"

import argparse
import csv
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from doorway.matching.assignment import Assignment, greedy_pairs, solve_pairs
from doorway.matching.scoring import (
    DEFAULT_WEIGHTS,
    DoorOpenerProfile,
    NewcomerProfile,
    eligible_pairs,
    score,
)

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY_CSV = ROOT.parent / "shared" / "data" / "taxonomy" / "occupations_en.csv"

# Relative weight of ISCO-08 sub-major groups among newcomers; the rest get 1 each.
SUB_MAJOR_WEIGHTS = {
    "22": 14,  # health professionals
    "32": 10,  # health associate professionals
    "25": 10,  # ICT professionals
    "21": 10,  # science and engineering professionals
    "53": 9,  # personal care workers
    "71": 7,  # building trades
    "72": 6,  # metal and machinery trades
    "31": 6,  # science and engineering associate professionals
    "23": 5,  # teaching professionals
    "35": 4,  # ICT technicians
    "74": 4,  # electrical and electronics trades
    "83": 4,  # drivers
    "91": 4,  # cleaners and helpers
    "24": 4,  # business and administration professionals
    "75": 3,  # food, wood and garment trades
    "51": 3,  # personal service workers
    "26": 3,  # legal, social and cultural professionals
}
MUNICIPALITIES = [
    ("Helsinki", 0.06), ("Espoo", 0.08), ("Tampere", 0.01), ("Vantaa", 0.02), ("Oulu", 0.0),
    ("Turku", 0.05), ("Jyväskylä", 0.0), ("Kuopio", 0.0), ("Lahti", 0.0), ("Pori", 0.01),
    ("Kouvola", 0.0), ("Joensuu", 0.0), ("Lappeenranta", 0.0), ("Hämeenlinna", 0.0),
    ("Vaasa", 0.23), ("Seinäjoki", 0.0), ("Rovaniemi", 0.0), ("Mikkeli", 0.0), ("Kotka", 0.01),
    ("Salo", 0.02), ("Porvoo", 0.3), ("Kokkola", 0.12), ("Lohja", 0.04), ("Hyvinkää", 0.01),
    ("Nurmijärvi", 0.01), ("Järvenpää", 0.01), ("Rauma", 0.0), ("Kirkkonummi", 0.16),
    ("Tuusula", 0.01), ("Kajaani", 0.0), ("Kerava", 0.01), ("Savonlinna", 0.0),
    ("Sipoo", 0.32), ("Raasepori", 0.65), ("Jakobstad", 0.56), ("Kaarina", 0.05),
    ("Närpes", 0.9), ("Korsholm", 0.68), ("Kristinestad", 0.55), ("Mariehamn", 0.9),
]  # fmt: skip
MIGRANT_LANGUAGES = ["uk", "ar", "ru", "fa", "so", "en", "ti"]
MIGRANT_WEIGHTS = [0.25, 0.2, 0.15, 0.12, 0.1, 0.13, 0.05]


def _occupations() -> tuple[dict[str, list[str]], str]:
    """ESCO occupation URIs by 4-digit ISCO unit, from the shared CSV or made up."""
    units: dict[str, list[str]] = defaultdict(list)
    if TAXONOMY_CSV.exists():
        with TAXONOMY_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if len(row["isco08"]) == 4 and row["isco08"].isdigit():
                    units[row["isco08"]].append(row["concept_uri"])
        return dict(units), "shared taxonomy"
    rng = np.random.default_rng(0)
    for sub_major in [f"{m}{s}" for m in range(1, 10) for s in range(1, 6)]:
        for unit in range(int(rng.integers(2, 12))):
            code = f"{sub_major}{unit // 4 + 1}{unit % 4 + 1}"
            units[code] = [f"synthetic:{code}.{k}" for k in range(int(rng.integers(1, 8)))]
    return dict(units), "synthetic"


def _zipf(count: int, exponent: float, rng: np.random.Generator) -> np.ndarray:
    """Probabilities over `count` items, Zipf by a random ranking."""
    weights = 1.0 / np.arange(1, count + 1) ** exponent
    return rng.permutation(weights / weights.sum())


class _OccupationDraw:
    """Draws (ISCO unit, ESCO URI): sub-major by weight, then units and occupations Zipf."""

    def __init__(self, units: dict[str, list[str]], rng: np.random.Generator) -> None:
        self.by_sub_major: dict[str, list[str]] = defaultdict(list)
        for code in sorted(units):
            self.by_sub_major[code[:2]].append(code)
        self.sub_majors = sorted(self.by_sub_major)
        self.units = units
        self.unit_p = {s: _zipf(len(u), 1.1, rng) for s, u in self.by_sub_major.items()}
        self.occupation_p = {c: _zipf(len(u), 1.2, rng) for c, u in units.items()}

    def draw(self, rng: np.random.Generator, flatten: float) -> tuple[str, str]:
        weights = np.array([SUB_MAJOR_WEIGHTS.get(s, 1) for s in self.sub_majors], dtype=float)
        weights = weights**flatten
        sub_major = self.sub_majors[rng.choice(len(self.sub_majors), p=weights / weights.sum())]
        codes = self.by_sub_major[sub_major]
        unit = codes[rng.choice(len(codes), p=self.unit_p[sub_major])]
        uris = self.units[unit]
        return unit, uris[rng.choice(len(uris), p=self.occupation_p[unit])]


def make_pool(
    newcomers: int, door_openers: int, seed: int
) -> tuple[list[NewcomerProfile], list[DoorOpenerProfile], str]:
    """A seeded synthetic pool, and where its occupations came from."""
    rng = np.random.default_rng(seed)
    units, source = _occupations()
    occupations = _OccupationDraw(units, rng)
    sizes = 1.0 / np.arange(1, len(MUNICIPALITIES) + 1)
    place_p = sizes / sizes.sum()

    def place() -> tuple[str, float]:
        return MUNICIPALITIES[rng.choice(len(MUNICIPALITIES), p=place_p)]

    people_n: list[NewcomerProfile] = []
    for i in range(newcomers):
        municipality, swedish = place()
        isco, uri = occupations.draw(rng, flatten=1.0)
        languages = {"sv" if rng.random() < swedish else "fi"}
        languages.add(MIGRANT_LANGUAGES[rng.choice(len(MIGRANT_LANGUAGES), p=MIGRANT_WEIGHTS)])
        if rng.random() < 0.55:
            languages.add("en")
        people_n.append(
            NewcomerProfile(
                id=f"n{i:05d}",
                isco=isco,
                occupation=uri,
                languages=frozenset(languages),
                municipality=municipality,
                online_ok=bool(rng.random() < 0.6),
                waiting_days=float(min(400.0, rng.exponential(100.0))),
            )
        )
    people_d: list[DoorOpenerProfile] = []
    for j in range(door_openers):
        municipality, swedish = place()
        # Door-openers are spread more evenly over occupations than the newcomers who need them.
        isco, uri = occupations.draw(rng, flatten=0.6)
        native = "sv" if rng.random() < swedish else "fi"
        languages = {native}
        if rng.random() < 0.3:
            languages.add("fi" if native == "sv" else "sv")
        if rng.random() < 0.8:
            languages.add("en")
        if rng.random() < 0.08:
            languages.add(MIGRANT_LANGUAGES[rng.choice(len(MIGRANT_LANGUAGES))])
        people_d.append(
            DoorOpenerProfile(
                id=f"d{j:04d}",
                isco=isco,
                occupation=uri,
                languages=frozenset(languages),
                municipality=municipality,
                online_ok=bool(rng.random() < 0.6),
                capacity=int(rng.choice([1, 2, 3], p=[0.55, 0.3, 0.15])),
            )
        )
    return people_n, people_d, source


def _check(result: Assignment, door_openers: list[DoorOpenerProfile]) -> None:
    """Fail loudly when an assignment breaks a constraint."""
    used = Counter(p.door_opener for p in result.pairs)
    capacity = {d.id: d.capacity for d in door_openers}
    assert all(used[d] <= capacity[d] for d in used), "capacity exceeded"
    assert len({p.newcomer for p in result.pairs}) == len(result.pairs), "newcomer twice"


def _timed(work: Any, repeat: int) -> tuple[Any, float]:
    """The last result and the median wall time in seconds."""
    times: list[float] = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def run(newcomers: int, door_openers: int, seed: int, repeat: int) -> dict[str, Any]:
    """Build the pool, time both methods, and return the figures."""
    ns, ds, source = make_pool(newcomers, door_openers, seed)
    pairs, build_s = _timed(lambda: eligible_pairs(ns, ds, frozenset(), DEFAULT_WEIGHTS), repeat)
    sample = ns[:200]
    start = time.perf_counter()
    python_pairs = sum(1 for n in sample for d in ds if score(n, d) is not None)
    python_s = (time.perf_counter() - start) * len(ns) / len(sample)

    solved, solve_s = _timed(lambda: solve_pairs(pairs), repeat)
    greedy_result, greedy_s = _timed(lambda: greedy_pairs(pairs), repeat)
    for result in (solved, greedy_result):
        _check(result, ds)
    return {
        "newcomers": len(ns),
        "door_openers": len(ds),
        "slots": sum(d.capacity for d in ds),
        "occupations": source,
        "seed": seed,
        "eligible_pairs": len(pairs),
        "eligible_share": len(pairs) / (len(ns) * len(ds)),
        "python_sample_pairs": python_pairs,
        "build_s": build_s,
        "build_python_estimate_s": python_s,
        "solver": {
            "time_s": solve_s,
            "total_score": solved.total_score,
            "matched": len(solved.pairs),
        },
        "greedy": {
            "time_s": greedy_s,
            "total_score": greedy_result.total_score,
            "matched": len(greedy_result.pairs),
        },
        "score_ratio": solved.total_score / greedy_result.total_score,
        "time_ratio": solve_s / greedy_s,
        "repeat": repeat,
    }


def _table(figures: dict[str, Any]) -> str:
    solver, baseline = figures["solver"], figures["greedy"]
    lines = [
        f"pool: {figures['newcomers']} newcomers × {figures['door_openers']} door-openers "
        f"({figures['slots']} slots), occupations: {figures['occupations']}, "
        f"seed {figures['seed']}",
        f"eligible pairs: {figures['eligible_pairs']:,} "
        f"({figures['eligible_share']:.1%} of all pairs)",
        f"pair building: {figures['build_s'] * 1000:.0f} ms vectorised "
        f"(pure-Python scoring, estimated: {figures['build_python_estimate_s']:.1f} s)",
        "",
        f"{'method':<8} {'time ms':>9} {'total score':>12} {'matched':>8}",
        f"{'solver':<8} {solver['time_s'] * 1000:>9.1f} {solver['total_score']:>12.3f} "
        f"{solver['matched']:>8}",
        f"{'greedy':<8} {baseline['time_s'] * 1000:>9.1f} {baseline['total_score']:>12.3f} "
        f"{baseline['matched']:>8}",
        f"{'ratio':<8} {figures['time_ratio']:>9.2f} {figures['score_ratio']:>12.4f} "
        f"{solver['matched'] / max(baseline['matched'], 1):>8.3f}",
        f"(times: median of {figures['repeat']}; ratio = solver / greedy)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newcomers", type=int, default=5000)
    parser.add_argument("--door-openers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median reported)")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    args = parser.parse_args(argv)
    figures = run(args.newcomers, args.door_openers, args.seed, max(1, args.repeat))
    print(json.dumps(figures, indent=2) if args.json else _table(figures))
    ok = figures["solver"]["total_score"] >= figures["greedy"]["total_score"] - 1e-9
    if not ok:
        print("solver total below greedy", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
