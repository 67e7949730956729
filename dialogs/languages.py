"""Meeting languages: the codes Doorway offers and the names people type for them."""

from __future__ import annotations

import re
import unicodedata

# The integration languages first, then English, then the newcomers' most common languages.
MEETING_LANGUAGES = ("sv", "fi", "en", "ar", "fa", "uk", "ru", "so", "ti")

# The languages Doorway itself speaks (the menu at /start and /language), in the menu's order.
# Not the same list as MEETING_LANGUAGES, even if it has the same codes today: one is what the
# bot writes in, the other what two people can talk in at their meeting.
UI_LOCALES = ("sv", "fi", "en", "ar", "fa", "uk", "ru", "so", "ti")

# Written right to left: these get bidi isolation and a right-to-left mark where needed.
RTL_LOCALES = frozenset({"ar", "fa"})

# Names people type, in sv/fi/en and in the language itself; folded (no case, no diacritics).
_NAMES: dict[str, tuple[str, ...]] = {
    "sv": ("sv", "swedish", "svenska", "ruotsi", "svensk"),
    "fi": ("fi", "finnish", "finska", "suomi", "finsk", "suomea"),
    "en": ("en", "english", "engelska", "englanti", "engelsk", "englantia"),
    "ar": ("ar", "arabic", "arabiska", "arabia", "عربي", "العربية", "arabi"),
    "fa": ("fa", "persian", "farsi", "dari", "persiska", "persia", "فارسی", "دری"),
    "uk": ("uk", "ukrainian", "ukrainska", "ukraina", "українська"),
    "ru": ("ru", "russian", "ryska", "venaja", "русский"),
    "so": ("so", "somali", "somaliska", "somalia", "af soomaali", "soomaali"),
    "ti": ("ti", "tigrinya", "tigrinja", "ትግርኛ"),
}
_SEPARATORS = re.compile(r"\s*(?:,|;|/|&|\+|\band\b|\boch\b|\bja\b|\n)\s*", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics, for forgiving comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


_LOOKUP = {fold(name): code for code, names in _NAMES.items() for name in names}


def parse_languages(text: str) -> tuple[list[str], list[str]]:
    """Language codes named in free text, and the words that named no known language."""
    found: list[str] = []
    unknown: list[str] = []
    for part in filter(None, (p.strip(" .!") for p in _SEPARATORS.split(text))):
        code = _LOOKUP.get(fold(part))
        if code is None:
            unknown.append(part)
        elif code not in found:
            found.append(code)
    return found, unknown
