"""The world the engine fuzz tests drive: people, nasty inputs, and the invariants checked."""

from __future__ import annotations

import copy
import dataclasses
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from doorway.bootstrap import App, build_app
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.engine import Turn
from doorway.dialogs.meetings import STEPS as MEETING_STEPS
from doorway.dialogs.onboarding import STEPS
from doorway.dialogs.proposals import REASON_STEP, month_start
from doorway.dialogs.relay import CONTACT_STEP as RELAY_STEP
from doorway.dialogs.rendering import render
from doorway.dialogs.rest import REST_STEPS
from doorway.dialogs.steps import MAX_TEXT
from doorway.dialogs.surveys import SURVEY_STEP
from doorway.settings import Settings
from doorway.storage import migrate
from doorway.storage.records import (
    Conversation,
    Job,
    Meeting,
    MeetingStatus,
    Person,
    Proposal,
    ProposalStatus,
    Role,
    Status,
    SurveyRun,
)
from tests.harness import ChatHarness

KNOWN_STEPS = frozenset({*STEPS, *REST_STEPS, *MEETING_STEPS, REASON_STEP, SURVEY_STEP, RELAY_STEP})
# Buttons checked against stored rows rather than against the buttons last offered.
STANDING_PREFIXES = ("prop:", "meet:", "evt:", "srv:", "rly:", "bc:", "prv:", "rpw:", "rpc:")
STANDING_EXACT = ("me:resume", "me:continue")
# Documented silent input: a channel's "continue" after a pause it imposed (engine.py).
SILENT_BUTTONS = frozenset({"me:continue"})
FLOOD_HEADROOM = 20  # updates per user and minute; the default limit is 60
STALE_KEYS = {
    "prop": "proposal-stale",
    "meet": "meeting-stale",
    "srv": "survey-stale",
    "rly": "relay-stale",
    "evt": "event-stale",
}
# Who talks to the engine in the fuzz tests, and the role each one means to take.
USERS: dict[str, str] = {
    "nina": Role.NEWCOMER,
    "nils": Role.NEWCOMER,
    "doris": Role.DOOR_OPENER,
    "dan": Role.DOOR_OPENER,
    "carol": Role.COORDINATOR,  # conftest's (and this file's) settings make her a coordinator
}
COORDINATOR = "carol"
OCCUPATION = {"sv": "sjuksköterska", "fi": "sairaanhoitaja", "en": "nurse"}
# A plausible typed answer for each step that asks for text.
VALID_TEXT = {
    "name": "Alice",
    "experience": "7",
    "place": "Uppsala",
    "intro": "I have worked ten years in a hospital.",
    "meeting_place_text": "Café Nord, Storgatan 1",
    "meeting_contact": "+46 70 123 45 67",
    RELAY_STEP: "Eva Berg, eva@example.org",
}

ZW = "\u200b\u200c\u200d\u2060\ufeff"
EMPTY_TEXTS = ("", " ", "   \t\n ", ZW, f" {ZW} \u200b ", "\u3000\u00a0")
UNICODE_TEXTS = (
    "مرحبا بالعالم",  # Arabic (RTL)
    "שלום עולם",  # Hebrew (RTL)
    "\u202eevil\u202c",  # right-to-left override
    "👩‍👩‍👧‍👦",  # ZWJ family
    "🏳️‍🌈 🇸🇪🇫🇮",  # ZWJ flag and regional-indicator flags
    "👍🏽🔥",  # skin tone modifier
    "e\u0301\u0308\u0323z\u0335\u0336",  # stacked combining marks
    "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357a\u0358\u0359lgo",
    "'; DROP TABLE people; --",
    "1 OR 1=1; SELECT * FROM conversations",
    "<script>alert('x')</script>",
    "<b>bold</b> &amp; &lt;i&gt; <a href='javascript:x'>y</a>",
    "{name} {$role} ${x} %s %(x)s {{7*7}}",
    "\x00\x01\x07\x1b[31mred\x1b[0m\x7f",
    "line\r\nbreak\u2028sep\u2029para",
    "\ud7ff\ue000\U0010fffd",
    "Åsa Päivi Øre ß İı",
    "ｆｕｌｌｗｉｄｔｈ",
    "x" * 300,
)
# Superscript and other non-decimal digits: str.isdigit() says yes, int() refuses them.
NON_DECIMAL_DIGITS = ("²", "³", "¹", "①", "⁴²")
LONG_TEXTS = ("x" * (MAX_TEXT + 1), "é" * 10_000, "👩‍👩‍👧‍👦" * 1500, "a " * 5001)
BAD_COMMANDS = (
    "/frobnicate",
    "/START_NOT",
    "/" + "x" * 60,
    "/مرحبا",
    "/<b>",
    "/help@",
)
USER_COMMANDS = (
    "start",
    "help",
    "profile",
    "language",
    "pause",
    "resume",
    "cancel",
    "meeting",
    "status",
    "surveys",
)
ADMIN_COMMANDS = (
    "pending",
    "openers",
    "find",
    "match",
    "unmatch",
    "alias",
    "broadcast",
    "export",
    "event",
    "org",
    "stats",
)
COMMAND_ARGUMENTS = (
    "",
    "2 weeks",
    "31.12.",
    "2026-02-30",
    "999 days",
    "#1",
    "#2 #3",
    "1 2",
    "console:nina",
    "console:nina console:doris",
    "console:nobody",
    "#99999999999999",
    "nurse = http://data.europa.eu/esco/occupation/x",
    "newcomers sv Hello all",
    "Meetup; Storgatan 1; tomorrow 18:00; 10",
    "add Acme employer",
    "'; DROP TABLE people; --",
    "مرحبا",
    "x" * 500,
)


def message(item: OutboundMessage) -> tuple[str, tuple[str, ...]]:
    """What a reader sees of a message: its text and its buttons' ids."""
    return item.text, tuple(b.id for b in item.buttons)


def is_standing(button: str) -> bool:
    """True for a button validated against stored rows (it bypasses `offered`)."""
    return button.startswith(STANDING_PREFIXES) or button in STANDING_EXACT


_TEMPLATE: dict[str, Path] = {}


async def migrated_template() -> Path:
    """A migrated empty SQLite file, made once per process; each example copies it."""
    if "db" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="doorway-fuzz-template-"))
        app = build_app(fuzz_settings(folder / "template.db"), worker_id="fuzz")
        try:
            await migrate.upgrade(app.db)
        finally:
            await app.close()
        _TEMPLATE["db"] = folder / "template.db"
    return _TEMPLATE["db"]


def fuzz_settings(path: Path) -> Settings:
    """The same settings as conftest's, on a given SQLite file."""
    return Settings(
        database_url=f"sqlite+aiosqlite:///{path}",
        coordinators=f"console:{COORDINATOR}",
        default_locale="en",
        _env_file=None,  # type: ignore[call-arg]
    )


async def fresh_app(folder: Path) -> App:
    """An application on a copy of the migrated template, with a controllable clock."""
    target = folder / "doorway.db"
    shutil.copyfile(await migrated_template(), target)
    return build_app(fuzz_settings(target), clock=ShiftedClock(), worker_id="fuzz-worker")


@dataclass
class Stored:
    """Everything the invariants compare: rows as plain dicts, keyed by id."""

    people: dict[int, dict[str, object]]
    conversations: dict[int, dict[str, object]]
    proposals: dict[int, dict[str, object]]
    meetings: dict[int, dict[str, object]]
    surveys: dict[int, dict[str, object]]
    failed_jobs: list[str]


def _plain(record: object, *drop: str) -> dict[str, object]:
    values = {f.name: copy.deepcopy(getattr(record, f.name)) for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    for name in drop:
        values.pop(name, None)
    return values


def _conversation(conversation: Conversation) -> dict[str, object]:
    return _plain(conversation, "updated_at")


@dataclass
class FuzzWorld:
    """Drives the engine as several console users and checks the invariants after each event."""

    app: App
    chat: ChatHarness
    seen_buttons: dict[str, list[str]] = field(default_factory=dict)
    updates: int = 0
    recent: dict[str, int] = field(default_factory=dict)  # updates per user in this minute
    log: list[str] = field(default_factory=list)  # the events so far, to reproduce a failure

    # -- reading the stored state --------------------------------------------------------------

    async def stored(self) -> Stored:
        """Every row the invariants look at."""
        async with self.app.unit_of_work() as uow:
            session = uow.session
            people = list((await session.scalars(select(Person))).all())
            conversations = list((await session.scalars(select(Conversation))).all())
            proposals = list((await session.scalars(select(Proposal))).all())
            meetings = list((await session.scalars(select(Meeting))).all())
            runs = list((await session.scalars(select(SurveyRun))).all())
            failed = [
                f"{job.kind}: {job.last_error}"
                for job in (await session.scalars(select(Job))).all()
                if job.last_error
            ]
            return Stored(
                people={p.id or 0: _plain(p, "last_seen_at") for p in people},
                conversations={c.person_id: _conversation(c) for c in conversations},
                proposals={p.id or 0: _plain(p) for p in proposals},
                meetings={m.id or 0: _plain(m) for m in meetings},
                surveys={r.id or 0: _plain(r) for r in runs},
                failed_jobs=failed,
            )

    async def person_id(self, user: str) -> int | None:
        """The stored id of a console user, or None before their first message."""
        person = await self.chat.person(user)
        return person.id if person else None

    async def question(self, user: str) -> list[tuple[str, tuple[str, ...]]]:
        """What the engine asks this user at their stored step (rendered, in their locale)."""
        engine = self.app.engine
        async with self.app.unit_of_work() as uow:
            person = await uow.people.by_address("console", user)
            assert person is not None
            conversation = await uow.conversations.get(person.id or 0)
            assert conversation is not None
            # Copies: asking may tidy the conversation (a closed survey goes idle).
            person, conversation = copy.deepcopy(person), copy.deepcopy(conversation)
            probe = Turn(engine._context(person, conversation), conversation, uow)
            engine.ask(probe)
            rendered = [render(engine.translator, person.locale, say) for say in probe.says]
            return [(r.text, tuple(b.id for b in r.buttons)) for r in rendered]

    async def locale(self, user: str) -> str:
        """The user's stored locale."""
        person = await self.chat.person(user)
        assert person is not None
        return person.locale

    # -- sending -------------------------------------------------------------------------------

    async def send(
        self,
        user: str,
        text: str | None = None,
        *,
        button: str | None = None,
        update_id: str | None = None,
    ) -> list[OutboundMessage]:
        """Send as `user`; returns what the user got back. Handle() must not raise."""
        self.log.append(f"{user}: text={text!r:.80} button={button!r} update={update_id!r}")
        if self.recent.get(user, 0) >= FLOOD_HEADROOM:
            # Stay under the engine's flood limit: what is fuzzed here is answering, not that.
            await self.tick(timedelta(seconds=61))
        self.recent[user] = self.recent.get(user, 0) + 1
        if update_id is None:
            self.updates += 1
            update_id = f"fuzz-{self.updates}"
        delivered = await self.chat.send(user, text, button=button, update_id=update_id)
        self._remember(delivered)
        return [m for m in delivered if m.user_id == user]

    async def tick(self, delta: timedelta) -> list[OutboundMessage]:
        """Move the clock and run every due job."""
        self.log.append(f"clock +{delta}")
        clock = self.app.clock
        assert isinstance(clock, ShiftedClock)
        clock.advance(delta)
        self.recent.clear()
        delivered = await self.chat.tick()
        self._remember(delivered)
        return delivered

    def _remember(self, delivered: Sequence[OutboundMessage]) -> None:
        for item in delivered:
            seen = self.seen_buttons.setdefault(item.user_id, [])
            seen.extend(b.id for b in item.buttons if b.id not in seen)

    # -- the invariants ------------------------------------------------------------------------

    async def check_reply(self, user: str, replies: Sequence[OutboundMessage]) -> None:
        """A reply came, and `offered` holds the step's buttons from it (standing ones aside)."""
        assert replies, f"no reply to {user}"
        conversation = await self.chat.conversation(user)
        if conversation is None:  # consent refused: everything about them is gone
            return
        ids = [b.id for item in replies for b in item.buttons]
        offered = list(conversation.offered)
        # A reply without buttons (a notice, /help) leaves the question before it standing.
        if ids:
            assert ids[: len(offered)] == offered, (offered, ids)
        assert all(is_standing(b) for b in ids[len(offered) :]), (offered, ids)

    async def check_rejected(
        self,
        user: str,
        replies: Sequence[OutboundMessage],
        complaint: str,
        question: list[tuple[str, tuple[str, ...]]],
        before: Stored,
    ) -> None:
        """Invalid input: the complaint, the same question again, and nothing stored changed."""
        assert [message(r) for r in replies] == [(complaint, ()), *question], user
        after = await self.stored()
        pid = await self.person_id(user)
        assert pid is not None
        assert after.people[pid] == before.people[pid]
        was, now = dict(before.conversations[pid]), dict(after.conversations[pid])
        # `offered` is the buttons of the question just asked again (what was offered before may
        # have included the buttons of an earlier message of the same turn).
        assert now.pop("offered") == [b for _, buttons in question for b in buttons]
        was.pop("offered")
        assert now == was

    async def check_state(self) -> Stored:
        """The stored state is valid whatever happened before."""
        stored = await self.stored()
        assert not stored.failed_jobs, stored.failed_jobs
        roles = {r.value for r in Role}
        statuses = {s.value for s in Status}
        for pid, person in stored.people.items():
            assert person["status"] in statuses, person
            assert person["role"] is None or person["role"] in roles, person
            assert pid in stored.conversations, f"person #{pid} has no conversation"
            if person["status"] != Status.ONBOARDING:
                assert person["onboarded_at"] is not None or person["role"] == Role.COORDINATOR
        for pid, conversation in stored.conversations.items():
            assert pid in stored.people, f"conversation of a missing person #{pid}"
            assert conversation["step"] in KNOWN_STEPS, conversation
        proposal_states = {s.value for s in ProposalStatus}
        taking = (ProposalStatus.DOOR_OPENER, ProposalStatus.NEWCOMER, ProposalStatus.ACCEPTED)
        since = month_start(self.app.clock.now())
        taken: dict[int, int] = {}
        open_for: dict[int, int] = {}
        for proposal in stored.proposals.values():
            assert proposal["status"] in proposal_states, proposal
            newcomer = stored.people.get(int(proposal["newcomer_id"]))  # type: ignore[call-overload]
            door_opener = stored.people.get(int(proposal["door_opener_id"]))  # type: ignore[call-overload]
            assert newcomer is not None and door_opener is not None, proposal
            assert newcomer["role"] == Role.NEWCOMER, proposal
            assert door_opener["role"] == Role.DOOR_OPENER, proposal
            if proposal["manual_by"]:
                continue  # a coordinator's match may break the rules ("whatever the rules say")
            if proposal["status"] in taking and proposal["created_at"] >= since:  # type: ignore[operator]
                key = int(proposal["door_opener_id"])  # type: ignore[call-overload]
                taken[key] = taken.get(key, 0) + 1
            if ProposalStatus(str(proposal["status"])).is_open:
                key = int(proposal["newcomer_id"])  # type: ignore[call-overload]
                open_for[key] = open_for.get(key, 0) + 1
        for door_opener_id, count in taken.items():
            capacity = stored.people[door_opener_id]["monthly_capacity"] or 0
            assert count <= capacity, f"door-opener #{door_opener_id}: {count} > {capacity}"  # type: ignore[operator]
        assert all(n <= 1 for n in open_for.values()), open_for
        meeting_states = {s.value for s in MeetingStatus}
        for meeting in stored.meetings.values():
            assert meeting["status"] in meeting_states, meeting
            assert meeting["proposal_id"] in stored.proposals, meeting
            assert meeting["newcomer_id"] in stored.people, meeting
            assert meeting["door_opener_id"] in stored.people, meeting
        for run in stored.surveys.values():
            assert run["person_id"] in stored.people, run
        return stored


def expected_complaint(
    app: App, locale: str, step: str, text: str | None, button: str | None
) -> str | None:
    """The complaint the engine must give for input that is invalid at any step, else None."""
    t = app.translator
    if button is not None:
        return None
    if text is None:
        buttons_only = step in STEPS and STEPS[step].buttons_only
        return t(locale, "error-use-buttons" if buttons_only else "error-type-text")
    cleaned = text.translate(dict.fromkeys(map(ord, ZW))).strip()
    if len(cleaned) > MAX_TEXT:
        return t(locale, "error-too-long", max=MAX_TEXT)
    if not cleaned:
        return t(locale, "error-empty")
    return None


def stale_button_complaint(app: App, locale: str) -> str:
    """What a button that is not (or no longer) offered gets."""
    return app.translator(locale, "error-stale-button")


def unknown_command_complaint(app: App, locale: str, text: str) -> str:
    """What an unknown command (or an admin command to a non-coordinator) gets."""
    head = text.strip().partition(" ")[0]
    return app.translator(locale, "error-unknown-command", command=head[:40])


def unused_folder() -> Path:
    """A new temporary folder for one example's database."""
    return Path(tempfile.mkdtemp(prefix="doorway-fuzz-"))
