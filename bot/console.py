"""The console channel (`doorway chat`): interactive, scripted or JSON lines; the e2e harness."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from doorway.bootstrap import App
from doorway.dialogs.clock import ShiftedClock, parse_shift
from doorway.dialogs.contract import InboundEvent, OutboundMessage

CHANNEL = "console"
_LINE = re.compile(r"^\s*([\w.@+-]{1,64})>\s?(.*)$")
_BUTTON = re.compile(r"^\[(\d{1,3})\]$")
_NAME = re.compile(r"^[\w.@+-]{1,64}$")


@dataclass(frozen=True)
class ConsoleInput:
    """One parsed input line: a message from a user, or a clock shift."""

    user: str | None = None
    text: str | None = None
    button_number: int | None = None
    button_id: str | None = None
    clock: str | None = None
    problem: str | None = None


def parse_text_line(line: str, default_user: str | None) -> ConsoleInput | None:
    """`alice> text`, `alice> [2]`, `!clock +3d`; None for blank lines and # comments."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    if stripped.startswith("!clock"):
        return ConsoleInput(clock=stripped.removeprefix("!clock").strip())
    match = _LINE.match(line.rstrip("\n"))
    user, text = (match.group(1), match.group(2)) if match else (default_user, line.rstrip("\n"))
    if user is None:
        return ConsoleInput(problem="Write lines as  name> message  (for example  alice> /start).")
    button = _BUTTON.match(text.strip())
    if button:
        return ConsoleInput(user=user, button_number=int(button.group(1)))
    return ConsoleInput(user=user, text=text)


def parse_json_line(line: str) -> ConsoleInput | None:
    """`{"user": ..., "text"|"button": ...}` or `{"clock": "+3d"}`; None for blank lines."""
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return ConsoleInput(problem=f"not JSON: {error.msg}")
    if not isinstance(data, dict):
        return ConsoleInput(problem="each line must be a JSON object")
    if "clock" in data:
        return ConsoleInput(clock=str(data["clock"]))
    user = data.get("user")
    if not isinstance(user, str) or not _NAME.match(user):
        return ConsoleInput(problem='"user" must be a name of letters, digits or ._@+-')
    if isinstance(data.get("button"), str):
        return ConsoleInput(user=user, button_id=data["button"])
    if isinstance(data.get("text"), str):
        return ConsoleInput(user=user, text=data["text"])
    return ConsoleInput(problem='a line needs "text" or "button" (or "clock")')


class ConsolePrinter:
    """Prints outbound messages for people (`→ alice: ...`) or as JSON lines for programs."""

    def __init__(self, out: TextIO, *, jsonl: bool, files: Path | None = None) -> None:
        self._out = out
        self._jsonl = jsonl
        self._files = files

    def _save(self, message: OutboundMessage) -> OutboundMessage:
        """Write attached files into the files folder, so that the output can name their path."""
        if not message.attachments:
            return message
        if self._files is None:
            self._files = Path(tempfile.mkdtemp(prefix="doorway-files-"))
        self._files.mkdir(parents=True, exist_ok=True)
        saved = []
        for number, attachment in enumerate(message.attachments):
            path = self._files / f"{message.outbox_id or 0}-{number}-{attachment.name}"
            path.write_bytes(attachment.data)
            saved.append(replace(attachment, path=str(path.resolve())))
        return replace(message, attachments=tuple(saved))

    async def __call__(self, message: OutboundMessage) -> None:
        """Print one message."""
        message = self._save(message)
        if self._jsonl:
            record = {
                "to": message.user_id,
                "text": message.text,
                "buttons": [{"id": b.id, "label": b.label} for b in message.buttons],
                "attachments": [
                    {"path": a.path, "name": a.name, "mime": a.mime} for a in message.attachments
                ],
            }
            self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            self._out.write(f"→ {message.user_id}: {message.text}\n")
            if message.buttons:
                labels = "  ".join(f"[{n}] {b.label}" for n, b in enumerate(message.buttons, 1))
                self._out.write(f"   {labels}\n")
            for attachment in message.attachments:
                self._out.write(f"   📎 {attachment.name} ({attachment.path})\n")
        self._out.flush()

    def problem(self, text: str) -> None:
        """Report a malformed input line without stopping."""
        if self._jsonl:
            self._out.write(json.dumps({"error": text}, ensure_ascii=False) + "\n")
        else:
            self._out.write(f"! {text}\n")
        self._out.flush()


class ConsoleChat:
    """Feeds console input lines to the engine and prints everything the outbox holds."""

    def __init__(
        self,
        app: App,
        out: TextIO = sys.stdout,
        *,
        jsonl: bool = False,
        files: Path | None = None,
    ) -> None:
        self._app = app
        self.printer = ConsolePrinter(out, jsonl=jsonl, files=files)
        self._jsonl = jsonl

    async def run(self, lines: Iterable[str], default_user: str | None = None) -> None:
        """Handle every line in order (a file, a script or standard input)."""
        await self.flush()  # anything left unsent by an earlier run goes out first
        for line in lines:
            parsed = parse_json_line(line) if self._jsonl else parse_text_line(line, default_user)
            if parsed is not None:
                await self.feed(parsed)

    async def feed(self, parsed: ConsoleInput) -> None:
        """Handle one parsed line."""
        if parsed.problem:
            self.printer.problem(parsed.problem)
            return
        if parsed.clock is not None:
            await self._shift_clock(parsed.clock)
            return
        assert parsed.user is not None
        button = parsed.button_id
        if parsed.button_number is not None:
            button = await self._offered_button(parsed.user, parsed.button_number)
        event = InboundEvent(CHANNEL, parsed.user, None, text=parsed.text, button=button)
        await self._app.engine.handle(event)
        await self.flush()

    async def flush(self) -> None:
        """Print every unsent console message."""
        await self._app.delivery.flush(CHANNEL, self.printer)

    async def _offered_button(self, user: str, number: int) -> str:
        """The id of button `number` of the last message with buttons the user got (from the DB)."""
        async with self._app.unit_of_work() as uow:
            offered = await uow.outbox.last_buttons(CHANNEL, user)
        if 1 <= number <= len(offered):
            return offered[number - 1]
        return f"console:[{number}]"  # never offered: the engine answers "old button"

    async def _shift_clock(self, text: str) -> None:
        delta = parse_shift(text)
        clock = self._app.clock
        if delta is None or not isinstance(clock, ShiftedClock):
            self.printer.problem(f"!clock takes +3d, +2h or +30m, not {text!r}")
            return
        clock.advance(delta)
        await self._app.jobs.run_due()
        await self.flush()
