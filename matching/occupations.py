"""The occupation-suggestion interface the dialogs use; the normaliser implements it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class OccupationCandidate:
    """One suggested occupation: ESCO concept URI, ISCO-08 unit, label in the reader's locale."""

    uri: str
    isco: str
    label: str
    score: float


@dataclass(frozen=True)
class Suggestions:
    """Ranked candidates for one text; `confident` is False when the best is too weak to offer."""

    query: str
    candidates: list[OccupationCandidate]
    confident: bool
    sectors: tuple[str, ...] = ()  # ISCO-08 groups when the text names a sector, not a job


@dataclass(frozen=True)
class SectorOption:
    """An ISCO-08 group offered when a person picks their field step by step."""

    code: str
    title: str

    @property
    def is_unit(self) -> bool:
        """True for a 4-digit unit group, the finest level a person can pick."""
        return len(self.code) == 4


class OccupationSuggester(Protocol):
    """Turns free text into ranked occupation candidates and offers the sector tree."""

    def normalise(self, text: str, locale: str, limit: int = 3) -> Suggestions:
        """Candidates best first, with the verdict whether the best one is convincing."""
        ...

    def label(self, uri: str, locale: str) -> str | None:
        """The occupation's preferred label in a locale (English when it has none), or None."""
        ...

    def isco(self, uri: str) -> str | None:
        """The occupation's 4-digit ISCO-08 unit code, or None for an unknown URI."""
        ...

    def isco_title(self, code: str, locale: str) -> str | None:
        """An ISCO-08 group's title in a locale, or None for an unknown code."""
        ...

    def sector_options(self, parent: str | None, locale: str) -> list[SectorOption]:
        """The sub-groups of an ISCO-08 group (the major groups for None), titled in a locale."""
        ...

    def alias_key(self, text: str) -> str:
        """The form of a raw text under which a coordinator's alias for it is stored."""
        ...


def read_commented_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV whose leading `#` lines are comments (attribution, review notes)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines))
