"""Full onboardings through the engine in every UI locale, for both roles."""

from __future__ import annotations

import pytest

from doorway.bootstrap import App
from tests.flows import onboarding_script
from tests.harness import ChatHarness


@pytest.mark.parametrize("locale", ["sv", "fi", "en"])
@pytest.mark.parametrize("role", ["newcomer", "door_opener"])
async def test_full_onboarding(chat: ChatHarness, app: App, locale: str, role: str) -> None:
    script = onboarding_script(locale, role)
    await chat.send("ali", "/start")
    for step, kind, value in script.actions:
        conversation = await chat.conversation("ali")
        assert conversation is not None and conversation.step == step
        replies = (
            await chat.send("ali", button=value)
            if kind == "button"
            else await chat.send("ali", value)
        )
        assert replies, f"no reply at {step}"
    person = await chat.person("ali")
    assert person is not None
    for field, value in script.expected.items():
        assert getattr(person, field) == value, field
    assert person.consent_at is not None and person.onboarded_at is not None
    done = app.translator(locale, "onboarding-done", role=role)
    assert replies[-1].text == done
    # Every message after the language choice was in the chosen locale.
    asked_name = app.translator(locale, "onboarding-ask-name")
    assert any(m.text == asked_name for m in chat.delivered)


async def test_summary_shows_every_answer(chat: ChatHarness) -> None:
    script = onboarding_script("en", "newcomer")
    await chat.send("bo", "/start")
    for _step, kind, value in script.actions[:-1]:
        replies = await (
            chat.send("bo", button=value) if kind == "button" else chat.send("bo", value)
        )
    summary = replies[-1].text
    for expected in ("Alice", "Woman", "nurse", "7 years", "Swedish, English", "Uppsala, Sweden"):
        assert expected in summary
    assert [b.id for b in replies[-1].buttons][-1] == "summary:confirm"


async def test_door_opener_onboarding_has_no_intro_and_newcomer_no_capacity(
    chat: ChatHarness,
) -> None:
    for user, role in (("d", "door_opener"), ("n", "newcomer")):
        await chat.send(user, "/start")
        for step, kind, value in onboarding_script("en", role).actions:
            assert not (role == "door_opener" and step == "intro")
            assert not (role == "newcomer" and step == "capacity")
            await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))


async def test_coordinator_alias_comes_first(chat: ChatHarness, app: App) -> None:
    developer = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
    async with app.unit_of_work() as uow:
        key = app.engine.suggester.alias_key("Backend dev")
        await uow.aliases.put(key, "Backend dev", developer, "console:carol", app.clock.now())
        await uow.commit()
    await chat.send("al", "/start")
    for _step, kind, value in onboarding_script("en", "newcomer").actions[:5]:
        await (chat.send("al", button=value) if kind == "button" else chat.send("al", value))
    replies = await chat.send("al", "backend  DEV")
    assert replies[-1].buttons[0].id == "occ:1"
    await chat.send("al", button="occ:1")
    person = await chat.person("al")
    assert person is not None
    assert (person.occupation_uri, person.occupation_isco) == (developer, "2512")
    assert person.occupation_raw == "backend DEV"
