"""Every locale has every message English has, and every message renders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from doorway.dialogs.i18n import LOCALES_DIR, Translator

translator = Translator()
REQUIRED_LOCALES = ("sv", "fi", "en", "ar", "fa", "uk", "ru", "so", "ti")
SAMPLE_ARGS = {
    "max": 5,
    "seconds": 40,
    "reporter": "Ali #3",
    "reported": "Bo #4",
    "role": "newcomer",
    "name": "Ali",
    "command": "/x",
    "text": "x",
    "words": "x",
    "n": 2,
    "on": "yes",
    "years": 3,
    "count": 2,
    "value": "x",
    "total": 4,
    "reminder": "no",
    "left": 2,
    "link": "https://t.me/doorway_bot?start=abc123",
    "code": "abc123",
    "organisation": "Volvo",
    "kind": "employer",
    "ok": "yes",
    "status": "paused",
    "who": "x",
    "municipality": "Uppsala",
    "country": "Sverige",
    "title": "Hälso- och sjukvård",
    "occupation": "sjuksköterska",
    "languages": "svenska",
    "intro": "Hej",
    "language": "svenska",
    "first": "arabiska",
    "second": "persiska/dari",
    "chosen": "tisdag 8 december 14:00",
    "day": "tis 8 dec",
    "when": "tisdag 8 december 14:00",
    "place": "Kafé Kaka",
    "contact": "070-123",
    "waiting": 7,
    "sector": "Hälso- och sjukvård",
    "months": 2,
    "date": "15 januari 2027",
    "number": 3,
    "yes": 12,
    "no": 4,
    "invited": 120,
    "capacity": 30,
    "start": "1 januari 2026",
    "end": "31 mars 2026",
    "pct": "16,0",
    "label": "Jobb",
    "people": 3,
    "meetings": 2,
    "newcomers": 50,
    "door_openers": 20,
    "proposed": 80,
    "held": 45,
    "days": "12,5",
    "authority": "Socialstyrelsen",
    "why": "legitimation",
    "where": "i Sverige",
    "free": 5,
    "used": 1,
    "other": "Erik",
    "audience": "role=newcomer sector=22 locale=sv",
    "limit": 3,
    "proposals": 7,
    "answers": 9,
}


def test_required_locales_exist() -> None:
    assert set(REQUIRED_LOCALES) <= set(translator.locales)


@pytest.mark.parametrize("locale", [loc for loc in translator.locales if loc != "en"])
def test_locale_has_every_english_message(locale: str) -> None:
    assert translator.message_ids("en") - translator.message_ids(locale) == set()


@pytest.mark.parametrize("locale", translator.locales)
def test_every_message_renders(locale: str) -> None:
    for key in sorted(translator.message_ids(locale)):
        assert translator(locale, key, **SAMPLE_ARGS).strip(), key


@pytest.mark.parametrize("locale", [loc for loc in translator.locales if loc != "en"])
def test_translations_are_marked_for_review(locale: str) -> None:
    for path in (LOCALES_DIR / locale).glob("*.ftl"):
        assert "awaiting review by a native speaker" in path.read_text(encoding="utf-8"), path


def test_code_uses_only_existing_keys() -> None:
    """Every literal message key in the engine exists in English."""
    root = Path(__file__).resolve().parents[1] / "dialogs"
    pattern = re.compile(r'(?:Say|Invalid|Term|Choice)\(\s*"([a-z][a-z0-9-]+)"')
    pattern_key = re.compile(r'Choice\([^)]*?"[^"]*",\s*"([a-z][a-z0-9-]+)"')
    used = set()
    for path in root.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(pattern.findall(source)) | set(pattern_key.findall(source))
    used = {key for key in used if "-" in key}
    assert used, "the pattern found no keys"
    assert used - translator.message_ids("en") == set()
