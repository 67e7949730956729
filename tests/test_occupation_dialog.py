"""The occupation question: suggestions, picking a field step by step, sectors, aliases."""

from __future__ import annotations

from doorway.bootstrap import App
from tests.flows import onboarding_script
from tests.harness import ChatHarness


async def _at_occupation(chat: ChatHarness, user: str, locale: str = "sv") -> None:
    await chat.send(user, "/start")
    for step, kind, value in onboarding_script(locale, "newcomer").actions:
        if step == "occupation":
            return
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))


def _ids(message: object) -> list[str]:
    return [b.id for b in message.buttons]  # type: ignore[attr-defined]


async def test_picking_a_field_down_to_a_unit_group(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "p")
    await chat.send("p", "zzqx vvkk")
    replies = await chat.send("p", button="sec:2")
    title = app.engine.suggester.isco_title("2", "sv")
    assert replies[-1].text == app.translator("sv", "onboarding-sector-deeper", title=title)
    assert _ids(replies[-1]) == [f"sec:2{n}" for n in range(1, 7)] + ["sec:up", "occ:none"]
    await chat.send("p", button="sec:22")
    await chat.send("p", button="sec:222")
    replies = await chat.send("p", button="sec:2221")
    assert replies[-1].text == app.translator("sv", "onboarding-ask-experience")
    person = await chat.person("p")
    assert person is not None
    assert (person.occupation_uri, person.occupation_isco) == (None, "2221")
    assert person.occupation_label == app.engine.suggester.isco_title("2221", "sv")
    assert person.occupation_raw == "zzqx vvkk"


async def test_back_goes_up_one_level(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "b")
    await chat.send("b", "zzqx vvkk")
    await chat.send("b", button="sec:7")
    await chat.send("b", button="sec:71")
    replies = await chat.send("b", button="sec:up")
    assert "sec:71" in _ids(replies[-1]) and "sec:711" not in _ids(replies[-1])
    replies = await chat.send("b", button="sec:up")
    assert _ids(replies[-1])[:10] == [f"sec:{n}" for n in range(10)]
    assert "sec:up" not in _ids(replies[-1])


async def test_a_sector_name_offers_that_sectors_groups(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "v")
    replies = await chat.send("v", "vård")
    assert replies[-1].text == app.translator("sv", "onboarding-occupation-is-sector", text="vård")
    assert _ids(replies[-1]) == ["sec:22", "sec:32", "sec:53", "sec:up", "occ:none"]
    replies = await chat.send("v", button="sec:53")
    assert "sec:532" in _ids(replies[-1])
    replies = await chat.send("v", button="sec:up")
    assert _ids(replies[-1])[:3] == ["sec:22", "sec:32", "sec:53"]
    replies = await chat.send("v", button="sec:up")
    assert _ids(replies[-1])[:10] == [f"sec:{n}" for n in range(10)]


async def test_writing_again_at_the_field_step_is_a_new_answer(chat: ChatHarness) -> None:
    await _at_occupation(chat, "w")
    await chat.send("w", "zzqx vvkk")
    replies = await chat.send("w", "elektriker")
    assert _ids(replies[-1])[0] == "occ:1"
    conversation = await chat.conversation("w")
    assert conversation is not None and conversation.step == "occupation_choice"
    assert "sector" not in conversation.data


async def test_suggestions_offer_the_field_tree_too(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "s")
    replies = await chat.send("s", "sjuksköterska")
    assert _ids(replies[-1])[-2:] == ["occ:none", "occ:sector"]
    replies = await chat.send("s", button="occ:sector")
    assert replies[-1].text == app.translator("sv", "onboarding-sector-pick")
    assert _ids(replies[-1]) == [f"sec:{n}" for n in range(10)] + ["occ:none"]


async def test_a_forged_or_stale_field_button_changes_nothing(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "f")
    await chat.send("f", "zzqx vvkk")
    before = await chat.conversation("f")
    replies = await chat.send("f", button="sec:2221")  # real code, never offered here
    assert replies[0].text == app.translator("sv", "error-stale-button")
    after = await chat.conversation("f")
    assert before is not None and after is not None
    assert (after.step, after.data) == (before.step, before.data)


async def test_a_picked_field_shows_in_the_profile(chat: ChatHarness, app: App) -> None:
    await _at_occupation(chat, "q")
    await chat.send("q", "zzqx vvkk")
    for code in ("9", "91", "911", "9112"):
        await chat.send("q", button=f"sec:{code}")
    conversation = await chat.conversation("q")
    assert conversation is not None and conversation.step == "experience"
    title = app.engine.suggester.isco_title("9112", "sv")
    actions = onboarding_script("sv", "newcomer").actions
    start = next(i for i, (step, _, _) in enumerate(actions) if step == "experience")
    for step, kind, value in actions[start:]:
        if step == "summary":
            break
        replies = await (
            chat.send("q", button=value) if kind == "button" else chat.send("q", value)
        )
    assert title and title in replies[-1].text  # the summary
