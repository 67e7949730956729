"""Benchmark the occupation normaliser against brute-force rapidfuzz, on the labelled queries.

Run: `python bench/normaliser.py [--json] [--repeat-to 2000] [--baseline-repeat 1]`.
Reports index load time and memory, p50/p95/p99 latency per query, top-1/top-3 accuracy by
ISCO-08 unit (4 digits) and minor group (3 digits), for our normaliser and two brute-force
baselines measured in the same run:
- `extract`: `rapidfuzz.process.extract` over every search key with the same text processing
  (cleaned, folded, stemmed), `fuzz.ratio` and a cutoff: the fastest honest brute force;
- `naive`: the issue's `process.extractOne(q, all_labels, scorer=WRatio,
  processor=default_process)` over every raw label (slow: run over the labelled set once).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from doorway.matching.normaliser import Normaliser
from doorway.matching.taxonomy_build import DEFAULT_SHARED_DIR, INDEX_PATH, build_index
from doorway.matching.text import clean_query

ROOT = Path(__file__).resolve().parents[1]
QUERY_FILES = {
    "original": ROOT / "tests" / "data" / "normaliser_queries.csv",
    # Written blind (without reading the normaliser or its data) and committed before tuning.
    "blind": ROOT / "tests" / "data" / "normaliser_queries_blind.csv",
    "added": ROOT / "tests" / "data" / "normaliser_queries_added.csv",
}
BASELINE_CUTOFF = 60.0


@dataclass(frozen=True)
class Query:
    """One labelled query."""

    text: str
    locale: str
    isco: str
    source: str


@dataclass
class Figures:
    """Latency percentiles (ms) and accuracy of one method."""

    queries: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    accuracy: dict[str, dict[str, float]]


def read_queries() -> list[Query]:
    """The labelled queries of every file present."""
    queries: list[Query] = []
    for source, path in QUERY_FILES.items():
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                queries += [
                    Query(row["query"], row["locale"], row["expected_isco"], source)
                    for row in csv.DictReader(handle)
                ]
    return queries


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def _accuracy(queries: list[Query], answers: list[list[str]]) -> dict[str, dict[str, float]]:
    """Top-1/top-3 accuracy at ISCO unit and minor group, per query file and overall."""
    result: dict[str, dict[str, float]] = {}
    for source in ["all", *QUERY_FILES]:
        pairs = [
            (q, a) for q, a in zip(queries, answers, strict=True) if source in ("all", q.source)
        ]
        if not pairs:
            continue
        count = len(pairs)
        result[source] = {
            "n": count,
            "top1_unit": sum(a[:1] == [q.isco] for q, a in pairs) / count,
            "top3_unit": sum(q.isco in a[:3] for q, a in pairs) / count,
            "top1_minor": sum([c[:3] for c in a[:1]] == [q.isco[:3]] for q, a in pairs) / count,
            "top3_minor": sum(q.isco[:3] in [c[:3] for c in a[:3]] for q, a in pairs) / count,
        }
    return result


def _measure(queries: list[Query], repeat_to: int, answer: Callable[[Query], list[str]]) -> Figures:
    """Time `answer` over the queries repeated to at least `repeat_to` calls."""
    answers = [answer(query) for query in queries]  # also warms caches
    rounds = max(1, -(-repeat_to // len(queries)))
    timings: list[float] = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            answer(query)
            timings.append(time.perf_counter() - start)
    return Figures(
        queries=len(timings),
        p50_ms=_percentile(timings, 0.50),
        p95_ms=_percentile(timings, 0.95),
        p99_ms=_percentile(timings, 0.99),
        accuracy=_accuracy(queries, answers),
    )


def _extract_baseline(normaliser: Normaliser) -> Callable[[Query], list[str]]:
    """Brute force: rapidfuzz over every search key, the same query cleaning, a cutoff."""
    index = normaliser._index
    keys = index.keys

    def answer(query: Query) -> list[str]:
        hits = process.extract(
            clean_query(query.text).key,
            keys,
            scorer=fuzz.ratio,
            processor=None,  # keys and query are already folded, cleaned and stemmed
            score_cutoff=BASELINE_CUTOFF,
            limit=10,
        )
        units: list[str] = []
        for _key, _score, position in hits:
            for code in index.owners[position]:
                unit = index.isco[code >> 8]
                if unit not in units:
                    units.append(unit)
        return units[:3]

    return answer


def _naive_baseline(normaliser: Normaliser) -> Callable[[Query], list[str]]:
    """The issue's baseline: extractOne with WRatio and default_process over raw labels."""
    index = normaliser._index
    labels: list[str] = []
    units: list[str] = []
    for position, by_locale in enumerate(index.labels):
        for texts in by_locale.values():
            for text in texts:
                if text:
                    labels.append(text)
                    units.append(index.isco[position])
    processed = [utils.default_process(text) for text in labels]

    def answer(query: Query) -> list[str]:
        hit = process.extractOne(
            utils.default_process(query.text), processed, scorer=fuzz.WRatio, processor=None
        )
        return [] if hit is None else [units[hit[2]]]

    return answer


def measure_build() -> dict[str, float] | None:
    """`doorway taxonomy build` into a temporary file: seconds and peak traced memory (MB)."""
    if not (DEFAULT_SHARED_DIR / "occupations_en.csv").exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        tracemalloc.start()
        start = time.perf_counter()
        build_index(DEFAULT_SHARED_DIR, Path(folder) / "index.json.gz")
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {"build_s": seconds, "build_peak_traced_mb": peak / 1e6}


def run(index_path: Path, repeat_to: int, baseline_repeat: int) -> dict[str, Any]:
    """Everything the benchmark measures, as one JSON-able dict."""
    build = measure_build()
    start = time.perf_counter()
    normaliser = Normaliser.from_file(index_path)
    load_s = time.perf_counter() - start
    tracemalloc.start()
    Normaliser.from_file(index_path)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    queries = read_queries()
    ours = _measure(
        queries,
        repeat_to,
        lambda q: [c.isco for c in normaliser.rank(q.text, q.locale, limit=3).candidates],
    )
    baselines = {
        name: asdict(_measure(queries, len(queries) * baseline_repeat, make(normaliser)))
        for name, make in (("extract", _extract_baseline), ("naive", _naive_baseline))
    }
    return {
        "build": build,
        "index": str(index_path),
        "index_bytes": index_path.stat().st_size,
        "search_keys": len(normaliser._index.keys),
        "load_s": load_s,
        "load_peak_traced_mb": load_peak / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "normaliser": asdict(ours),
        "baselines": baselines,
        "speedup_p95": {name: b["p95_ms"] / ours.p95_ms for name, b in baselines.items()},
    }


def _table(report: dict[str, Any]) -> str:
    columns = {"normaliser": report["normaliser"], **report["baselines"]}
    names = list(columns)
    lines = [
        f"index {report['index_bytes'] / 1e6:.2f} MB, {report['search_keys']} search keys; "
        f"load {report['load_s']:.2f} s, load allocations peak "
        f"{report['load_peak_traced_mb']:.0f} MB, process peak RSS {report['peak_rss_mb']:.0f} MB",
        "build: not measured (../shared/data/taxonomy is absent)"
        if report["build"] is None
        else f"build {report['build']['build_s']:.1f} s, allocations peak "
        f"{report['build']['build_peak_traced_mb']:.0f} MB (traced, so slower than plain)",
        "",
        f"{'':20}" + "".join(f"{name:>13}" for name in names),
        f"{'queries timed':20}" + "".join(f"{columns[n]['queries']:>13}" for n in names),
    ]
    for field in ("p50_ms", "p95_ms", "p99_ms"):
        label = field.replace("_ms", " ms")
        lines.append(f"{label:20}" + "".join(f"{columns[n][field]:>13.3f}" for n in names))
    speedups = [report["speedup_p95"].get(name) for name in names]
    lines.append(
        f"{'baseline/ours p95':20}"
        + "".join(f"{'':>13}" if s is None else f"{s:>12.1f}x" for s in speedups)
    )
    for source in columns["normaliser"]["accuracy"]:
        lines.append(f"-- {source} set (n={columns['normaliser']['accuracy'][source]['n']})")
        for field in ("top1_unit", "top3_unit", "top1_minor", "top3_minor"):
            values = [columns[n]["accuracy"][source][field] for n in names]
            lines.append(f"{field:20}" + "".join(f"{v:>13.1%}" for v in values))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--index", type=Path, default=INDEX_PATH)
    parser.add_argument("--repeat-to", type=int, default=2000, help="normaliser queries timed")
    parser.add_argument(
        "--baseline-repeat", type=int, default=1, help="passes of the labelled set for the baseline"
    )
    args = parser.parse_args(argv)
    report = run(args.index, args.repeat_to, args.baseline_repeat)
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
