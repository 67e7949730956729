"""The console channel: parsing, JSON lines, and the real CLI across a restart."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from doorway.bootstrap import App
from doorway.bot.console import ConsoleChat, parse_json_line, parse_text_line
from doorway.settings import Settings


def test_parse_text_lines() -> None:
    assert parse_text_line("alice> hello", None).text == "hello"  # type: ignore[union-attr]
    assert parse_text_line("alice> [2]", None).button_number == 2  # type: ignore[union-attr]
    assert parse_text_line("!clock +3d", None).clock == "+3d"  # type: ignore[union-attr]
    assert parse_text_line("   ", None) is None
    assert parse_text_line("# a comment", None) is None
    assert parse_text_line("no prefix", "bob").user == "bob"  # type: ignore[union-attr]
    assert parse_text_line("no prefix", None).problem  # type: ignore[union-attr]


def test_parse_json_lines() -> None:
    assert parse_json_line('{"user": "a", "text": "hi"}').text == "hi"  # type: ignore[union-attr]
    assert parse_json_line('{"user": "a", "button": "lang:sv"}').button_id == "lang:sv"  # type: ignore[union-attr]
    assert parse_json_line('{"clock": "+2h"}').clock == "+2h"  # type: ignore[union-attr]
    for bad in ("{", "[]", '{"user": "a"}', '{"user": "a b", "text": "x"}'):
        assert parse_json_line(bad).problem, bad  # type: ignore[union-attr]


async def test_interactive_rendering_and_buttons(app: App) -> None:
    out = io.StringIO()
    chat = ConsoleChat(app, out)
    await chat.run(["alice> hi", "alice> [3]", "alice> [9]", "bogus line"])
    text = out.getvalue()
    assert "→ alice: Hello! I am Doorway." in text
    assert "[1] Svenska  [2] Suomi  [3] English" in text
    assert "That button belongs to an earlier question." in text  # [9] was never offered
    assert "! Write lines as" in text


async def test_jsonl_protocol(app: App) -> None:
    out = io.StringIO()
    chat = ConsoleChat(app, out, jsonl=True)
    await chat.run(
        [
            '{"user": "alice", "text": "/start"}',
            '{"user": "alice", "button": "lang:sv"}',
            '{"clock": "+25h"}',
            "not json",
        ]
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[1]["buttons"][0] == {"id": "lang:sv", "label": "Svenska"}
    assert records[2]["to"] == "alice" and records[2]["buttons"][0]["id"] == "role:newcomer"
    assert records[2]["attachments"] == []
    assert records[3]["text"] == app.translator("sv", "onboarding-reminder")
    assert "error" in records[-1]


def _doorway(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOORWAY_")}
    env["DOORWAY_DATABASE_URL"] = settings.database_url
    return subprocess.run(
        [sys.executable, "-m", "doorway.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_restart_in_the_middle_resumes(settings: Settings, tmp_path: Path) -> None:
    assert _doorway(settings, "db", "upgrade").returncode == 0
    first = _doorway(
        settings,
        "chat",
        "--jsonl",
        stdin="\n".join(
            json.dumps(line)
            for line in (
                {"user": "alice", "text": "/start"},
                {"user": "alice", "button": "lang:en"},
                {"user": "alice", "button": "role:door_opener"},
                {"user": "alice", "button": "consent:yes"},
                {"user": "alice", "text": "Alice"},
            )
        ),
    )
    assert first.returncode == 0, first.stderr
    # A new process on the same database carries on at the gender question.
    script = tmp_path / "rest.txt"
    script.write_text("alice> [4]\nalice> civil engineer\n", encoding="utf-8")
    second = _doorway(settings, "chat", "--script", str(script))
    assert second.returncode == 0, second.stderr
    assert "→ alice: What is your occupation?" in second.stdout
    assert "civil engineer" in second.stdout
    users = _doorway(settings, "users", "--json")
    rows = json.loads(users.stdout)
    assert rows == [
        {
            "id": rows[0]["id"],
            "channel": "console",
            "external_id": "alice",
            "name": "Alice",
            "role": "door_opener",
            "locale": "en",
            "status": "onboarding",
            "occupation": None,
            "isco": None,
            "occupation_label": None,
        }
    ]


def test_bad_setting_stops_with_one_line(settings: Settings) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOORWAY_")}
    env["DOORWAY_DATABASE_URL"] = "mysql://nope"
    result = subprocess.run(
        [sys.executable, "-m", "doorway.cli", "users"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "DOORWAY_DATABASE_URL" in result.stderr


def test_telegram_commands_need_their_settings(settings: Settings) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOORWAY_")}
    env["DOORWAY_DATABASE_URL"] = settings.database_url
    for args, missing in (
        (["telegram"], "DOORWAY_TELEGRAM_TOKEN"),
        (["serve"], "DOORWAY_TELEGRAM_TOKEN"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "doorway.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert missing in result.stderr and result.stderr.strip().count("\n") == 0
    env["DOORWAY_TELEGRAM_TOKEN"] = "1:x"
    result = subprocess.run(
        [sys.executable, "-m", "doorway.cli", "serve", "--port", "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "DOORWAY_WEBHOOK_SECRET" in result.stderr
