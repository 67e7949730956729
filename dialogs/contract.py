"""The small message contract between channels and the engine."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InboundEvent:
    """One update from a channel: a text (commands included) or a button press, by one sender."""

    channel: str
    user_id: str
    update_id: str | None  # None: the engine numbers it from the DB (the console has no ids)
    text: str | None = None
    button: str | None = None
    locale_hint: str | None = None

    @property
    def address(self) -> str:
        """The sender's channel address, as Person.address spells it (telegram:12345)."""
        return f"{self.channel}:{self.user_id}"


@dataclass(frozen=True)
class Button:
    """A button with a stable, unlocalised id and a label in the reader's language."""

    id: str
    label: str


@dataclass(frozen=True)
class Attachment:
    """A file sent along with a message (an .ics invitation); `path` once a channel saved it."""

    name: str
    mime: str
    data: bytes = field(default=b"", repr=False)
    path: str = ""


@dataclass(frozen=True)
class OutboundMessage:
    """A rendered message for one recipient; channels render buttons natively or as text."""

    channel: str
    user_id: str
    text: str
    buttons: tuple[Button, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    outbox_id: int | None = field(default=None, compare=False)
