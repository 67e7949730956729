"""Which of Doorway's languages a short free text is written in, judged by its script alone.

Pure and cheap: no statistics, just the letters. It only has to be right when it speaks, so
it stays silent whenever a text could be in the person's own UI language:

- Ethiopic (Ge'ez) script: Tigrinya, the only Ge'ez language Doorway speaks.
- Arabic script: Persian/Dari when it has letters Arabic does not use (پ چ ژ گ, and the
  Persian keyboard's ی ک), Arabic when it has letters Persian does not use (ة ي ك ى), and
  either one when it has neither (a short name like محمد).
- Cyrillic: Ukrainian with і ї є ґ, Russian with ы э ъ ё, either one with neither.
- Latin script never leads to a suggestion: Swedish, Finnish, English and Somali share it, and
  names and occupations are too short to tell them apart reliably.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

MIN_LETTERS = 2
MIN_SHARE = 0.6  # "clearly" in another script: most of the letters are in it

_PERSIAN_ONLY = frozenset("پچژگیک")
_ARABIC_ONLY = frozenset("ةيكى")
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")

# The script each UI locale is written in.
SCRIPT_OF_LOCALE = {
    "sv": "latin",
    "fi": "latin",
    "en": "latin",
    "so": "latin",
    "ar": "arabic",
    "fa": "arabic",
    "uk": "cyrillic",
    "ru": "cyrillic",
    "ti": "ethiopic",
}


def script_of(ch: str) -> str | None:
    """'latin', 'arabic', 'cyrillic', 'ethiopic', 'other' for a letter; None for anything else."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "ARABIC", "CYRILLIC", "ETHIOPIC"):
        if name.startswith(script):
            return script.lower()
    return "other"


def dominant_script(text: str) -> str | None:
    """The script of most of the text's letters, when clearly most; None when unclear."""
    counts = Counter(filter(None, map(script_of, text)))
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return None
    script, count = counts.most_common(1)[0]
    return script if count / total >= MIN_SHARE else None


def guess_locales(text: str) -> tuple[str, ...]:
    """The UI locales the text may be written in, best first; () when the script says nothing."""
    script = dominant_script(text)
    letters = set(text.casefold())
    if script == "ethiopic":
        return ("ti",)
    if script == "arabic":
        return _either("fa", "ar", letters & _PERSIAN_ONLY, letters & _ARABIC_ONLY)
    if script == "cyrillic":
        return _either("uk", "ru", letters & _UKRAINIAN_ONLY, letters & _RUSSIAN_ONLY)
    return ()


def _either(
    first: str, second: str, first_marks: set[str], second_marks: set[str]
) -> tuple[str, ...]:
    if first_marks and not second_marks:
        return (first,)
    if second_marks and not first_marks:
        return (second,)
    # Neither (or both): the script alone cannot tell, so both are offered, in menu order.
    return tuple(sorted((first, second), key=("ar", "fa", "uk", "ru").index))


def suggest_locales(text: str, ui_locale: str) -> tuple[str, ...]:
    """Locales worth suggesting to someone who wrote `text` in `ui_locale`; () for none.

    Nothing is suggested when the text may well be in the UI language already: Cyrillic
    without Russian-only letters for a Ukrainian UI, Arabic script without Arabic-only
    letters for a Persian UI, and so on.
    """
    candidates = guess_locales(text)
    if ui_locale in candidates:
        return ()
    return candidates
