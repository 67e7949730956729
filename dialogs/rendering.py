"""Turns the engine's keys and arguments into text and button labels in one locale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from doorway.dialogs.bidi import anchor_rtl, strip_isolates
from doorway.dialogs.contract import Attachment, Button
from doorway.dialogs.i18n import Translator, is_rtl
from doorway.dialogs.steps import Say, Term, Terms


@dataclass(frozen=True)
class Rendered:
    """A message's final text and buttons."""

    text: str
    buttons: tuple[Button, ...]
    attachments: tuple[Attachment, ...] = ()


def render(translate: Translator, locale: str, say: Say) -> Rendered:
    """Render a Say: its text, its extra lines and its button labels."""
    parts = [translate(locale, say.key, **_resolve(translate, locale, say.args))]
    parts += [_term(translate, locale, line) for line in say.lines]
    buttons = tuple(
        Button(
            choice.id,
            choice.label
            if choice.label is not None
            else translate(locale, choice.key, **_resolve(translate, locale, choice.args)),
        )
        for choice in say.choices
    )
    text = "\n".join(parts)
    if is_rtl(locale):
        text = anchor_rtl(text)
        # A label is a line of its own, so isolates add nothing there; without them a label
        # like "✓ <name>" takes its direction from the name, and typed labels still match.
        buttons = tuple(Button(b.id, strip_isolates(b.label)) for b in buttons)
    return Rendered(text, buttons, say.attachments)


def _term(translate: Translator, locale: str, term: Term) -> str:
    return translate(locale, term.key, **_resolve(translate, locale, term.args))


def _resolve(translate: Translator, locale: str, args: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = {}
    for name, value in args.items():
        if isinstance(value, Term):
            value = _term(translate, locale, value)
        elif isinstance(value, Terms):
            value = ", ".join(_term(translate, locale, item) for item in value.items)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        resolved[name] = value
    return resolved
