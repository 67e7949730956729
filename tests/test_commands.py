"""Commands: /start, /help, /profile, /language, /pause, /resume, /cancel, and coordinators."""

from __future__ import annotations

from doorway.bootstrap import App
from tests.flows import onboarding_script
from tests.harness import ChatHarness


async def _onboard(
    chat: ChatHarness, user: str, role: str = "newcomer", locale: str = "en"
) -> None:
    await chat.send(user, "/start")
    for _step, kind, value in onboarding_script(locale, role).actions:
        await (chat.send(user, button=value) if kind == "button" else chat.send(user, value))


async def current_step(chat: ChatHarness, user: str) -> str:
    conversation = await chat.conversation(user)
    assert conversation is not None
    return conversation.step


async def test_help_repeats_the_pending_question(chat: ChatHarness, app: App) -> None:
    await chat.send("a", "/start")
    await chat.send("a", button="lang:en")
    replies = await chat.send("a", "/help")
    assert replies[0].text == app.translator("en", "help", role="", status="onboarding")
    assert replies[-1].text == app.translator("en", "onboarding-ask-role")


async def test_profile_edit_every_field_after_onboarding(chat: ChatHarness, app: App) -> None:
    await _onboard(chat, "p", "door_opener")
    replies = await chat.send("p", "/profile")
    edit_ids = [b.id for b in replies[-1].buttons]
    assert edit_ids == [
        "edit:name",
        "edit:gender",
        "edit:occupation",
        "edit:experience",
        "edit:languages",
        "edit:place",
        "edit:capacity",
        "edit:language",
        "profile:close",
    ]
    await chat.send("p", button="edit:name")
    replies = await chat.send("p", "Beatrice")
    assert replies[0].text == app.translator("en", "profile-saved")
    assert "Name: Beatrice" in replies[-1].text
    await chat.send("p", button="edit:experience")
    await chat.send("p", "12")
    await chat.send("p", button="edit:capacity")
    await chat.send("p", button="cap:4")
    await chat.send("p", button="edit:place")
    await chat.send("p", button="place:online")
    await chat.send("p", button="edit:occupation")
    await chat.send("p", "electrician")
    await chat.send("p", button="occ:1")
    await chat.send("p", button="edit:gender")
    await chat.send("p", "prefer to describe myself")
    await chat.send("p", button="edit:languages")
    await chat.send("p", "Arabic, Swedish")
    replies = await chat.send("p", button="edit:language")
    replies = await chat.send("p", button="lang:sv")
    assert replies[0].text == app.translator("sv", "profile-saved")
    person = await chat.person("p")
    assert person is not None
    assert (person.first_name, person.years_experience, person.monthly_capacity) == (
        "Beatrice",
        12,
        4,
    )
    assert person.municipality is None and person.digital_ok is True and person.country == "SE"
    assert person.occupation_isco == "7411"
    assert person.gender == "prefer to describe myself"
    assert person.meeting_languages == ["sv", "ar"]
    assert person.locale == "sv" and person.status == "active"
    replies = await chat.send("p", button="profile:close")
    assert await current_step(chat, "p") == "idle"


async def test_summary_edit_returns_to_summary(chat: ChatHarness, app: App) -> None:
    await chat.send("s", "/start")
    for _step, kind, value in onboarding_script("en", "newcomer").actions[:-1]:
        await (chat.send("s", button=value) if kind == "button" else chat.send("s", value))
    await chat.send("s", button="edit:place")
    await chat.send("s", "Kuopio")  # a Finnish municipality: the country follows it
    replies = await chat.send("s", button="online:yes")
    assert "Kuopio, Finland" in replies[-1].text
    assert await current_step(chat, "s") == "summary"
    person = await chat.person("s")
    assert person is not None and person.timezone == "Europe/Helsinki"


async def test_language_mid_onboarding_returns_to_the_step(chat: ChatHarness, app: App) -> None:
    await chat.send("l", "/start")
    await chat.send("l", button="lang:en")
    await chat.send("l", button="role:newcomer")
    await chat.send("l", button="consent:yes")
    await chat.send("l", "/language")
    replies = await chat.send("l", button="lang:fi")
    assert replies[-1].text == app.translator("fi", "onboarding-ask-name")
    assert await current_step(chat, "l") == "name"


async def test_cancel_puts_onboarding_on_hold_and_start_resumes(
    chat: ChatHarness, app: App
) -> None:
    await chat.send("c", "/start")
    await chat.send("c", button="lang:en")
    await chat.send("c", button="role:newcomer")
    await chat.send("c", button="consent:yes")
    replies = await chat.send("c", "/cancel")
    assert replies[-1].text == app.translator("en", "onboarding-on-hold")
    replies = await chat.send("c", "Hello?")
    assert replies[-1].text == app.translator("en", "on-hold-hint")
    replies = await chat.send("c", "/start")
    assert replies[0].text == app.translator("en", "welcome-back")
    assert replies[-1].text == app.translator("en", "onboarding-ask-name")


async def test_cancel_an_edit_keeps_the_old_value(chat: ChatHarness, app: App) -> None:
    await _onboard(chat, "e")
    await chat.send("e", "/profile")
    await chat.send("e", button="edit:occupation")
    await chat.send("e", "electrician")
    replies = await chat.send("e", "/cancel")
    assert replies[0].text == app.translator("en", "cancelled")
    person = await chat.person("e")
    assert person is not None and person.occupation_isco == "2221"
    assert await current_step(chat, "e") == "profile"


async def test_pause_and_resume(chat: ChatHarness, app: App) -> None:
    await chat.send("q", "/start")
    replies = await chat.send("q", "/pause")
    assert replies[0].text == app.translator("en", "error-finish-onboarding-first")
    await _onboard(chat, "r")
    replies = await chat.send("r", "/pause")
    assert replies[-1].text == app.translator("en", "pause-done")
    person = await chat.person("r")
    assert person is not None and person.status == "paused"
    replies = await chat.send("r", "/pause")
    assert replies[-1].text == app.translator("en", "pause-already")
    replies = await chat.send("r", "/resume")
    assert replies[-1].text == app.translator("en", "resume-done")
    replies = await chat.send("r", "/resume")
    assert replies[-1].text == app.translator("en", "resume-not-paused")


async def test_coordinator_pauses_someone_else(chat: ChatHarness, app: App) -> None:
    await _onboard(chat, "dora", "door_opener")
    # carol is a coordinator (settings); her onboarding is short.
    await chat.send("carol", "/start")
    await chat.send("carol", button="lang:en")
    await chat.send("carol", button="consent:yes")
    replies = await chat.send("carol", "Carol")
    assert [b.id for b in replies[-1].buttons] == ["edit:name", "edit:language", "summary:confirm"]
    await chat.send("carol", button="summary:confirm")
    replies = await chat.send("carol", "/pause console:dora")
    assert replies[-1].text == app.translator(
        "en", "coordinator-status-set", name="Alice", status="paused"
    )
    dora = await chat.person("dora")
    assert dora is not None and dora.status == "paused"
    replies = await chat.send("carol", "/pause console:nobody")
    assert replies[-1].text == app.translator(
        "en", "coordinator-no-such-person", who="console:nobody"
    )
    # Not a coordinator: the argument is ignored and dora pauses herself only.
    replies = await chat.send("dora", "/resume console:carol")
    assert replies[-1].text == app.translator("en", "resume-done")
    carol = await chat.person("carol")
    assert carol is not None and carol.role == "coordinator" and carol.status == "active"


async def test_start_after_registration_greets_by_name(chat: ChatHarness, app: App) -> None:
    await _onboard(chat, "g")
    replies = await chat.send("g", "/start")
    assert replies[-1].text == app.translator("en", "welcome-back-registered", name="Alice")
    replies = await chat.send("g", "anything")
    assert replies[-1].text == app.translator("en", "idle-hint", role="newcomer", status="active")
