"""Property-based tests of the engine: random users, random input, and the invariants of #8.

"Always a reply, never an exception" is not met by a catch-all error message: after every event
the reply is checked to be the one the step expects, and the stored state to be valid.
"""

from __future__ import annotations

import asyncio
import random
import shutil
from collections.abc import Awaitable
from datetime import timedelta
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from doorway.bootstrap import App
from doorway.dialogs.onboarding import STEPS
from doorway.storage.records import Role
from tests.flows import onboarding_script
from tests.fuzz_support import (
    ADMIN_COMMANDS,
    BAD_COMMANDS,
    COMMAND_ARGUMENTS,
    COORDINATOR,
    EMPTY_TEXTS,
    LONG_TEXTS,
    NON_DECIMAL_DIGITS,
    OCCUPATION,
    SILENT_BUTTONS,
    STALE_KEYS,
    UNICODE_TEXTS,
    USER_COMMANDS,
    USERS,
    VALID_TEXT,
    FuzzWorld,
    expected_complaint,
    fresh_app,
    is_standing,
    message,
    stale_button_complaint,
    unknown_command_complaint,
    unused_folder,
)
from tests.harness import ChatHarness

T = TypeVar("T")
BUTTONS_ONLY = frozenset(name for name, step in STEPS.items() if step.buttons_only)
# Step-specific wrong answers and their complaints (as tests/test_bad_input.py has them).
WRONG_ANSWERS: dict[str, tuple[tuple[str, str, dict[str, object]], ...]] = {
    "name": (("12345", "error-name-letters", {}), ("A" * 51, "error-name-too-long", {"max": 50})),
    "experience": (
        ("many", "error-experience-number", {}),
        ("99", "error-experience-range", {"max": 60}),
    ),
    "place": (("12345", "error-place", {}),),
    "capacity": (("0", "error-capacity", {"max": 10}), ("a lot", "error-capacity", {"max": 10})),
}


def _cleaned(text: str) -> str:
    return text.translate(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))).strip()


NASTY_TEXT = st.one_of(
    st.sampled_from(EMPTY_TEXTS + UNICODE_TEXTS + LONG_TEXTS),
    st.text(max_size=40),
    st.text(st.characters(categories=("Mn", "Me", "Cf", "Cc", "So", "Zs", "Lo")), max_size=20),
)
USER = st.sampled_from(sorted(USERS))
CLOCK_STEPS = st.sampled_from(
    [timedelta(minutes=30), timedelta(hours=2), timedelta(days=1), timedelta(days=3),
     timedelta(days=8), timedelta(days=31)]
)  # fmt: skip


async def onboard(world: FuzzWorld, user: str, role: str, locale: str = "en") -> None:
    """The scripted onboarding, every reply checked on the way."""
    await world.check_reply(user, await world.send(user, "/start"))
    for _step, kind, value in onboarding_script(locale, role).actions:
        if kind == "button":
            replies = await world.send(user, button=value)
        else:
            replies = await world.send(user, value)
        await world.check_reply(user, replies)


async def ensure_registered(world: FuzzWorld, user: str) -> None:
    """The first message registers; the invariants about a step need a step to be at."""
    if await world.person_id(user) is None:
        await world.check_reply(user, await world.send(user, "/start"))


async def answer_validly(world: FuzzWorld, user: str, pick: int, typed: bool) -> None:
    """An answer the current step offered: one of its buttons or a fitting text."""
    await ensure_registered(world, user)
    conversation = await world.chat.conversation(user)
    assert conversation is not None
    step, offered = conversation.step, list(conversation.offered)
    locale = await world.locale(user)
    text = OCCUPATION.get(locale, "nurse") if step == "occupation" else VALID_TEXT.get(step)
    if step == "role":
        offered = [f"role:{USERS[user]}"]
    elif "consent:no" in offered and pick % 13:
        offered.remove("consent:no")  # erasing oneself is rare, or nobody gets far
    if text is not None and (typed or not offered):
        replies = await world.send(user, text)
    elif offered:
        replies = await world.send(user, button=offered[pick % len(offered)])
    else:
        replies = await world.send(user, "/status" if pick % 2 else "/meeting")
    if not (await world.chat.conversation(user) is None and replies == []):
        await world.check_reply(user, replies)


async def send_invalid(world: FuzzWorld, user: str, kind: str, pick: int) -> None:
    """Input that is wrong at the current step: its complaint and the same question, no change."""
    await ensure_registered(world, user)
    conversation = await world.chat.conversation(user)
    assert conversation is not None
    step, offered = conversation.step, list(conversation.offered)
    locale = await world.locale(user)
    app = world.app
    text: str | None = None
    button: str | None = None
    if kind == "empty":
        text = EMPTY_TEXTS[pick % len(EMPTY_TEXTS)]
    elif kind == "long":
        text = LONG_TEXTS[pick % len(LONG_TEXTS)]
    elif kind == "nothing":
        pass  # a photo or a sticker: neither text nor button
    elif kind == "unknown_command":
        text = BAD_COMMANDS[pick % len(BAD_COMMANDS)]
    elif kind == "admin_command":
        if user == COORDINATOR:
            return
        text = f"/{ADMIN_COMMANDS[pick % len(ADMIN_COMMANDS)]} {COMMAND_ARGUMENTS[pick % 7]}"
    elif kind == "stale_button":
        stale = [
            b for b in world.seen_buttons.get(user, []) if b not in offered and not is_standing(b)
        ]
        button = stale[pick % len(stale)] if stale else f"x{pick}:y"
    elif kind == "garbage_button":
        button = ("x:y", "lang", ":", "role:", "occ:99", "cap:", "edit:", "🙂:🙂")[pick % 8]
        if button in offered:
            return
    elif kind == "typed_at_buttons_step":
        if step not in BUTTONS_ONLY:
            return
        text = UNICODE_TEXTS[pick % len(UNICODE_TEXTS)]
    elif kind == "wrong_answer":
        if step not in WRONG_ANSWERS:
            return
        text, key, args = WRONG_ANSWERS[step][pick % len(WRONG_ANSWERS[step])]
    complaint: str | None
    if kind in ("unknown_command", "admin_command"):
        complaint = unknown_command_complaint(app, locale, _cleaned(text or ""))
    elif kind in ("stale_button", "garbage_button"):
        complaint = stale_button_complaint(app, locale)
    elif kind == "typed_at_buttons_step":
        complaint = app.translator(locale, "error-use-buttons")
    elif kind == "wrong_answer":
        complaint = app.translator(locale, key, **args)
    else:
        complaint = expected_complaint(app, locale, step, text, button)
    assert complaint is not None, (kind, text, button)
    question = await world.question(user)
    before = await world.stored()
    replies = await world.send(user, text, button=button)
    await world.check_rejected(user, replies, complaint, question, before)


async def send_anything(world: FuzzWorld, user: str, text: str) -> None:
    """Any text at all: a reply, and a valid state (checked by the machine's invariant)."""
    replies = await world.send(user, text)
    if await world.chat.conversation(user) is not None:
        await world.check_reply(user, replies)


async def send_command(world: FuzzWorld, user: str, name: str, argument: str) -> None:
    """A known command with any argument."""
    line = f"/{name} {argument}".strip() if argument else f"/{name}"
    replies = await world.send(user, line)
    await world.check_reply(user, replies)


async def press_forged(world: FuzzWorld, user: str, kind: str, action: str, pick: int) -> None:
    """A button for someone else's proposal, meeting or survey (or for none): nothing changes."""
    await ensure_registered(world, user)
    me = await world.person_id(user)
    before = await world.stored()
    rows = {"prop": before.proposals, "meet": before.meetings, "srv": before.surveys}.get(kind, {})
    theirs = [
        row_id
        for row_id, row in rows.items()
        if me not in (row.get("newcomer_id"), row.get("door_opener_id"), row.get("person_id"))
    ]
    target = theirs[pick % len(theirs)] if theirs else 10_000 + pick
    if kind == "srv":
        position = rows[target]["position"] if target in rows else 0
        button = f"srv:{target}:{position}:{action}"
    elif kind == "meet" and action == "slot":
        button = f"meet:{target}:slot:0"
    else:
        button = f"{kind}:{target}:{action}"
    replies = await world.send(user, button=button)
    locale = await world.locale(user)
    assert [message(r) for r in replies][:1] == [
        (world.app.translator(locale, STALE_KEYS[kind]), ())
    ]
    after = await world.stored()
    assert after.proposals == before.proposals
    assert after.meetings == before.meetings
    assert after.surveys == before.surveys
    assert after.people == before.people
    assert after.conversations[me or 0] == before.conversations[me or 0]


async def repeat_update(world: FuzzWorld, user: str, pick: int) -> None:
    """A repeated update id is the documented silent case: no reply, no change."""
    await ensure_registered(world, user)
    update_id = f"repeat-{world.updates}-{pick}"
    world.updates += 1
    await world.check_reply(user, await world.send(user, "/help", update_id=update_id))
    before = await world.stored()
    assert await world.send(user, "/start", update_id=update_id) == []
    assert await world.stored() == before


async def window_reopened(world: FuzzWorld, user: str) -> None:
    """WhatsApp's "continue": nothing to answer, no reply, the profile untouched."""
    await ensure_registered(world, user)
    before = await world.stored()
    for button in SILENT_BUTTONS:
        assert await world.send(user, button=button) == []
    after = await world.stored()
    assert after.people == before.people
    me = await world.person_id(user) or 0
    assert after.conversations[me] == before.conversations[me]


async def coordinator_command(world: FuzzWorld, name: str, pick: int) -> None:
    """Carol's admin commands, naming the people who exist."""
    ids = [await world.person_id(user) for user in sorted(USERS)]
    known = [f"#{i}" for i in ids if i is not None] or ["#1"]
    arguments = {
        "match": f"{known[pick % len(known)]} {known[(pick // 3) % len(known)]}",
        "unmatch": f"{known[pick % len(known)]} {known[(pick // 5) % len(known)]}",
        "find": ("nurse", "Alice", "", "%", "console:")[pick % 5],
        "pause": known[pick % len(known)],
        "resume": known[pick % len(known)],
    }
    argument = arguments.get(name, COMMAND_ARGUMENTS[pick % len(COMMAND_ARGUMENTS)])
    await ensure_registered(world, COORDINATOR)
    await send_command(world, COORDINATOR, name, argument)


class EngineMachine(RuleBasedStateMachine):
    """Several users talk to one engine on a fresh SQLite database per example."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.folder = unused_folder()
        self.app: App = self.run(fresh_app(self.folder))
        self.world = FuzzWorld(self.app, ChatHarness(self.app))

    def run(self, work: Awaitable[T]) -> T:
        """Run one coroutine to its end on this example's loop."""
        return self.loop.run_until_complete(work)  # type: ignore[arg-type]

    def teardown(self) -> None:
        self.run(self.app.close())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(depth=st.sampled_from(["nobody", "onboarded", "proposal", "meeting"]))
    def start(self, depth: str) -> None:
        """Some examples start with a matched pair, so forged ids have real rows to aim at."""
        if depth == "nobody":
            return
        world = self.world
        self.run(onboard(world, "nina", Role.NEWCOMER))
        self.run(onboard(world, "doris", Role.DOOR_OPENER))  # same occupation: proposed at once
        if depth == "onboarded":
            return
        proposal = max(self.run(world.stored()).proposals)
        if depth == "meeting":
            self.run(world.send("doris", button=f"prop:{proposal}:accept"))
            self.run(world.send("nina", button=f"prop:{proposal}:yes"))

    @rule(user=USER, pick=st.integers(0, 50), typed=st.booleans())
    def valid_answer(self, user: str, pick: int, typed: bool) -> None:
        self.run(answer_validly(self.world, user, pick, typed))

    @rule(user=USER, pick=st.integers(0, 50), typed=st.booleans())
    def another_valid_answer(self, user: str, pick: int, typed: bool) -> None:
        self.run(answer_validly(self.world, user, pick, typed))  # weighs progress higher

    @rule(
        user=USER,
        kind=st.sampled_from(
            [
                "empty",
                "long",
                "nothing",
                "unknown_command",
                "admin_command",
                "stale_button",
                "garbage_button",
                "typed_at_buttons_step",
                "wrong_answer",
            ]
        ),
        pick=st.integers(0, 50),
    )
    def invalid_input(self, user: str, kind: str, pick: int) -> None:
        self.run(send_invalid(self.world, user, kind, pick))

    @rule(user=USER, text=NASTY_TEXT)
    def random_text(self, user: str, text: str) -> None:
        self.run(send_anything(self.world, user, text))

    @rule(
        user=USER,
        name=st.sampled_from(USER_COMMANDS),
        argument=st.one_of(st.sampled_from(COMMAND_ARGUMENTS), NASTY_TEXT),
    )
    def command(self, user: str, name: str, argument: str) -> None:
        self.run(send_command(self.world, user, name, argument))

    @rule(name=st.sampled_from((*ADMIN_COMMANDS, "pause", "resume")), pick=st.integers(0, 50))
    def coordinator(self, name: str, pick: int) -> None:
        self.run(coordinator_command(self.world, name, pick))

    @rule(
        user=USER,
        forged=st.sampled_from(
            [
                ("prop", "accept"),
                ("prop", "decline"),
                ("prop", "yes"),
                ("prop", "no"),
                ("prop", "later"),
                ("meet", "plan"),
                ("meet", "slot"),
                ("meet", "others"),
                ("meet", "cancel"),
                ("meet", "move"),
                ("meet", "held"),
                ("meet", "no_show"),
                ("srv", "skip"),
                ("srv", "1"),
                ("rly", "invite"),
                ("evt", "yes"),
            ]
        ),
        pick=st.integers(0, 50),
    )
    def forged_button(self, user: str, forged: tuple[str, str], pick: int) -> None:
        self.run(press_forged(self.world, user, forged[0], forged[1], pick))

    @rule(delta=CLOCK_STEPS)
    def advance_clock(self, delta: timedelta) -> None:
        self.run(self.world.tick(delta))

    @rule(user=USER, pick=st.integers(0, 50))
    def repeated_update(self, user: str, pick: int) -> None:
        self.run(repeat_update(self.world, user, pick))

    @rule(user=USER)
    def channel_window_reopened(self, user: str) -> None:
        self.run(window_reopened(self.world, user))

    @invariant()
    def state_is_valid(self) -> None:
        self.run(self.world.check_state())


def test_engine_state_machine() -> None:
    """Random conversations of five users on SQLite; every step's reply and state checked."""
    run_state_machine_as_test(
        EngineMachine,
        settings=settings(
            max_examples=15,
            stateful_step_count=30,
            deadline=None,
            derandomize=True,  # CI runs the same examples every time
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            print_blob=True,
        ),
    )


# -- a fixed sequence on every backend (PostgreSQL too when a URL is given) -------------------


async def test_seeded_sequence_on_every_backend(app: App, chat: ChatHarness) -> None:
    """The same kinds of events from a fixed seed, through the normal fixtures."""
    world = FuzzWorld(app, chat)
    rng = random.Random(20261108)
    await onboard(world, "nina", Role.NEWCOMER)
    await onboard(world, "doris", Role.DOOR_OPENER)
    await world.check_state()
    invalid_kinds = (
        "empty",
        "long",
        "nothing",
        "unknown_command",
        "admin_command",
        "stale_button",
        "garbage_button",
        "typed_at_buttons_step",
        "wrong_answer",
    )
    texts = [*EMPTY_TEXTS, *UNICODE_TEXTS, *LONG_TEXTS, *NON_DECIMAL_DIGITS]
    users = sorted(USERS)
    for _ in range(80):
        user, pick, roll = rng.choice(users), rng.randrange(50), rng.random()
        if roll < 0.35:
            await answer_validly(world, user, pick, rng.random() < 0.5)
        elif roll < 0.55:
            await send_invalid(world, user, rng.choice(invalid_kinds), pick)
        elif roll < 0.65:
            await send_anything(world, user, rng.choice(texts))
        elif roll < 0.75:
            await send_command(
                world, user, rng.choice(USER_COMMANDS), rng.choice(COMMAND_ARGUMENTS)
            )
        elif roll < 0.8:
            await coordinator_command(world, rng.choice(ADMIN_COMMANDS), pick)
        elif roll < 0.9:
            kind, action = rng.choice([("prop", "accept"), ("meet", "plan"), ("srv", "skip")])
            await press_forged(world, user, kind, action, pick)
        elif roll < 0.95:
            await world.tick(rng.choice([timedelta(hours=2), timedelta(days=3)]))
        else:
            await repeat_update(world, user, pick)
        await world.check_state()


# -- every onboarding step: 10 kB text and unicode edge cases ---------------------------------

STEPS_BY_ROLE = {
    role: list(dict.fromkeys(step for step, _, _ in onboarding_script("en", role).actions))
    for role in (Role.NEWCOMER, Role.DOOR_OPENER)
}
STEP_CASES = [(role, step) for role, steps in STEPS_BY_ROLE.items() for step in steps]
# Each packs several edge cases, to keep the per-step runs few.
EDGE_TEXTS = (
    "مرحبا بالعالم שלום \u202eevil\u202c",  # Arabic, Hebrew, a right-to-left override
    "👩‍👩‍👧‍👦 🏳️‍🌈 🇸🇪🇫🇮 👍🏽",  # ZWJ sequences, flags, a skin tone
    "e\u0301\u0308\u0323 <b>x</b> '; DROP TABLE people; -- {name} %s",  # combining, markup, SQL
    "\x00\x01\x07\x1b[31mred\x1b[0m\x7f line\r\nbreak\u2028",  # control characters
)


async def _drive_to(world: FuzzWorld, user: str, role: str, target: str) -> None:
    await world.send(user, "/start")
    for step, kind, value in onboarding_script("en", role).actions:
        if step == target:
            return
        await (world.send(user, button=value) if kind == "button" else world.send(user, value))
    raise AssertionError(f"never reached {target}")


@pytest.mark.parametrize(("role", "step"), STEP_CASES)
async def test_ten_kilobytes_and_unicode_at_every_step(
    app: App, chat: ChatHarness, role: str, step: str
) -> None:
    """10 kB is refused as too long; RTL, emoji, combining marks, markup, control characters
    are taken, or refused with the step's complaint and the same question."""
    world = FuzzWorld(app, chat)
    user, driven = f"edge-{role}-{step}-0", 0
    await _drive_to(world, user, role, step)
    for text in ("é" * 10_000, "a" * 10_240, "👩‍👩‍👧‍👦" * 1500):
        question = await world.question(user)
        before = await world.stored()
        replies = await world.send(user, text)
        complaint = app.translator("en", "error-too-long", max=4000)
        assert expected_complaint(app, "en", step, text, None) == complaint
        await world.check_rejected(user, replies, complaint, question, before)
    for text in EDGE_TEXTS:
        if not user:  # a fresh person at the step (the last one's answer was taken)
            driven += 1
            user = f"edge-{role}-{step}-{driven}"
            await _drive_to(world, user, role, step)
        question = await world.question(user)
        before = await world.stored()
        replies = await world.send(user, text)
        await world.check_reply(user, replies)
        after = await world.stored()
        pid = await world.person_id(user)
        assert pid is not None
        if after.conversations[pid]["step"] == before.conversations[pid]["step"] and step not in (
            "languages",
            "occupation_sector",
        ):
            # Refused: a complaint, then the same question; nothing stored changed.
            assert [message(r) for r in replies][1:] == question, text
            assert after.people[pid] == before.people[pid], text
            assert replies[0].text != question[0][0]
        else:
            user = ""
        # Taken: the reply and `offered` were checked above; the state is checked below.
        await world.check_state()


# -- the bugs the fuzzing found, now regression tests ---------------------------------------


@pytest.mark.parametrize("digit", NON_DECIMAL_DIGITS)
async def test_a_superscript_digit_at_a_buttons_only_step_is_a_complaint(
    app: App, chat: ChatHarness, digit: str
) -> None:
    """'²' passes str.isdigit() but not int(): it must be a complaint, not an exception."""
    await chat.send("sup", "/start")
    question = chat.delivered[-1]
    replies = await chat.send("sup", digit)
    assert replies[0].text == app.translator("en", "error-use-buttons")
    assert replies[-1].text == question.text and replies[-1].buttons == question.buttons


@pytest.mark.parametrize(
    ("button", "stale"),
    [
        ("prop:²:accept", "proposal-stale"),
        ("meet:²:plan", "meeting-stale"),
        ("srv:²:0:skip", "survey-stale"),
        ("rly:²:invite", "relay-stale"),
        ("evt:³:yes", "event-stale"),
    ],
)
async def test_a_forged_standing_button_with_odd_digits_is_stale(
    app: App, chat: ChatHarness, button: str, stale: str
) -> None:
    await chat.send("forger", "/start")
    replies = await chat.send("forger", button=button)
    assert replies[0].text == app.translator("en", stale)


async def test_a_stale_standing_button_keeps_the_questions_buttons(
    app: App, chat: ChatHarness
) -> None:
    await chat.send("old", "/start")
    await chat.send("old", button="lang:en")
    replies = await chat.send("old", button="prop:1:accept")
    assert [r.text for r in replies] == [app.translator("en", "proposal-stale")]
    replies = await chat.send("old", button="role:newcomer")
    assert replies[0].text != app.translator("en", "error-stale-button")


async def test_whatsapps_continue_keeps_the_questions_buttons(app: App, chat: ChatHarness) -> None:
    await chat.send("wa", "/start")
    await chat.send("wa", button="lang:en")
    assert await chat.send("wa", button="me:continue") == []
    replies = await chat.send("wa", button="role:newcomer")
    assert replies[0].text != app.translator("en", "error-stale-button")
