"""Bad input at every onboarding step gets a clear, localised answer and changes nothing."""

from __future__ import annotations

import dataclasses

import pytest

from doorway.bootstrap import App
from doorway.dialogs.onboarding import STEPS
from doorway.dialogs.steps import MAX_TEXT
from tests.flows import onboarding_script
from tests.harness import ChatHarness

STEPS_BY_ROLE = {
    role: list(dict.fromkeys(step for step, _, _ in onboarding_script("sv", role).actions))
    for role in ("newcomer", "door_opener")
}
BUTTON_STEPS = {name for name, step in STEPS.items() if step.buttons_only}
CASES = [(role, step) for role, steps in STEPS_BY_ROLE.items() for step in steps]


async def _drive_to(chat: ChatHarness, user: str, role: str, target: str) -> None:
    await chat.send(user, "/start")
    for step, kind, value in onboarding_script("sv", role).actions:
        if step == target:
            return
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))
    raise AssertionError(f"never reached {target}")


async def _snapshot(chat: ChatHarness, user: str) -> tuple[dict[str, object], str, list[str]]:
    person = await chat.person(user)
    conversation = await chat.conversation(user)
    assert person is not None and conversation is not None
    profile = dataclasses.asdict(person)
    del profile["last_seen_at"]  # when they last wrote changes with every message, bad or not
    return profile, conversation.step, list(conversation.offered)


@pytest.mark.parametrize(("role", "step"), CASES)
async def test_bad_input_changes_nothing(chat: ChatHarness, app: App, role: str, step: str) -> None:
    user = f"u-{role}-{step}"
    await _drive_to(chat, user, role, step)
    before = await _snapshot(chat, user)
    question = chat.delivered[-1]
    locale = "sv" if step != "language" else "en"
    t = app.translator
    bad_inputs: list[tuple[dict[str, str | None], str]] = [
        ({"text": ""}, t(locale, "error-empty")),
        ({"text": "   \u200b "}, t(locale, "error-empty")),
        ({"text": "x" * (MAX_TEXT + 1)}, t(locale, "error-too-long", max=MAX_TEXT)),
        ({"text": "/frobnicate"}, t(locale, "error-unknown-command", command="/frobnicate")),
        (
            {"button": "role:door_opener" if step != "role" else "lang:sv"},
            t(locale, "error-stale-button"),
        ),
        ({"button": "occ:99"}, t(locale, "error-stale-button")),
        (
            {"text": None},
            t(locale, "error-use-buttons" if step in BUTTON_STEPS else "error-type-text"),
        ),
    ]
    for payload, complaint in bad_inputs:
        replies = await chat.send(user, payload.get("text"), button=payload.get("button"))
        assert replies[0].text == complaint, payload
        # ...and the same question again, with the same buttons.
        assert replies[-1].text == question.text
        assert replies[-1].buttons == question.buttons
        assert await _snapshot(chat, user) == before


@pytest.mark.parametrize(
    ("step", "text", "key", "args"),
    [
        ("name", "12345", "error-name-letters", {}),
        ("name", "A" * 51, "error-name-too-long", {"max": 50}),
        ("experience", "many", "error-experience-number", {}),
        ("experience", "3 or 4", "error-experience-number", {}),
        ("experience", "99", "error-experience-range", {"max": 60}),
        ("languages", "Klingon", "error-languages-unknown", {"words": "Klingon"}),
        ("place", "12345", "error-place", {}),
        ("capacity", "0", "error-capacity", {"max": 10}),
        ("capacity", "a lot", "error-capacity", {"max": 10}),
        ("role", "maybe", "error-use-buttons", {}),
        ("consent", "perhaps", "error-use-buttons", {}),
        ("summary", "looks fine", "error-use-buttons", {}),
    ],
)
async def test_wrong_answers_are_explained(
    chat: ChatHarness, app: App, step: str, text: str, key: str, args: dict[str, object]
) -> None:
    user = f"w-{step}"
    await _drive_to(chat, user, "door_opener", step)
    before = await _snapshot(chat, user)
    replies = await chat.send(user, text)
    assert replies[0].text == app.translator("sv", key, **args)
    assert await _snapshot(chat, user) == before


async def test_languages_done_with_nothing_chosen(chat: ChatHarness, app: App) -> None:
    await _drive_to(chat, "x", "newcomer", "languages")
    replies = await chat.send("x", button="ml:done")
    assert replies[0].text == app.translator("sv", "error-languages-none")


async def test_unrecognised_occupation_keeps_raw_text_and_offers_sectors(
    chat: ChatHarness, app: App
) -> None:
    await _drive_to(chat, "y", "newcomer", "occupation")
    replies = await chat.send("y", "qqqq zzzz")
    assert replies[-1].text == app.translator(
        "sv", "onboarding-occupation-unknown-pick", text="qqqq zzzz"
    )
    ids = [b.id for b in replies[-1].buttons]
    assert ids == [f"sec:{n}" for n in range(10)] + ["occ:none"]
    person = await chat.person("y")
    assert person is not None and person.occupation_raw == "qqqq zzzz"
    assert person.occupation_isco is None
    conversation = await chat.conversation("y")
    assert conversation is not None and conversation.step == "occupation_sector"


async def test_none_of_these_goes_back_to_typing(chat: ChatHarness, app: App) -> None:
    await _drive_to(chat, "z", "newcomer", "occupation_choice")
    replies = await chat.send("z", button="occ:none")
    assert replies[-1].text == app.translator("sv", "onboarding-ask-occupation-again")
    replies = await chat.send("z", "elektriker")
    assert replies[-1].buttons[0].id == "occ:1"


async def test_typed_number_or_label_presses_a_button(chat: ChatHarness) -> None:
    await chat.send("t", "/start")
    await chat.send("t", "3")  # the third language button: English
    person = await chat.person("t")
    assert person is not None and person.locale == "en"
    await chat.send("t", "I am a newcomer (participant)")
    person = await chat.person("t")
    assert person is not None and person.role == "newcomer"
