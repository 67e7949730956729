"""`doorway taxonomy alias|aliases` and `doorway normalise` against a real database."""

from __future__ import annotations

import asyncio
import io
import json
import sys

import pytest

from doorway.bootstrap import build_app
from doorway.cli import main
from doorway.dialogs.clock import ShiftedClock
from doorway.settings import Settings
from tests.harness import ChatHarness

DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"


def test_an_alias_from_the_cli_is_used_by_the_dialog_and_normalise(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DOORWAY_DATABASE_URL", database_url)
    assert main(["db", "upgrade"]) == 0
    assert main(["taxonomy", "alias", "backend dev", DEVELOPER, "--by", "carol"]) == 0
    assert "added" in capsys.readouterr().out
    assert main(["taxonomy", "alias", "Backend  DEV", DEVELOPER]) == 0
    assert "replaced" in capsys.readouterr().out
    assert main(["taxonomy", "aliases"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and listed[0].startswith("Backend  DEV\t2512\t")

    assert main(["normalise", "--json", "--locale", "en", "backend dev"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["candidates"][0]["occupation"] == DEVELOPER

    asyncio.run(_onboard_with_alias(database_url))


async def _onboard_with_alias(database_url: str) -> None:
    app = build_app(
        Settings(database_url=database_url, _env_file=None),  # type: ignore[call-arg]
        clock=ShiftedClock(),
    )
    try:
        chat = ChatHarness(app)
        await chat.send("dev", "/start")
        for button in ("lang:en", "role:newcomer", "consent:yes"):
            await chat.send("dev", button=button)
        await chat.send("dev", "Dana")
        await chat.send("dev", button="gender:skip")
        replies = await chat.send("dev", "backend dev")
        assert replies[-1].buttons[0].id == "occ:1"
        await chat.send("dev", button="occ:1")
        person = await chat.person("dev")
        assert person is not None and person.occupation_uri == DEVELOPER
    finally:
        await app.close()


def test_an_alias_to_an_unknown_occupation_is_refused(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DOORWAY_DATABASE_URL", "sqlite+aiosqlite:///alias.db")
    assert main(["taxonomy", "alias", "backend dev", "http://example.org/nope"]) == 2
    assert "unknown occupation" in capsys.readouterr().err
    assert main(["taxonomy", "alias", "  ...  ", DEVELOPER]) == 2
    assert "nothing is left" in capsys.readouterr().err


def test_normalise_reads_lines_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("elektriker\n\nnurse\n"))
    assert main(["normalise", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["input"] for line in lines] == ["elektriker", "nurse"]
    assert all(len(line["candidates"]) == 3 for line in lines)
    assert lines[0]["candidates"][0]["isco"] == "7411"
