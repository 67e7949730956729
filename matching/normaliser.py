"""Free text in any language → ranked ESCO occupations, via an n-gram prefilter and rapidfuzz."""

from __future__ import annotations

import gzip
import json
import logging
import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from doorway.matching.occupations import OccupationCandidate, SectorOption, Suggestions
from doorway.matching.taxonomy_build import (
    INDEX_FORMAT,
    INDEX_PATH,
    KIND_BITS,
    LOCALE_BITS,
    search_structure,
)
from doorway.matching.text import (
    TEXT_VERSION,
    CleanedQuery,
    clean_query,
    head_initial,
    search_key,
    sector_codes,
)

log = logging.getLogger(__name__)

# Locales the programme works in, and the newcomers' own languages: labels in these get a small
# preference over the other ESCO languages, which are there to catch input in yet another language.
REGION_LOCALES = frozenset({"sv", "fi", "en"})
NEWCOMER_LOCALES = frozenset({"ar", "fa", "uk", "ru", "so", "ti"})

MEMO_SIZE = 4096  # remembered rankings (Normaliser.normalise)
_SHORTLIST = 120  # labels the n-gram prefilter hands to rapidfuzz
_RERANK_KEEP = 40  # best re-ranked labels whose occupations are scored
_FULL_SCORE = 112.0  # an exact preferred label with typical bonuses; maps scores onto 0..1
_SUPPORT_MARGIN = 12.0  # label-score distance from the best within which labels lend support
_STOP_GRAM_SHARE = 0.01  # trigrams in more than this share of keys are not searched
_CODE_BITS = 21  # Unicode code points fit in 21 bits, three of them in one int64


@dataclass(frozen=True)
class SectorNode:
    """An ISCO-08 group with its title in one locale and its sub-groups."""

    code: str
    level: int
    title: str
    children: tuple[SectorNode, ...] = field(default_factory=tuple)


def _grams(key: str) -> list[int]:
    """Trigram codes of each word padded with spaces ("nurs" → " nu", "nur", "urs", "rs ")."""
    codes: list[int] = []
    for word in key.split():
        padded = [ord(ch) for ch in f" {word} "]
        codes.extend(
            (padded[i] << 2 * _CODE_BITS) | (padded[i + 1] << _CODE_BITS) | padded[i + 2]
            for i in range(len(padded) - 2)
        )
    return codes


class _NgramIndex:
    """Inverted index from word-padded character trigrams to search keys, weighted by IDF."""

    def __init__(self, keys: list[str]) -> None:
        text = "".join(f" {key} " for key in keys)
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        del text
        lengths = np.fromiter((len(key) + 2 for key in keys), dtype=np.int64, count=len(keys))
        key_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        # A trigram belongs to a word when its middle character is not a space; such a window
        # never spans two keys, because every key is padded with its own spaces.
        windows = np.flatnonzero(points[1:-1] != 32)
        owner = (np.searchsorted(key_starts, windows, side="right") - 1).astype(np.int32)
        codes = (
            (points[windows].astype(np.int64) << 2 * _CODE_BITS)
            | (points[windows + 1].astype(np.int64) << _CODE_BITS)
            | points[windows + 2]
        )
        del points, windows
        # Sorting by code with a stable sort keeps owners ascending within each gram, so
        # duplicates (a gram twice in one key) are neighbours; np.unique would sort twice.
        order = np.argsort(codes, kind="stable")
        codes, owner = codes[order], owner[order]
        del order
        first = np.empty(len(codes), dtype=bool)
        first[:1] = True
        np.not_equal(codes[1:], codes[:-1], out=first[1:])
        self.grams = codes[first]
        gram_ids = np.cumsum(first) - 1
        fresh = first.copy()
        fresh[1:] |= owner[1:] != owner[:-1]
        count = len(keys)
        gram_of_pair = gram_ids[fresh]
        self.entries = owner[fresh]
        frequency = np.bincount(gram_of_pair, minlength=len(self.grams))
        self.starts = np.concatenate(([0], np.cumsum(frequency))).astype(np.int64)
        self.idf = np.log(count / frequency).astype(np.float32)
        # The most frequent trigrams ("er ", " an", "ing") are in so many keys that their long
        # posting lists cost more time than their small IDF adds information: leave them out,
        # unless a query has nothing else.
        self.common = frequency > _STOP_GRAM_SHARE * count
        self.idf[self.common] = 0.0
        self.common_idf = np.log(count / frequency).astype(np.float32)
        self.unseen_idf = float(math.log(count))
        self.weights = np.bincount(
            self.entries, weights=self.idf[gram_of_pair], minlength=count
        ).astype(np.float32)
        self.size = count

    def search(self, key: str, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """Best `limit` entries by IDF-weighted Dice overlap: (entry ids, dice in 0..1)."""
        codes = np.unique(np.asarray(_grams(key), dtype=np.int64))
        if not len(codes):
            return np.empty(0, np.int32), np.empty(0, np.float32)
        slots = np.searchsorted(self.grams, codes)
        slots[slots >= len(self.grams)] = 0
        known = self.grams[slots] == codes
        gram_ids = slots[known]
        query_weight = float(self.idf[gram_ids].sum()) + self.unseen_idf * int((~known).sum())
        idf = self.idf
        if self.common[gram_ids].all():
            idf = self.common_idf  # "it", "are": only common trigrams, so search with them
            query_weight = float(idf[gram_ids].sum()) + self.unseen_idf * int((~known).sum())
        else:
            gram_ids = gram_ids[~self.common[gram_ids]]
        if not len(gram_ids):
            return np.empty(0, np.int32), np.empty(0, np.float32)
        begin = self.starts[gram_ids]
        counts = self.starts[gram_ids + 1] - begin
        offsets = np.cumsum(counts) - counts
        postings = self.entries[np.repeat(begin - offsets, counts) + np.arange(int(counts.sum()))]
        overlap = np.bincount(
            postings, weights=np.repeat(idf[gram_ids], counts), minlength=self.size
        )
        hits = np.flatnonzero(overlap > 0)
        shared = overlap[hits]
        dice = 2 * shared / (query_weight + self.weights[hits])
        # Labels wholly contained in a longer query ("nurse" in "nurse aleppo") rank with the
        # closest-length ones, so sentences that survive cleaning still reach the re-ranker.
        covered = np.minimum(shared / np.maximum(self.weights[hits], 1e-6), 1.0)
        rank = dice + 0.5 * covered
        if len(hits) > limit:
            best = np.argpartition(-rank, limit)[:limit]
            hits, dice = hits[best], dice[best]
        return hits.astype(np.int32), dice.astype(np.float32)


class _TokenTable:
    """The words of every search key (CSR arrays) with their IDF, for word-level soft matching."""

    def __init__(self, keys: list[str]) -> None:
        vocabulary: dict[str, int] = {}
        ids: list[int] = []
        lengths: list[int] = []
        for key in keys:
            words = key.split()
            ids.extend(vocabulary.setdefault(word, len(vocabulary)) for word in words)
            lengths.append(len(words))
        self.words = list(vocabulary)
        self.words_array = np.array(self.words, dtype=object)
        self.vocabulary = vocabulary
        self.ids = np.asarray(ids, dtype=np.int32)
        self.starts = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        frequency = np.bincount(self.ids, minlength=len(self.words))
        self.idf = np.log(len(keys) / np.maximum(frequency, 1)).astype(np.float32)
        self.unseen_idf = float(math.log(len(keys)))

    def gather(self, entries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Word ids of some keys, concatenated, and where each key's words start."""
        begin, end = self.starts[entries], self.starts[entries + 1]
        counts = end - begin
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        positions = np.repeat(begin - offsets, counts) + np.arange(int(counts.sum()))
        return self.ids[positions], offsets


class _Index:
    """The loaded index: occupations, ISCO groups and search structures (read-only, shared)."""

    def __init__(self, document: dict[str, Any]) -> None:
        if document.get("format") != INDEX_FORMAT:
            raise ValueError(f"unsupported index format {document.get('format')!r}")
        self.attribution: str = document["attribution"]
        self.locales: list[str] = document["locales"]
        occupations: dict[str, dict[str, Any]] = document["occupations"]
        self.uris = sorted(occupations)
        self.position = {uri: index for index, uri in enumerate(self.uris)}
        self.isco = [occupations[uri]["isco"] for uri in self.uris]
        self.labels: list[dict[str, list[str]]] = [occupations[uri]["labels"] for uri in self.uris]
        self.prior = np.array([_genericness(occupations[uri]) for uri in self.uris], np.float32)
        self.sequence = np.array([_sequence(occupations[uri]) for uri in self.uris], np.int64)
        self.groups: dict[str, dict[str, Any]] = document["isco_groups"]
        self.children: dict[str | None, list[str]] = {}
        for code in sorted(self.groups):
            self.children.setdefault(self.groups[code]["parent"], []).append(code)
        search = document["search"]
        if document.get("text_version") != TEXT_VERSION:
            log.warning("index made by text version %s: re-keying", document.get("text_version"))
            search = search_structure(occupations, self.locales)
        self.keys: list[str] = search["keys"]
        self.owners: list[list[int]] = search["owners"]
        self.key_position = {key: index for index, key in enumerate(self.keys)}
        # The head word of every key (last word; first in Arabic script), used per query.
        self.heads = [
            key.split(" ", 1)[0] if head_initial(key) else key.rsplit(" ", 1)[-1]
            for key in self.keys
        ]
        self.keys_array = np.array(self.keys, dtype=object)
        self.heads_array = np.array(self.heads, dtype=object)
        sizes = np.fromiter((len(o) for o in self.owners), dtype=np.int64, count=len(self.owners))
        self.owner_starts = np.concatenate(([0], np.cumsum(sizes)))
        self.owner_codes = np.fromiter(
            (code for owners in self.owners for code in owners), dtype=np.int64
        )
        self.unit_codes = sorted(set(self.isco))
        unit_position = {code: position for position, code in enumerate(self.unit_codes)}
        self.unit_ids = np.array([unit_position[code] for code in self.isco], dtype=np.int64)
        self.ngrams = _NgramIndex(self.keys)
        self.words = _TokenTable(self.keys)

    def owner_codes_of(self, entries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The owner codes of some keys, concatenated, and for each code its key's slot."""
        begin = self.owner_starts[entries]
        counts = self.owner_starts[entries + 1] - begin
        offsets = np.cumsum(counts) - counts
        positions = np.repeat(begin - offsets, counts) + np.arange(int(counts.sum()))
        return self.owner_codes[positions], np.repeat(np.arange(len(entries)), counts)

    @classmethod
    def read(cls, path: Path) -> _Index:
        """Load a gzip JSON index written by taxonomy_build."""
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: run `doorway taxonomy build`")
        return cls(json.loads(gzip.decompress(path.read_bytes())))


def _sequence(occupation: dict[str, Any]) -> int:
    """The occupation's number within its ISCO unit in ESCO's notation (2221.3.1 → 3)."""
    parts = (occupation.get("code") or "").split(".")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 999


def _genericness(occupation: dict[str, Any]) -> float:
    """0..1: how broad a concept is (shallow in ESCO's tree below ISCO, many labels)."""
    depth = max(1, occupation["code"].count(".")) if occupation.get("code") else 2
    labels = sum(len(labels) for labels in occupation["labels"].values())
    return 0.6 / depth + 0.4 * min(1.0, math.log1p(labels) / math.log1p(80))


_LOAD_LOCK = threading.Lock()
_LOADED: dict[Path, Normaliser] = {}


class Normaliser:
    """Occupation search over the packaged ESCO index; implements OccupationSuggester."""

    THRESHOLD = 0.68

    def __init__(self, index: _Index, aliases: Mapping[str, str] | None = None) -> None:
        self._index = index
        self._bonus_cache: dict[str, np.ndarray] = {}
        self._remembered = lru_cache(maxsize=MEMO_SIZE)(self.rank)
        self._aliases: dict[str, str] = {}
        for text, uri in (aliases or {}).items():
            if uri in index.position:
                self._aliases[clean_query(text).key] = uri
            else:
                log.warning("alias %r points to an unknown occupation %s: ignored", text, uri)

    @classmethod
    def load(cls, path: Path | None = None) -> Normaliser:
        """The normaliser for an index file (default: the packaged one), loaded once per process."""
        resolved = (path or INDEX_PATH).resolve()
        with _LOAD_LOCK:
            if resolved not in _LOADED:
                _LOADED[resolved] = cls(_Index.read(resolved))
            return _LOADED[resolved]

    @classmethod
    def from_file(cls, path: Path) -> Normaliser:
        """A fresh normaliser for an index file, bypassing the per-process cache."""
        return cls(_Index.read(path))

    def with_aliases(self, mapping: Mapping[str, str]) -> Normaliser:
        """A normaliser sharing this index, with coordinator aliases (raw text → URI)."""
        merged = Normaliser(self._index)
        merged._aliases = dict(self._aliases)
        merged._aliases.update(Normaliser(self._index, mapping)._aliases)
        return merged

    def add_alias(self, raw_text: str, uri: str) -> None:
        """Map a raw text to an occupation; it wins whenever the cleaned text matches exactly."""
        if uri not in self._index.position:
            raise ValueError(f"unknown occupation {uri}")
        key = clean_query(raw_text).key
        if not key:
            raise ValueError(f"nothing left of {raw_text!r} after cleaning")
        self._aliases[key] = uri
        self._remembered.cache_clear()  # remembered answers may not know the alias

    @property
    def attribution(self) -> str:
        """The ESCO attribution the data requires wherever it is shown."""
        return self._index.attribution

    def isco(self, uri: str) -> str | None:
        """The 4-digit ISCO-08 unit of an occupation."""
        position = self._index.position.get(uri)
        return None if position is None else self._index.isco[position]

    def label(self, uri: str, locale: str) -> str | None:
        """The occupation's preferred label in a locale (English when it has none), or None."""
        position = self._index.position.get(uri)
        if position is None:
            return None
        labels = self._index.labels[position]
        for candidate in (locale, "en"):
            texts = labels.get(candidate)
            if texts and texts[0]:
                return texts[0]
        return next((texts[0] for texts in labels.values() if texts and texts[0]), uri)

    def isco_title(self, code: str, locale: str) -> str | None:
        """An ISCO-08 group's title in a locale (English when it has none), or None."""
        group = self._index.groups.get(code)
        if group is None:
            return None
        return group["titles"].get(locale) or group["titles"].get("en")

    def sector_tree(self, locale: str) -> list[SectorNode]:
        """ISCO-08 major groups → sub-major → minor → unit, titled in a locale."""
        children = self._index.children

        def node(code: str) -> SectorNode:
            return SectorNode(
                code=code,
                level=int(self._index.groups[code]["level"]),
                title=self.isco_title(code, locale) or code,
                children=tuple(node(child) for child in children.get(code, [])),
            )

        return [node(code) for code in children.get(None, [])]

    def sector_options(self, parent: str | None, locale: str) -> list[SectorOption]:
        """The sub-groups of an ISCO-08 group (the major groups for None), titled in a locale."""
        children = self._index.children.get(parent, [])
        return [SectorOption(code, self.isco_title(code, locale) or code) for code in children]

    def alias_key(self, text: str) -> str:
        """Aliases are keyed by the cleaned search key: "Backend  DEV" and "backend dev" agree."""
        return clean_query(text).key

    def suggest(self, text: str, locale: str, limit: int = 5) -> list[OccupationCandidate]:
        """Candidates best first, or [] when the best one is below the confidence threshold."""
        result = self.normalise(text, locale, limit)
        return result.candidates if result.confident else []

    def normalise(self, text: str, locale: str, limit: int = 3) -> Suggestions:
        """Clean the text, then rank occupations; aliases win on an exact cleaned match.

        Many people write the same few occupations ("nurse", "sjuksköterska"), and a ranking
        takes milliseconds: the last MEMO_SIZE answers are remembered (until an alias changes).
        """
        found = self._remembered(text, locale, limit)
        return replace(found, candidates=list(found.candidates))  # the caller's own list

    def rank(self, text: str, locale: str, limit: int = 3) -> Suggestions:
        """The ranking itself, computed every time (what `normalise` remembers)."""
        cleaned = self._joined_compound(clean_query(text))
        if not cleaned.key:
            return Suggestions(cleaned.text, [], False)
        occupations, scores = self._score(cleaned, locale)
        # Best first; ties go to ESCO's first-listed occupation of the unit (2221.1, the general
        # nurse, before 2221.3, the specialist), then to the smaller URI, so results are stable.
        top = np.lexsort((occupations, self._index.sequence[occupations], -scores))[:limit]
        candidates = [
            self._candidate(int(occupations[i]), float(scores[i]), locale) for i in top.tolist()
        ]
        alias = self._aliases.get(cleaned.key)
        if alias is not None:
            position = self._index.position[alias]
            others = [c for c in candidates if c.uri != alias][: max(0, limit - 1)]
            candidates = [self._candidate(position, _FULL_SCORE, locale), *others]
            return Suggestions(cleaned.text, self._distinct_labels(candidates, locale), True)
        sectors = sector_codes(text, cleaned)
        confident = bool(candidates) and candidates[0].score >= self.THRESHOLD and not sectors
        return Suggestions(
            cleaned.text, self._distinct_labels(candidates, locale), confident, sectors
        )

    def _joined_compound(self, cleaned: CleanedQuery) -> CleanedQuery:
        """A Swedish or Finnish compound typed apart ("buss chaufför", "el-ingenjör",
        "kone insinööri") as the one word the labels have, when that word is known."""
        words = cleaned.text.split()
        if not 2 <= len(words) <= 3 or head_initial(cleaned.text):
            return cleaned
        joined = "".join(words)
        key = search_key(joined)
        if key in self._index.words.vocabulary or key in self._index.key_position:
            return CleanedQuery(text=joined, key=key, head=-1)
        return cleaned

    def _distinct_labels(
        self, candidates: list[OccupationCandidate], locale: str
    ) -> list[OccupationCandidate]:
        """Qualify labels that read the same (ESCO sv gives two units "sjuksköterska,
        grundutbildad") with their ISCO unit title, so that buttons can be told apart."""
        counts: dict[str, int] = {}
        for candidate in candidates:
            counts[candidate.label] = counts.get(candidate.label, 0) + 1
        return [
            replace(c, label=f"{c.label} ({self.isco_title(c.isco, locale) or c.isco})")
            if counts[c.label] > 1
            else c
            for c in candidates
        ]

    def _candidate(self, occupation: int, score: float, locale: str) -> OccupationCandidate:
        uri = self._index.uris[occupation]
        return OccupationCandidate(
            uri=uri,
            isco=self._index.isco[occupation],
            label=self.label(uri, locale) or uri,
            score=round(min(1.0, max(0.0, score / _FULL_SCORE)), 4),
        )

    def _score(self, cleaned: CleanedQuery, locale: str) -> tuple[np.ndarray, np.ndarray]:
        """Occupations and their scores (about 0..110) for a cleaned query."""
        index = self._index
        key = cleaned.key
        entries, dice = index.ngrams.search(key, _SHORTLIST)
        exact = index.key_position.get(key)
        if exact is not None and exact not in set(entries.tolist()):
            entries = np.append(entries, np.int32(exact))
            dice = np.append(dice, np.float32(1.0))
        if not len(entries):
            return np.empty(0, np.int64), np.empty(0)
        labels = _label_scores(index, cleaned, entries, dice)
        keep = entries[np.argsort(-labels, kind="stable")[:_RERANK_KEEP]]
        kept_labels = np.sort(labels)[::-1][: len(keep)]
        if len(key) >= 4:
            # A label that starts the query or is started by it: "sjuksköterska" for "sjuksk".
            kept_labels = kept_labels + 3.0 * np.fromiter(
                (
                    choice.startswith(key) or key.startswith(choice)
                    for choice in index.keys_array[keep].tolist()
                ),
                dtype=bool,
                count=len(keep),
            )
        codes, slot = index.owner_codes_of(keep)
        occupations = codes >> 8
        locales = (codes >> KIND_BITS) & ((1 << LOCALE_BITS) - 1)
        scores = (
            kept_labels[slot].astype(np.float64)
            - _KIND_PENALTY[codes & ((1 << KIND_BITS) - 1)]
            + self._locale_bonus(locale)[locales]
            + 2.0 * index.prior[occupations]
        )
        # The best label of each occupation: sort by occupation, then by score descending.
        order = np.lexsort((-scores, occupations))
        occupations, scores = occupations[order], scores[order]
        first = np.ones(len(occupations), dtype=bool)
        first[1:] = occupations[1:] != occupations[:-1]
        occupations, scores = occupations[first], scores[first]
        scores += self._head_support(cleaned, entries, labels, occupations)
        return occupations, scores

    def _locale_bonus(self, locale: str) -> np.ndarray:
        """Per index locale: +2 for the reader's own, +1 for the region's and newcomers'."""
        cached = self._bonus_cache.get(locale)
        if cached is None:
            cached = np.array(
                [
                    2.0
                    if name == locale
                    else 1.0
                    if name in REGION_LOCALES | NEWCOMER_LOCALES
                    else 0
                    for name in self._index.locales
                ]
            )
            self._bonus_cache[locale] = cached
        return cached

    def _head_support(
        self,
        cleaned: CleanedQuery,
        entries: np.ndarray,
        labels: np.ndarray,
        occupations: np.ndarray,
    ) -> np.ndarray:
        """How characteristic the query's head word is of each occupation and of its ISCO unit.

        Counts the labels ending in it ("ward nurse", "adult nurse"; "dietkock" for "kock"): a
        bare "nurse" has no exact label, and this, not the modifiers' lengths, should decide.
        Only labels about as good as the best count: "bioinformatics scientist" says nothing
        about "data scientist" when that is itself a label.
        """
        index = self._index
        head = cleaned.key.split()[cleaned.head]
        close = entries[labels >= float(labels.max()) - _SUPPORT_MARGIN]
        heads = index.heads_array[close].tolist()
        if len(head) >= 4:
            # a compound's head ("dietkock"), or the head with one typo ("nurc" for "nurs")
            typo = process.cdist([head], heads, scorer=Levenshtein.distance, score_cutoff=1)[0]
            matches = [
                h == head or h.endswith(head) or d <= 1 for h, d in zip(heads, typo, strict=True)
            ]
        else:
            matches = [h == head for h in heads]
        support = close[np.asarray(matches, dtype=bool)]
        if not len(support):
            return np.zeros(len(occupations))
        codes, slot = index.owner_codes_of(support)
        # Each (label, occupation) pair counts once, whatever the locales that share the label.
        pairs = np.unique(slot.astype(np.int64) << 32 | (codes >> 8))
        owners = pairs & 0xFFFFFFFF
        own = np.bincount(owners, minlength=len(index.uris))[occupations]
        units = index.unit_ids[owners]
        unit = np.bincount(units, minlength=len(index.unit_codes))[index.unit_ids[occupations]]
        return np.minimum(5.0, 1.5 * np.log2(1 + own)) + np.minimum(3.0, 0.75 * np.log2(1 + unit))


def _label_scores(
    index: _Index, cleaned: CleanedQuery, entries: np.ndarray, dice: np.ndarray
) -> np.ndarray:
    """Score 0..100 of each shortlisted key against the query.

    Word-level soft matching does the main work: each query word is matched to its most similar
    label word (edit ratio, or containment for compounds: "kock" in "dietkock"), weighted by IDF
    with the head word counting more, so "registered nurse" prefers "ward nurse" to "registered
    sales assistant"; the reverse direction penalises labels with many unmatched words. The
    whole-string ratio and trigram Dice add typo tolerance across word boundaries.
    """
    words = cleaned.key.split()
    label_words, offsets = index.words.gather(entries)
    unique, inverse = np.unique(label_words, return_inverse=True)
    strings = index.words.words_array[unique].tolist()
    ratio = process.cdist(words, strings, scorer=fuzz.ratio, dtype=np.float32)
    # A word that ends another is its compound head ("kock" in "dietkock", "ingenj" in
    # "byggingenj"): nearly a match. Prefixes are modifiers ("nurs" in "nurser"), not heads.
    # Only for the head word: a modifier ending another word is a coincidence ("mechanical" in
    # "electromechanical").
    head = cleaned.head % len(words)
    partial = process.cdist([words[head]], strings, scorer=fuzz.partial_ratio, dtype=np.float32)[0]
    for column in np.flatnonzero(partial >= 100).tolist():
        word, other = words[head], strings[column]
        if min(len(word), len(other)) >= 4 and (word.endswith(other) or other.endswith(word)):
            ratio[head, column] = max(ratio[head, column], 90.0)
    similarity = ratio[:, inverse]
    per_query_word = np.maximum.reduceat(similarity, offsets, axis=1)
    weights = np.array(
        [
            float(index.words.idf[index.words.vocabulary[word]])
            if word in index.words.vocabulary
            else index.words.unseen_idf
            for word in words
        ],
        dtype=np.float32,
    )
    weights[cleaned.head] *= 1.5
    query_cover = weights @ per_query_word / weights.sum()
    label_weights = index.words.idf[label_words]
    # A label word counts as covered only when closely matched: "nursery" is not in "nurse".
    covered = np.clip((similarity.max(axis=0) - 85.0) / 15.0, 0.0, 1.0) * 100.0
    label_cover = np.add.reduceat(label_weights * covered, offsets) / np.maximum(
        np.add.reduceat(label_weights, offsets), 1e-6
    )
    choices = index.keys_array[entries].tolist()
    whole = process.cdist([cleaned.key], choices, scorer=fuzz.ratio, dtype=np.float32)[0]
    return 0.4 * query_cover + 0.25 * label_cover + 0.2 * whole + 15.0 * dice


# kind = is_alt + 2 * variant level (0: the label itself, 1 + loss: a variant of it)
_KIND_PENALTY = np.array([0.0, 2.0, 1.0, 3.0, 2.0, 4.0, 3.5, 5.5])
