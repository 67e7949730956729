"""A first end-to-end onboarding through the engine."""

from __future__ import annotations

from doorway.storage.records import Role, Status
from tests.flows import LANGUAGE_BUTTONS
from tests.harness import ChatHarness


async def test_newcomer_onboarding_in_english(chat: ChatHarness) -> None:
    replies = await chat.send("alice", "/start")
    assert [b.id for b in replies[-1].buttons] == LANGUAGE_BUTTONS
    await chat.press("alice", "lang:en")
    await chat.press("alice", "role:newcomer")
    await chat.press("alice", "consent:yes")
    await chat.send("alice", "Alice")
    await chat.press("alice", "gender:skip")
    replies = await chat.send("alice", "nurse")
    assert replies[-1].buttons[0].label == "nurse responsible for general care"
    await chat.press("alice", "occ:1")
    await chat.send("alice", "12")
    await chat.send("alice", "Swedish, Arabic")
    await chat.send("alice", "Uppsala")
    await chat.press("alice", "online:yes")
    replies = await chat.send("alice", "Nurse from Aleppo.")
    assert "Uppsala, Sweden" in replies[-1].text
    replies = await chat.press("alice", "summary:confirm")
    assert "Thank you for registering" in replies[-1].text
    person = await chat.person("alice")
    assert person is not None
    assert person.status == Status.ACTIVE and person.role == Role.NEWCOMER
    assert person.occupation_isco == "2221"
    assert person.meeting_languages == ["sv", "ar"]
    assert person.country == "SE" and person.timezone == "Europe/Stockholm"
    assert person.consent_at is not None
