"""Localisation as a plain service: one Fluent bundle per locale from `locales/<lang>/*.ftl`."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

import doorway.locales
from doorway.dialogs.languages import RTL_LOCALES

LOCALES_DIR = Path(doorway.locales.__file__).resolve().parent
FALLBACK_LOCALE = "en"


# Argument types whose formatting depends only on their value (dates go through Fluent each time).
_PLAIN = frozenset({str, int, float})
MEMO_SIZE = 50_000


class MissingMessage(KeyError):
    """A message key that exists in no locale: a programming error, never shown to users."""


class Translator:
    """Formats message keys with arguments in a locale, falling back to English."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._dir = locales_dir
        self.locales = tuple(
            sorted(p.name for p in locales_dir.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
        )
        self._bundles = {locale: _load_bundle(locales_dir, locale) for locale in self.locales}
        self._plain = lru_cache(maxsize=MEMO_SIZE)(self._format_plain)

    def supports(self, locale: str) -> bool:
        """True when the locale has its own message files."""
        return locale in self._bundles

    def has(self, key: str, locale: str = FALLBACK_LOCALE) -> bool:
        """True if the locale defines the key itself."""
        bundle = self._bundles.get(locale)
        return bundle is not None and bundle.has_message(key)

    def message_ids(self, locale: str) -> set[str]:
        """Every message id a locale defines (for the completeness test)."""
        return set(self._bundles[locale]._messages)

    def __call__(self, locale: str, key: str, **args: Any) -> str:
        """The message in the locale, or in English when the locale lacks it.

        Formatting is pure, and most texts (questions, button labels) come with no arguments or
        a few plain ones: those are formatted once and remembered (bounded, MEMO_SIZE).
        """
        if not all(type(value) in _PLAIN for value in args.values()):
            return self._format(locale, key, args)
        return self._plain(locale, key, tuple(sorted(args.items())))

    def _format_plain(self, locale: str, key: str, args: tuple[tuple[str, Any], ...]) -> str:
        return self._format(locale, key, dict(args))

    def _format(self, locale: str, key: str, args: dict[str, Any]) -> str:
        for candidate in (locale, FALLBACK_LOCALE):
            bundle = self._bundles.get(candidate)
            if bundle is not None and bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is None:
                    break
                text, errors = bundle.format_pattern(message.value, args)
                if errors:
                    raise ValueError(f"{candidate}/{key}: {errors[0]}")
                return text
        raise MissingMessage(key)


def is_rtl(locale: str) -> bool:
    """True for a locale written right to left (Arabic, Persian)."""
    return locale in RTL_LOCALES


def _load_bundle(locales_dir: Path, locale: str) -> FluentBundle:
    # In RTL text a Latin name or a number as an argument can drag its neighbours out of
    # order, so Fluent's FSI/PDI isolation stays on there. In LTR text it is not needed and
    # the marks would only leak into console output and tests.
    bundle = FluentBundle([locale], use_isolating=is_rtl(locale))
    for path in sorted((locales_dir / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


@cache
def default_translator() -> Translator:
    """The translator for the packaged locales, loaded once per process."""
    return Translator()
