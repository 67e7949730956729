"""Regulated occupations: which authority recognises a newcomer's foreign qualification.

The rules live in one data file, `data/recognition.toml` (or the file named by
DOORWAY_RECOGNITION_FILE): per country, ISCO-08 codes or prefixes with the authority to turn to
and why. The longest matching prefix wins; every rule with that prefix applies.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from doorway.dialogs.places import COUNTRY_TIMEZONES
from doorway.dialogs.steps import Say, Term
from doorway.storage.records import Person, Role

RECOGNITION_FILE = Path(__file__).with_name("data") / "recognition.toml"
REASONS = ("licence", "title", "eligibility", "degree", "qualification")
FALLBACK_LANGUAGE = "en"
_ISCO = re.compile(r"^\d{1,4}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_AUTHORITY_KEYS = frozenset({"name", "url"})
_RULE_KEYS = frozenset({"isco", "authority", "reason"})


class RecognitionFileError(ValueError):
    """The recognition data file is malformed; the message names the file and the place."""


@dataclass(frozen=True)
class Authority:
    """An authority to turn to and why (a reason code), with its name and link per language."""

    key: str
    names: Mapping[str, str]
    urls: Mapping[str, str]
    reason: str

    def name(self, language: str) -> str:
        """The name in that language, else in English, else the first one given."""
        return _pick(self.names, language)

    def url(self, language: str) -> str:
        """The link for that language, else the English one, else the first one given."""
        return _pick(self.urls, language)


@dataclass(frozen=True)
class RecognitionRules:
    """The loaded rules: per country, ISCO-08 code or prefix → the authorities for it."""

    by_country: Mapping[str, Mapping[str, tuple[Authority, ...]]]
    source: Path

    def authorities_for(self, isco: str | None, country: str | None) -> list[Authority]:
        """The authorities of the longest matching prefix; none for an unknown country."""
        prefixes = self.by_country.get((country or "").upper())
        code = (isco or "").strip()
        if not prefixes or not code:
            return []
        for length in range(len(code), 0, -1):
            found = prefixes.get(code[:length])
            if found:
                return list(found)
        return []

    def authorities(self) -> list[Authority]:
        """Every authority any rule points to (each rule's copy, with its reason)."""
        return [a for rules in self.by_country.values() for found in rules.values() for a in found]


def load_recognition(path: Path = RECOGNITION_FILE) -> RecognitionRules:
    """Read and check a recognition file; a malformed one raises RecognitionFileError."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RecognitionFileError(f"{path}: cannot be read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RecognitionFileError(f"{path}: not valid TOML ({error})") from None
    try:
        return _parse(raw, path)
    except _Malformed as error:
        raise RecognitionFileError(f"{path}: {error}") from None


@cache
def default_recognition() -> RecognitionRules:
    """The rules of the packaged file, loaded once per process."""
    return load_recognition(RECOGNITION_FILE)


def authorities_for(isco: str, country: str) -> list[Authority]:
    """The authorities for an ISCO-08 code in a country, by the packaged rules."""
    return default_recognition().authorities_for(isco, country)


def recognition_says(
    rules: RecognitionRules, person: Person, key: str = "recognition-needed"
) -> list[Say]:
    """The pointer to the authorities for a newcomer in a regulated occupation, else nothing."""
    if person.role != Role.NEWCOMER or person.country not in COUNTRY_TIMEZONES:
        return []
    found = rules.authorities_for(person.occupation_isco, person.country)
    if not found:
        return []
    language = person.locale
    lines = tuple(
        Term(
            "recognition-authority",
            {
                "authority": authority.name(language),
                "link": authority.url(language),
                "why": Term(f"recognition-reason-{authority.reason}"),
            },
        )
        for authority in found
    )
    return [Say(key, {"where": Term(f"recognition-in-{person.country}")}, lines=lines)]


def recognition_key(person: Person) -> list[str | None]:
    """What decides the pointer (occupation and country), kept while a profile edit runs."""
    return [person.occupation_isco, person.country]


# -- parsing ----------------------------------------------------------------------------------


class _Malformed(Exception):
    """One thing wrong with the file's content."""


def _pick(values: Mapping[str, str], language: str) -> str:
    return values.get(language) or values.get(FALLBACK_LANGUAGE) or next(iter(values.values()))


def _parse(raw: dict[str, Any], path: Path) -> RecognitionRules:
    tables = raw.get("authorities")
    if not isinstance(tables, dict) or not tables:
        raise _Malformed("there is no [authorities.<id>] table")
    authorities = {key: _authority(key, table) for key, table in tables.items()}
    by_country: dict[str, dict[str, tuple[Authority, ...]]] = {}
    for country, rules in raw.items():
        if country == "authorities":
            continue
        if country not in COUNTRY_TIMEZONES:
            known = ", ".join(COUNTRY_TIMEZONES)
            raise _Malformed(f"[[{country}]] is not a country Doorway knows ({known})")
        if not isinstance(rules, list):
            raise _Malformed(f"{country} must be written as [[{country}]] rules")
        prefixes = by_country.setdefault(country, {})
        for number, rule in enumerate(rules, start=1):
            where = f"rule {number} of [[{country}]]"
            for code, authority in _rule(rule, authorities, where):
                if any(a.key == authority.key for a in prefixes.get(code, ())):
                    raise _Malformed(f"{where}: {code} already points to {authority.key!r}")
                prefixes[code] = (*prefixes.get(code, ()), authority)
    return RecognitionRules(by_country, path)


def _authority(key: str, table: object) -> dict[str, Any]:
    where = f"[authorities.{key}]"
    if not isinstance(table, dict):
        raise _Malformed(f"{where} must be a table with name and url")
    unknown = set(table) - _AUTHORITY_KEYS
    if unknown:
        raise _Malformed(f"{where} has unknown keys: {', '.join(sorted(unknown))}")
    names = _localised(table.get("name"), f"{where} name")
    urls = _localised(table.get("url"), f"{where} url")
    for language, url in urls.items():
        if not url.startswith("https://") or len(url) <= len("https://"):
            raise _Malformed(f"{where} url ({language}) must be an https:// link, not {url!r}")
    return {"key": key, "names": names, "urls": urls}


def _localised(value: object, where: str) -> dict[str, str]:
    """A string for every language, or a table of strings per language."""
    if isinstance(value, str) and value.strip():
        return {FALLBACK_LANGUAGE: value.strip()}
    if isinstance(value, dict) and value:
        result = {}
        for language, text in value.items():
            if not _LANGUAGE.match(language) or not isinstance(text, str) or not text.strip():
                raise _Malformed(f"{where}.{language} must be a text for a language code")
            result[language] = text.strip()
        return result
    raise _Malformed(f"{where} is missing (a text, or one per language)")


def _rule(
    rule: object, authorities: dict[str, dict[str, Any]], where: str
) -> list[tuple[str, Authority]]:
    if not isinstance(rule, dict):
        raise _Malformed(f"{where} must be a table")
    unknown = set(rule) - _RULE_KEYS
    if unknown:
        raise _Malformed(f"{where} has unknown keys: {', '.join(sorted(unknown))}")
    codes = rule.get("isco")
    if not isinstance(codes, list) or not codes:
        raise _Malformed(f'{where}: isco must be a list of ISCO-08 codes such as ["2221"]')
    for code in codes:
        if not isinstance(code, str) or not _ISCO.match(code):
            raise _Malformed(f"{where}: {code!r} is not an ISCO-08 code or prefix (1–4 digits)")
    key = rule.get("authority")
    if key not in authorities:
        raise _Malformed(f"{where}: authority {key!r} is not defined under [authorities]")
    reason = rule.get("reason")
    if reason not in REASONS:
        raise _Malformed(f"{where}: reason must be one of {', '.join(REASONS)}, not {reason!r}")
    authority = Authority(reason=str(reason), **authorities[str(key)])
    return [(code, authority) for code in codes]
