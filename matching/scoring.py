"""How well a newcomer and a door-opener fit: eligibility rules, the score, and its reasons.

A pair is *eligible* when all of these hold:

- occupation: the two share at least the ISCO-08 sub-major group (first 2 digits); a different
  major group, or a missing ISCO code on either side, is not eligible (coordinators can still
  pair such people by hand elsewhere). The ISCO code decides eligibility; the ESCO occupation
  URI only refines the level within it;
- language: they share a meeting language (codes compared case-insensitively on the primary
  subtag, so `sv-FI` counts as `sv`); the integration languages fi and sv count like any other;
- place: the same municipality (case- and whitespace-insensitive), or both accept online;
- the door-opener has free capacity (`capacity` ≥ 1: free slots right now), and the pair is not
  in `excluded` (met, declined or cancelled before).

The score of an eligible pair, with w = `MatchWeights` and W = the sum of the largest terms
(`w.same_occupation + w.waiting + w.integration_language + w.in_person + w.free_capacity`)::

    score = (occupation + waiting + language + place) / W + capacity / W

    occupation = w.same_occupation  same ESCO occupation          (default 0.45)
               | w.same_unit        same ISCO unit, 4 digits      (default 0.36)
               | w.same_minor       same minor group, 3 digits    (default 0.25)
               | w.same_sub_major   same sub-major group, 2 digits (default 0.15)
    waiting    = w.waiting × min(waiting_days, w.wait_cap_days) / w.wait_cap_days
                                                   (default 0.40, saturating at 90 days)
    language   = w.integration_language if a shared language is an integration language
                 of the country (`w.integration_languages`, default fi and sv), else 0
                                                   (default 0.03: practising it is a gain)
    place      = w.in_person if the same municipality, else 0 (default 0.03: a workplace
                 visit is the programme's classic form; online is a fine fallback)
    capacity   = w.free_capacity × min(free, w.capacity_cap) / w.capacity_cap
                                                   (default 0.04, saturating at 3 free slots)

so an eligible score lies in (0, 1]. Waiting only differs between newcomers, so it decides
who gets a scarce door-opener, never which door-opener a newcomer gets. With the defaults a
newcomer who has waited `wait_cap_days` outranks a newcomer who has just joined for every
door-opener both are eligible for (0.40 > 0.30 occupation spread + 0.06 bonuses), so a weak
occupation match cannot starve forever behind a stream of fresh exact matches. The capacity
term spreads the load: the batch solver scores a door-opener's k-th assignment at `free - k`,
as if proposals were made one at a time, so first slots everywhere beat third slots anywhere.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

OCCUPATION = "occupation"
UNIT = "unit"
MINOR = "minor"
SUB_MAJOR = "sub_major"


@dataclass(frozen=True)
class NewcomerProfile:
    """What matching needs to know about a waiting newcomer."""

    id: str
    isco: str | None
    occupation: str | None
    languages: frozenset[str]
    municipality: str | None
    online_ok: bool
    waiting_days: float


@dataclass(frozen=True)
class DoorOpenerProfile:
    """What matching needs to know about a door-opener; `capacity` is free slots right now."""

    id: str
    isco: str | None
    occupation: str | None
    languages: frozenset[str]
    municipality: str | None
    online_ok: bool
    capacity: int


@dataclass(frozen=True)
class MatchWeights:
    """Every weight of the score (see the module docstring); defaults are the programme's."""

    same_occupation: float = 0.45
    same_unit: float = 0.36
    same_minor: float = 0.25
    same_sub_major: float = 0.15
    waiting: float = 0.40
    wait_cap_days: float = 90.0
    free_capacity: float = 0.04
    capacity_cap: int = 3
    integration_language: float = 0.03
    in_person: float = 0.03
    integration_languages: frozenset[str] = field(default_factory=lambda: frozenset({"fi", "sv"}))

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "integration_languages":
                if not isinstance(value, list | tuple | set | frozenset) or not all(
                    isinstance(v, str) for v in value
                ):
                    raise ValueError(f"{item.name}: must be a list of language codes")
                object.__setattr__(self, item.name, normalise_languages(value))
            elif item.name == "capacity_cap":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ValueError(f"{item.name}: must be an integer ≥ 1")
            elif (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value < 0
            ):
                raise ValueError(f"{item.name}: must be a finite number ≥ 0")
        if self.wait_cap_days <= 0:
            raise ValueError("wait_cap_days: must be > 0")
        names = ("same_occupation", "same_unit", "same_minor", "same_sub_major")
        for closer, farther in itertools.pairwise(names):
            if getattr(self, farther) > getattr(self, closer):
                raise ValueError(f"{farther}: must not exceed {closer}")
        if self.same_sub_major <= 0:
            raise ValueError("same_sub_major: must be > 0 (every eligible pair scores > 0)")

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> MatchWeights:
        """Weights from configuration: unknown keys are an error, missing keys keep defaults."""
        known = {item.name for item in fields(cls)}
        for key in values:
            if key not in known:
                raise ValueError(f"{key}: unknown weight (known: {', '.join(sorted(known))})")
        return cls(**dict(values))

    @property
    def total(self) -> float:
        """The largest possible raw score, which normalises scores into (0, 1]."""
        return (
            self.same_occupation
            + self.waiting
            + self.integration_language
            + self.in_person
            + self.free_capacity
        )

    def level_weight(self, level: str) -> float:
        """The occupation term for a similarity level."""
        return {
            OCCUPATION: self.same_occupation,
            UNIT: self.same_unit,
            MINOR: self.same_minor,
            SUB_MAJOR: self.same_sub_major,
        }[level]


_NO_EXCLUSIONS: frozenset[tuple[str, str]] = frozenset()


def normalise_language(code: str) -> str:
    """A language code's comparable form: lower-case primary subtag (`sv-FI` → `sv`)."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def normalise_languages(codes: Iterable[str]) -> frozenset[str]:
    """A set of comparable language codes, without empty ones."""
    return frozenset(c for c in (normalise_language(code) for code in codes) if c)


def municipality_key(name: str | None) -> str | None:
    """A municipality's comparable form (NFC, case-folded, single spaces), None when blank."""
    if name is None:
        return None
    key = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return key or None


def isco_code(code: str | None) -> str | None:
    """An ISCO-08 code of 1–4 digits, stripped; None when missing or malformed."""
    if code is None:
        return None
    code = code.strip()
    return code if 1 <= len(code) <= 4 and code.isascii() and code.isdigit() else None


DEFAULT_WEIGHTS = MatchWeights()


def occupation_level(n: NewcomerProfile, d: DoorOpenerProfile) -> str | None:
    """How close the two occupations are (OCCUPATION … SUB_MAJOR), None when too far apart."""
    a, b = isco_code(n.isco), isco_code(d.isco)
    if a is None or b is None or len(a) < 2 or len(b) < 2 or a[:2] != b[:2]:
        return None
    if n.occupation is not None and n.occupation.strip() and n.occupation == d.occupation:
        return OCCUPATION
    if len(a) == len(b) == 4 and a == b:
        return UNIT
    if len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]:
        return MINOR
    return SUB_MAJOR


def shared_languages(n: NewcomerProfile, d: DoorOpenerProfile) -> frozenset[str]:
    """The meeting languages both speak."""
    return normalise_languages(n.languages) & normalise_languages(d.languages)


def same_municipality(n: NewcomerProfile, d: DoorOpenerProfile) -> bool:
    """Both live or work in the same municipality."""
    key = municipality_key(n.municipality)
    return key is not None and key == municipality_key(d.municipality)


def eligible(
    n: NewcomerProfile,
    d: DoorOpenerProfile,
    excluded: Collection[tuple[str, str]] = _NO_EXCLUSIONS,
) -> bool:
    """Whether the pair may be proposed at all (the rules in the module docstring)."""
    return (
        d.capacity >= 1
        and (n.id, d.id) not in excluded
        and occupation_level(n, d) is not None
        and bool(shared_languages(n, d))
        and (same_municipality(n, d) or (n.online_ok and d.online_ok))
    )


def waiting_term(waiting_days: float, weights: MatchWeights = DEFAULT_WEIGHTS) -> float:
    """The raw waiting term: linear up to `wait_cap_days`, then flat (NaN or < 0 count as 0)."""
    days = waiting_days if waiting_days > 0 else 0.0
    return weights.waiting * min(days, weights.wait_cap_days) / weights.wait_cap_days


def capacity_part(free: int, weights: MatchWeights = DEFAULT_WEIGHTS) -> float:
    """The normalised capacity part of a score when the door-opener has `free` slots."""
    slots = free if free > 0 else 0
    w = weights
    return w.free_capacity * min(slots, w.capacity_cap) / w.capacity_cap / w.total


def _base(
    level: str, waiting: float, integration: bool, in_person: bool, weights: MatchWeights
) -> float:
    # The vectorised `eligible_pairs` adds the same terms in the same order, so the floats agree.
    raw = (
        weights.level_weight(level)
        + waiting_term(waiting, weights)
        + (weights.integration_language if integration else 0.0)
        + (weights.in_person if in_person else 0.0)
    )
    return raw / weights.total


def score(
    n: NewcomerProfile,
    d: DoorOpenerProfile,
    weights: MatchWeights = DEFAULT_WEIGHTS,
    excluded: Collection[tuple[str, str]] = _NO_EXCLUSIONS,
) -> float | None:
    """The pair's score in (0, 1] at the door-opener's free capacity, None when not eligible."""
    if not eligible(n, d, excluded):
        return None
    level = occupation_level(n, d)
    assert level is not None
    integration = bool(shared_languages(n, d) & weights.integration_languages)
    base = _base(level, n.waiting_days, integration, same_municipality(n, d), weights)
    return base + capacity_part(d.capacity, weights)


def reasons(
    n: NewcomerProfile, d: DoorOpenerProfile, weights: MatchWeights = DEFAULT_WEIGHTS
) -> list[str]:
    """Stable reason codes for "why this match", most important first."""
    found: list[str] = []
    level = occupation_level(n, d)
    if level == OCCUPATION:
        found.append("same-occupation")
    elif level == UNIT:
        found.append("same-isco-unit")
    elif level is not None:
        found.append("same-field")
    shared = shared_languages(n, d)
    integration = weights.integration_languages
    # Integration languages first: the dialog names the one the pair will most likely use.
    ordered = sorted(shared & integration) + sorted(shared - integration)
    found.extend(f"shared-language:{code}" for code in ordered)
    if same_municipality(n, d):
        found.append("same-municipality")
    if n.online_ok and d.online_ok:
        found.append("online")
    return found


@dataclass(frozen=True)
class EligiblePairs:
    """Every eligible pair of a pool, as parallel arrays over the id-sorted profiles."""

    newcomers: tuple[NewcomerProfile, ...]
    door_openers: tuple[DoorOpenerProfile, ...]
    newcomer: np.ndarray
    door_opener: np.ndarray
    base: np.ndarray
    weights: MatchWeights

    def __len__(self) -> int:
        return int(self.newcomer.size)

    def capacity_parts(self, free: np.ndarray) -> np.ndarray:
        """`capacity_part` for an array of free-slot counts."""
        w = self.weights
        slots = np.maximum(free, 0)
        return w.free_capacity * np.minimum(slots, w.capacity_cap) / w.capacity_cap / w.total

    def scores(self) -> np.ndarray:
        """Each pair's score at its door-opener's free capacity (equal to `score`)."""
        capacity = np.array([d.capacity for d in self.door_openers], dtype=np.int64)
        return self.base + self.capacity_parts(capacity[self.door_opener])


def check_unique_ids(people: Sequence[NewcomerProfile] | Sequence[DoorOpenerProfile]) -> None:
    """Raise ValueError naming the first id that appears twice."""
    seen: set[str] = set()
    for person in people:
        if person.id in seen:
            raise ValueError(f"duplicate id {person.id!r}")
        seen.add(person.id)


class _Ids:
    """Small integer ids for strings; the two sides' "missing" ids differ so never compare equal."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def of(self, key: str | None, missing: int) -> int:
        if key is None:
            return missing
        return self.ids.setdefault(key, len(self.ids))


def eligible_pairs(
    newcomers: Iterable[NewcomerProfile],
    door_openers: Iterable[DoorOpenerProfile],
    excluded: Collection[tuple[str, str]] = _NO_EXCLUSIONS,
    weights: MatchWeights = DEFAULT_WEIGHTS,
) -> EligiblePairs:
    """Every eligible pair, sorted by (newcomer id, door-opener id); ValueError on duplicate ids."""
    # Only pairs within one ISCO sub-major group can be eligible, so we score bucket by bucket
    # with numpy: the work is the sum of the buckets' products, not newcomers × door-openers.
    ns = tuple(sorted(newcomers, key=lambda p: p.id))
    ds = tuple(sorted(door_openers, key=lambda p: p.id))
    check_unique_ids(ns)
    check_unique_ids(ds)

    codes = _Ids()
    languages: dict[str, int] = {}
    n_lang = [normalise_languages(p.languages) for p in ns]
    d_lang = [normalise_languages(p.languages) for p in ds]
    for langs in (*n_lang, *d_lang):
        for code in langs:
            languages.setdefault(code, len(languages))
    n_lm = np.zeros((len(ns), len(languages)), dtype=bool)
    d_lm = np.zeros((len(ds), len(languages)), dtype=bool)
    for matrix, sets in ((n_lm, n_lang), (d_lm, d_lang)):
        for row, langs in enumerate(sets):
            matrix[row, [languages[c] for c in langs]] = True
    integration_columns = [languages[c] for c in weights.integration_languages if c in languages]

    def columns(
        people: Sequence[NewcomerProfile] | Sequence[DoorOpenerProfile], missing: int
    ) -> tuple[np.ndarray, ...]:
        isco = [isco_code(p.isco) for p in people]
        unit = [codes.of(c if c and len(c) == 4 else None, missing) for c in isco]
        minor = [codes.of("m" + c[:3] if c and len(c) >= 3 else None, missing) for c in isco]
        occupation = [
            codes.of("o" + p.occupation if p.occupation and p.occupation.strip() else None, missing)
            for p in people
        ]
        place = [
            codes.of("p" + key if (key := municipality_key(p.municipality)) else None, missing)
            for p in people
        ]
        ids = tuple(np.array(v, dtype=np.int64) for v in (unit, minor, occupation, place))
        return (*ids, np.array([bool(p.online_ok) for p in people], dtype=bool))

    n_unit, n_minor, n_occ, n_place, n_online = columns(ns, -1)
    d_unit, d_minor, d_occ, d_place, d_online = columns(ds, -2)
    n_wait = np.array([waiting_term(p.waiting_days, weights) for p in ns], dtype=np.float64)

    buckets: dict[str, tuple[list[int], list[int]]] = {}
    for i, n in enumerate(ns):
        code = isco_code(n.isco)
        if code and len(code) >= 2:
            buckets.setdefault(code[:2], ([], []))[0].append(i)
    for j, d in enumerate(ds):
        code = isco_code(d.isco)
        if d.capacity >= 1 and code and len(code) >= 2 and code[:2] in buckets:
            buckets[code[:2]][1].append(j)

    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for group in sorted(buckets):
        ni_list, dj_list = buckets[group]
        if not dj_list:
            continue
        ni, dj = np.array(ni_list), np.array(dj_list)
        shared = n_lm[ni].astype(np.float32) @ d_lm[dj].T.astype(np.float32) > 0
        local = n_place[ni][:, None] == d_place[dj][None, :]
        online = n_online[ni][:, None] & d_online[dj][None, :]
        r, c = np.nonzero(shared & (local | online))
        rows.append(ni[r])
        cols.append(dj[c])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)

    if excluded and row.size:
        n_index = {p.id: i for i, p in enumerate(ns)}
        d_index = {p.id: j for j, p in enumerate(ds)}
        banned = np.array(
            [
                n_index[a] * len(ds) + d_index[b]
                for a, b in excluded
                if a in n_index and b in d_index
            ],
            dtype=np.int64,
        )
        keep = ~np.isin(row * len(ds) + col, banned)
        row, col = row[keep], col[keep]

    order = np.lexsort((col, row))
    row, col = row[order].astype(np.int64), col[order].astype(np.int64)

    level = np.select(
        [n_occ[row] == d_occ[col], n_unit[row] == d_unit[col], n_minor[row] == d_minor[col]],
        [weights.same_occupation, weights.same_unit, weights.same_minor],
        weights.same_sub_major,
    )
    n_integration = n_lm[:, integration_columns]
    d_integration = d_lm[:, integration_columns]
    integration = (n_integration[row] & d_integration[col]).any(axis=1)
    raw = (
        level
        + n_wait[row]
        + np.where(integration, weights.integration_language, 0.0)
        + np.where(n_place[row] == d_place[col], weights.in_person, 0.0)
    )
    return EligiblePairs(ns, ds, row, col, raw / weights.total, weights)
