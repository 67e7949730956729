"""The occupation-suggestion interface the dialogs use, and a small starter implementation."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz, process, utils

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class OccupationCandidate:
    """One suggested occupation: ESCO concept URI, ISCO-08 unit, label in the reader's locale."""

    uri: str
    isco: str
    label: str
    score: float


class OccupationSuggester(Protocol):
    """Turns free text into ranked occupation candidates; empty when nothing is convincing."""

    def suggest(self, text: str, locale: str, limit: int = 5) -> list[OccupationCandidate]:
        """Candidates best first, each above the implementation's confidence threshold."""
        ...

    def label(self, uri: str, locale: str) -> str | None:
        """The occupation's preferred label in a locale (English when it has none), or None."""
        ...

    def isco(self, uri: str) -> str | None:
        """The occupation's 4-digit ISCO-08 unit code, or None for an unknown URI."""
        ...

    def alias_key(self, text: str) -> str:
        """The form of a raw text under which a coordinator's alias for it is stored."""
        ...


def read_commented_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV whose leading `#` lines are comments (attribution, review notes)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines))


class StarterSuggester:
    """Fuzzy search over a small shipped list of common occupations (before the full normaliser)."""

    THRESHOLD = 72.0

    def __init__(self, path: Path = DATA_DIR / "starter_occupations.csv") -> None:
        self._choices: list[str] = []
        self._owners: list[str] = []
        self._isco: dict[str, str] = {}
        self._preferred: dict[str, dict[str, str]] = defaultdict(dict)
        for row in read_commented_csv(path):
            uri = row["concept_uri"]
            self._isco[uri] = row["isco08"]
            self._choices.append(utils.default_process(row["label"]))
            self._owners.append(uri)
            if row["preferred"] == "1":
                self._preferred[uri].setdefault(row["locale"], row["label"])

    def label(self, uri: str, locale: str) -> str | None:
        """The preferred label in the locale, else English."""
        labels = self._preferred.get(uri)
        if not labels:
            return None
        return labels.get(locale) or labels.get("en")

    def isco(self, uri: str) -> str | None:
        """The ISCO-08 unit of a known occupation."""
        return self._isco.get(uri)

    def alias_key(self, text: str) -> str:
        """Lower case, punctuation and extra spaces removed."""
        return " ".join(utils.default_process(text).split())

    def suggest(self, text: str, locale: str, limit: int = 5) -> list[OccupationCandidate]:
        """Best labels by WRatio, one candidate per occupation."""
        query = utils.default_process(text)
        if not query:
            return []
        hits = process.extract(
            query, self._choices, scorer=fuzz.WRatio, score_cutoff=self.THRESHOLD, limit=50
        )
        best: dict[str, float] = {}
        for _choice, score, index in hits:
            uri = self._owners[index]
            best[uri] = max(best.get(uri, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda item: -item[1])[:limit]
        return [
            OccupationCandidate(uri, self._isco[uri], self.label(uri, locale) or uri, score / 100)
            for uri, score in ranked
        ]
