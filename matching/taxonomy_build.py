"""Build the packaged occupation index from the shared ESCO CSVs and the project's language data."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doorway.matching.occupations import DATA_DIR, read_commented_csv
from doorway.matching.text import TEXT_VERSION, label_variants, search_key

INDEX_PATH = DATA_DIR / "taxonomy_index.json.gz"
INDEX_FORMAT = 1
DEFAULT_SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "taxonomy"
PROJECT_LOCALES = ("fi", "ar", "fa", "uk", "ru", "so", "ti")
# ESCO languages to which the project adds everyday words (occupations_<locale>_colloquial.csv).
SUPPLEMENTED_LOCALES = ("en", "sv")
# Languages whose ESCO labels write "head, qualifier" ("undersköterska, hemtjänst").
QUALIFIER_COMMA_LOCALES = frozenset({"sv", "no", "da", "fi"})
PROJECT_NOTE = (
    "Finnish labels and ISCO-08 titles, the Arabic, Persian, Ukrainian, Russian, Somali and "
    "Tigrinya labels, and everyday English and Swedish labels were written by the Doorway project "
    "(not by native speakers) and await review by native speakers."
)

# Owner codes pack (occupation, locale, kind) into one int: occupation << 8 | locale << 3 | kind.
# kind = is_alt + 2 * variant level, variant level 0 for the label itself, 1 + loss for a variant.
LOCALE_BITS = 5
KIND_BITS = 3


@dataclass
class BuildStats:
    """What a build read and wrote."""

    occupations: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    search_keys: int = 0
    isco_groups: int = 0
    group_titles: dict[str, int] = field(default_factory=dict)
    project_files: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    skipped_rows: int = 0
    isco_mismatches: int = 0
    out_bytes: int = 0
    sha256: str = ""


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split_alts(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _add_labels(target: dict[str, list[str]], locale: str, preferred: str, alts: list[str]) -> None:
    """Merge labels into a locale's list whose first item is the preferred label."""
    current = target.setdefault(locale, [""])
    if preferred and not current[0]:
        current[0] = preferred
    elif preferred and preferred != current[0]:
        alts = [preferred, *alts]
    for alt in alts:
        if alt not in current:
            current.append(alt)


def _attribution(shared_dir: Path) -> str:
    """The quoted attribution block of SOURCE.md, plus the note on the project's own data."""
    source = shared_dir / "SOURCE.md"
    quoted: list[str] = []
    if source.exists():
        in_section = False
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                in_section = line.strip().lower().startswith("## attribution")
            elif in_section and line.startswith(">"):
                quoted.append(line.lstrip("> ").rstrip())
    return "\n".join([*quoted, PROJECT_NOTE])


def _project_files(project_dir: Path, locale: str) -> list[Path]:
    """occupations_<locale>.csv and its parts or supplements, occupations_<locale>_*.csv."""
    whole = project_dir / f"occupations_{locale}.csv"
    parts = sorted(project_dir.glob(f"occupations_{locale}_*.csv"))
    return [whole, *parts] if whole.exists() else parts


def _read_project_rows(path: Path, stats: BuildStats) -> list[dict[str, str]]:
    """Rows of a project file; a half-written file yields what parses, the rest is counted."""
    try:
        rows = read_commented_csv(path)
    except (csv.Error, UnicodeDecodeError):
        stats.skipped_rows += 1
        return []
    good = [row for row in rows if row.get("concept_uri") and None not in row]
    stats.skipped_rows += len(rows) - len(good)
    return good


def _collect(shared_dir: Path, project_dir: Path, stats: BuildStats) -> dict[str, Any]:
    occupations: dict[str, dict[str, Any]] = {}
    for row in _read_csv(shared_dir / "occupations_en.csv"):
        occupations[row["concept_uri"]] = {
            "isco": row["isco08"],
            "code": row["esco_code"],
            "labels": {},
        }
        _add_labels(
            occupations[row["concept_uri"]]["labels"],
            "en",
            row["preferred_label"],
            _split_alts(row["alt_labels"]),
        )
    for path in sorted(shared_dir.glob("occupations_*.csv")):
        locale = path.stem.removeprefix("occupations_")
        if locale == "en":
            continue
        for row in _read_csv(path):
            entry = occupations.get(row["concept_uri"])
            if entry is not None:
                _add_labels(
                    entry["labels"], locale, row["preferred_label"], _split_alts(row["alt_labels"])
                )
    for locale in (*PROJECT_LOCALES, *SUPPLEMENTED_LOCALES):
        paths = _project_files(project_dir, locale)
        if not paths and locale in PROJECT_LOCALES:
            stats.missing_files.append(f"occupations_{locale}.csv")
        for path in paths:
            stats.project_files.append(path.name)
            for row in _read_project_rows(path, stats):
                entry = occupations.get(row["concept_uri"].strip())
                if entry is None:
                    stats.skipped_rows += 1
                    continue
                if row.get("isco08", "").strip() not in ("", entry["isco"]):
                    stats.isco_mismatches += 1
                _add_labels(
                    entry["labels"],
                    locale,
                    (row.get("preferred_label") or "").strip(),
                    _split_alts(row.get("alt_labels")),
                )
    return occupations


def _groups(shared_dir: Path, project_dir: Path, stats: BuildStats) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for row in _read_csv(shared_dir / "isco08_groups.csv"):
        code = row["code"]
        titles = {
            name.removeprefix("title_"): value.strip()
            for name, value in row.items()
            if name.startswith("title_") and value and value.strip()
        }
        groups[code] = {
            "level": int(row["level"]),
            "parent": code[:-1] if len(code) > 1 else None,
            "titles": titles,
        }
    fi_titles = project_dir / "isco08_titles_fi.csv"
    if fi_titles.exists():
        stats.project_files.append(fi_titles.name)
        for row in read_commented_csv(fi_titles):
            code = (row.get("code") or "").strip()
            title = (row.get("title_fi") or "").strip()
            if code in groups and title:
                groups[code]["titles"]["fi"] = title
            else:
                stats.skipped_rows += 1
    else:
        stats.missing_files.append(fi_titles.name)
    return groups


def search_structure(
    occupations: dict[str, dict[str, Any]], locales: list[str]
) -> dict[str, list[Any]]:
    """Unique search keys, each with the (occupation, locale, kind) codes that own it."""
    owners: dict[str, dict[tuple[int, int], int]] = defaultdict(dict)
    locale_index = {locale: index for index, locale in enumerate(locales)}

    def own(text: str, occupation: int, locale: int, kind: int) -> None:
        key = search_key(text)
        if key:
            slot = owners[key]
            slot[(occupation, locale)] = min(kind, slot.get((occupation, locale), kind))

    for occupation, uri in enumerate(sorted(occupations)):
        for locale, labels in occupations[uri]["labels"].items():
            for position, label in enumerate(labels):
                if not label:
                    continue
                is_alt = int(position > 0)
                own(label, occupation, locale_index[locale], is_alt)
                qualifier_commas = locale in QUALIFIER_COMMA_LOCALES
                for variant in label_variants(label, qualifier_commas):
                    own(
                        variant.text,
                        occupation,
                        locale_index[locale],
                        is_alt + 2 * (1 + variant.loss),
                    )
    keys = sorted(owners)
    return {
        "keys": keys,
        "owners": [
            sorted(
                (occ << 8) | (loc << KIND_BITS) | kind for (occ, loc), kind in owners[key].items()
            )
            for key in keys
        ],
    }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def build_index(shared_dir: Path, out_path: Path, project_dir: Path = DATA_DIR) -> BuildStats:
    """Read the taxonomy CSVs and write the gzip JSON index (same input → same bytes)."""
    stats = BuildStats()
    occupations = _collect(shared_dir, project_dir, stats)
    groups = _groups(shared_dir, project_dir, stats)
    locales = sorted({loc for entry in occupations.values() for loc in entry["labels"]})
    if len(locales) > 2**LOCALE_BITS:
        raise ValueError(f"too many locales for the owner encoding: {len(locales)}")
    inputs = [
        *sorted(shared_dir.glob("occupations_*.csv")),
        shared_dir / "isco08_groups.csv",
        *(project_dir / name for name in sorted(set(stats.project_files))),
    ]
    document = {
        "format": INDEX_FORMAT,
        "text_version": TEXT_VERSION,
        "attribution": _attribution(shared_dir),
        "inputs": {path.name: _digest(path) for path in inputs},
        "locales": locales,
        "occupations": occupations,
        "isco_groups": groups,
        "search": search_structure(occupations, locales),
    }
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = out_path.with_name(out_path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, out_path)

    stats.occupations = len(occupations)
    counts: dict[str, int] = defaultdict(int)
    for entry in occupations.values():
        for locale, labels in entry["labels"].items():
            counts[locale] += sum(1 for label in labels if label)
    stats.labels = dict(sorted(counts.items()))
    stats.search_keys = len(document["search"]["keys"])
    stats.isco_groups = len(groups)
    titles: dict[str, int] = defaultdict(int)
    for group in groups.values():
        for locale in group["titles"]:
            titles[locale] += 1
    stats.group_titles = dict(sorted(titles.items()))
    stats.out_bytes = len(data)
    stats.sha256 = hashlib.sha256(data).hexdigest()
    return stats
