"""The whole programme as a console script, in sv, fi and en: register, proposal, accept, times,
confirmation with an .ics file, reminders, and "did it happen?" (the `--jsonl` protocol)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from doorway.bootstrap import App
from doorway.bot.console import ConsoleChat
from tests.flows import onboarding_script


def _line(user: str, kind: str, value: str) -> str:
    key = "button" if kind == "button" else "text"
    return json.dumps({"user": user, key: value}, ensure_ascii=False)


def _register(user: str, locale: str, role: str) -> list[str]:
    actions = onboarding_script(locale, role).actions
    return [_line(user, "text", "/start"), *(_line(user, k, v) for _s, k, v in actions)]


class Script:
    """Feeds JSON lines to the console one at a time and keeps every record printed."""

    def __init__(self, app: App, files: Path) -> None:
        self.out = io.StringIO()
        self.chat = ConsoleChat(app, self.out, jsonl=True, files=files)
        self.records: list[dict[str, Any]] = []

    async def run(self, *lines: str) -> list[dict[str, Any]]:
        start = len(self.out.getvalue())
        await self.chat.run(list(lines))
        fresh = [json.loads(line) for line in self.out.getvalue()[start:].splitlines()]
        self.records += fresh
        return fresh

    def last_to(self, user: str) -> dict[str, Any]:
        return [r for r in self.records if r.get("to") == user][-1]

    def button(self, user: str, prefix: str, index: int = 0) -> str:
        ids = [b["id"] for b in self.last_to(user)["buttons"] if b["id"].startswith(prefix)]
        return ids[index]


@pytest.mark.parametrize("locale", ["sv", "fi", "en"])
async def test_the_programme_end_to_end_on_the_console(
    app: App, tmp_path: Path, locale: str
) -> None:
    t = app.translator
    script = Script(app, tmp_path / "files")
    await script.run(*_register("dora", locale, "door_opener"))
    await script.run(*_register("nina", locale, "newcomer"))
    offer = script.last_to("dora")
    assert [b["id"].rsplit(":", 1)[-1] for b in offer["buttons"]] == ["accept", "decline", "later"]

    await script.run(_line("dora", "button", script.button("dora", "prop:")))
    await script.run(_line("nina", "button", script.button("nina", "prop:")))
    await script.run(_line("dora", "button", script.button("dora", "meet:")))
    for day_index in (1, 2):
        await script.run(_line("dora", "button", script.button("dora", "day:", day_index)))
        await script.run(_line("dora", "button", script.button("dora", "time:", 3)))
    await script.run(
        _line("dora", "button", "slots:done"),
        _line("dora", "button", "where:online"),
        _line("dora", "text", "https://meet.example.org/doorway-42"),
        _line("dora", "text", "+46 70 111 22 33"),
    )
    await script.run(_line("nina", "button", script.button("nina", "meet:", 1)))
    confirmed = await script.run(_line("nina", "text", "nina@example.org"))
    invites = [r for r in confirmed if r["attachments"]]
    assert sorted(r["to"] for r in invites) == ["dora", "nina"]
    for record in invites:
        (attachment,) = record["attachments"]
        assert attachment["name"] == "invite.ics" and attachment["mime"] == "text/calendar"
        assert Path(attachment["path"]).read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "+46 70 111 22 33" in script.last_to("nina")["text"]
    assert "nina@example.org" in script.last_to("dora")["text"]

    reminded = await script.run(json.dumps({"clock": "+2d"}))
    reminders = [r for r in reminded if r.get("to") in ("dora", "nina")]
    assert len(reminders) >= 2  # 24 h and 1 h before, to both
    after = await script.run(json.dumps({"clock": "+1d"}))
    # The meeting may already be over after +2d, depending on the time of day the test runs.
    asks = [r for r in reminded + after if r["buttons"] and r["buttons"][0]["id"].endswith(":held")]
    assert sorted(r["to"] for r in asks) == ["dora", "nina"]
    done = await script.run(_line("nina", "button", script.button("nina", "meet:")))
    assert done[0]["text"] == t(locale, "meeting-outcome-held")
