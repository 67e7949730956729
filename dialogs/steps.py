"""The building blocks of a flow: what a step says, what it accepts and where it leads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from doorway.dialogs.contract import Attachment
from doorway.matching.occupations import OccupationSuggester
from doorway.storage.records import Person

MAX_TEXT = 4000

# Outcomes a step's `take` may return besides None ("go on to the next step").
STAY = "=stay"  # ask the same step again (e.g. a toggle changed)
FORGET = "=forget"  # consent refused: erase everything about the person


@dataclass(frozen=True)
class Choice:
    """A button as the engine sees it: a stable id and a label key (or a ready label)."""

    id: str
    key: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    label: str | None = None


@dataclass(frozen=True)
class Term:
    """A localised word used as an argument of another message (a language, a country)."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Terms:
    """Several localised words, joined with commas when rendered."""

    items: tuple[Term, ...]


@dataclass(frozen=True)
class Say:
    """A message: a Fluent key with arguments, extra lines (each a Term), and optional buttons."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    lines: tuple[Term, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What the person sent at a step: text, or the id of a button they pressed."""

    text: str | None = None
    button: str | None = None


@dataclass(frozen=True)
class Outgoing:
    """A message for someone other than the sender of the update being handled."""

    person: Person
    say: Say


class Invalid(Exception):
    """The answer does not fit the step: say why (a Fluent key) and ask again."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Context:
    """What a step may read and change: the person, the conversation's scratch data, the time."""

    person: Person
    data: dict[str, Any]
    now: datetime
    suggester: OccupationSuggester
    is_coordinator: bool = False
    alias_uri: str | None = None  # a coordinator's mapping for the text being answered


@dataclass(frozen=True)
class Step:
    """One question of a flow; `group` ties follow-up questions to the field being edited."""

    name: str
    group: str
    ask: Callable[[Context], list[Say]]
    take: Callable[[Context, Answer], str | None]
    applies: Callable[[Context], bool] = lambda _ctx: True
    buttons_only: bool = False


def require_text(answer: Answer) -> str:
    """The answer's text, or Invalid when a button was pressed where text was asked for."""
    if answer.text is None:
        raise Invalid("error-type-text")
    return answer.text
