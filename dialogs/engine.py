"""The conversation engine: one inbound event in, rendered messages out, in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from doorway.dialogs import commands, misconduct, privacy
from doorway.dialogs.admin_broadcast import broadcast_button
from doorway.dialogs.clock import Clock
from doorway.dialogs.contract import InboundEvent, OutboundMessage
from doorway.dialogs.deep_links import redeem, start_code
from doorway.dialogs.delivery import stored_attachments
from doorway.dialogs.events import EventService
from doorway.dialogs.i18n import Translator
from doorway.dialogs.meetings import STEPS as MEETING_STEPS
from doorway.dialogs.onboarding import FIRST_STEP_OF_GROUP, STEPS, UI_LOCALES, next_step
from doorway.dialogs.proposals import (
    REASON_STEP,
    ProposalService,
)
from doorway.dialogs.recognition import (
    RecognitionRules,
    default_recognition,
    recognition_key,
    recognition_says,
)
from doorway.dialogs.relay import CONTACT_STEP as RELAY_STEP
from doorway.dialogs.relay import InviteLinks, RelayService
from doorway.dialogs.rendering import Rendered, render
from doorway.dialogs.rest import REST_STEPS, ask_rest, take_rest
from doorway.dialogs.steps import FORGET, MAX_TEXT, STAY, Answer, Context, Invalid, Outgoing, Say
from doorway.dialogs.surveys import SURVEY_STEP, SurveyService
from doorway.matching.occupations import OccupationSuggester
from doorway.storage.records import Conversation, Job, Person, Role, Status
from doorway.storage.repositories import outbox_row
from doorway.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

ScheduledWork = Callable[[UnitOfWork, Job, datetime], Awaitable[list[Outgoing]]]
JobHandler = Callable[[UnitOfWork, Job], Awaitable[list[OutboundMessage]]]

ONBOARDING_REMINDER = "onboarding_reminder"
REMINDER_AFTER = timedelta(hours=24)
MATCH_RUN = "match_run"
MATCH_EVERY = timedelta(days=1)
# Steps outside onboarding whose answers their own service takes.
SIDE_STEPS = frozenset({REASON_STEP, SURVEY_STEP, RELAY_STEP, misconduct.REPORT_STEP})
# A channel's "continue" after a pause it imposed (WhatsApp's window): the person is back, and
# what waited for them goes out; there is nothing to answer.
WINDOW_REOPENED = "me:continue"
LAST_SEEN_GRAIN = timedelta(minutes=1)
# Removed from every text: invisible characters, and control characters (PostgreSQL refuses NUL
# in text columns; none of them means anything in a chat), but line breaks and tabs stay.
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff"), *range(0, 9), 11, 12, *range(14, 32), 127]
)


@dataclass
class Turn:
    """One update being handled: the person, their conversation and what to say back."""

    ctx: Context
    conversation: Conversation
    uow: UnitOfWork
    says: list[Say] = field(default_factory=list)
    others: list[Outgoing] = field(default_factory=list)  # messages for other people
    forget: bool = False
    rematch: bool = False  # the person became available for matching
    rematch_people: list[Person] = field(default_factory=list)  # others who did
    keep_offered: bool = False  # nothing was asked: the buttons offered before stay valid
    step_before: str | None = None  # where the conversation was when the update came

    @property
    def person(self) -> Person:
        """The sender."""
        return self.ctx.person

    @property
    def data(self) -> dict[str, object]:
        """The conversation's scratch data."""
        return self.ctx.data

    @property
    def step(self) -> str:
        """The step the conversation is at."""
        return self.conversation.step

    async def audit(self, action: str, target: str, **detail: object) -> None:
        """Record the sender's (a coordinator's) action in the audit log, in this transaction."""
        await self.uow.audit.record(self.person.address, action, target, self.ctx.now, **detail)


class ConversationEngine:
    """Turns inbound events into state changes and outbound messages, idempotently."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        translator: Translator,
        suggester: OccupationSuggester,
        clock: Clock,
        *,
        default_locale: str = "en",
        default_timezone: str = "Europe/Stockholm",
        coordinators: frozenset[str] = frozenset(),
        proposals: ProposalService | None = None,
        surveys: SurveyService | None = None,
        telegram_bot_username: str | None = None,
        recognition: RecognitionRules | None = None,
        flood_limit: tuple[int, timedelta] = (60, timedelta(minutes=1)),
        holding_channels: frozenset[str] = frozenset({"whatsapp"}),
    ) -> None:
        self._session_factory = session_factory
        # Channels whose sender holds messages until the person writes (WhatsApp's window).
        self._holding_channels = holding_channels
        self.recognition = recognition or default_recognition()
        self.proposals = proposals or ProposalService()
        self.proposals.suggester = suggester
        self.meetings = self.proposals.meetings
        self.events = EventService(self.proposals.weights)
        self.relay = RelayService(InviteLinks(telegram_bot_username))
        self.surveys = surveys or SurveyService()
        self.surveys.relay = self.relay
        self.meetings.surveys = self.surveys
        self.translator = translator
        self.suggester = suggester
        self.clock = clock
        self._default_locale = default_locale
        self._default_timezone = default_timezone
        self._coordinators = coordinators
        self._flood_limit = flood_limit
        self._flood: dict[str, tuple[datetime, int, bool]] = {}  # address → window, count, warned

    @property
    def coordinator_addresses(self) -> frozenset[str]:
        """The coordinators' channel addresses (DOORWAY_COORDINATORS)."""
        return self._coordinators

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work on the engine's database."""
        return UnitOfWork(self._session_factory)

    async def handle(
        self, event: InboundEvent, inbox_id: int | None = None
    ) -> list[OutboundMessage]:
        """Handle one update exactly once; a repeated update id produces nothing.

        `inbox_id`: the stored raw update, deleted in the same transaction as the change.
        """
        for _attempt in range(3):
            try:
                return await self._handle_once(event, inbox_id)
            except IntegrityError:
                # A concurrent handler of the same update (or of the same new person) won the
                # race; try again so that this update is either recognised as seen or handled.
                log.info("retrying %s update %s after a conflict", event.channel, event.update_id)
        return []

    async def _handle_once(
        self, event: InboundEvent, inbox_id: int | None
    ) -> list[OutboundMessage]:
        async with self.unit_of_work() as uow:
            if inbox_id is not None:
                await uow.inbox.remove(inbox_id)
            update_key = event.update_id or str(await uow.updates.next_id())
            if not await uow.updates.record(event.channel, update_key, self.clock.now()):
                await uow.commit()  # a repeat: only the stored raw update goes
                return []
            found = await uow.people.with_conversation(event.channel, event.user_id)
            messages = await self._take(uow, event, found)
            await uow.commit()
            return messages

    async def handle_batch(self, batch: Sequence[tuple[InboundEvent | None, int]]) -> list[int]:
        """Handle stored updates of different people in one transaction, exactly once each.

        The inbox's path under load: the lot costs one commit and one statement per kind of
        work (remove, log, look up, save, queue) instead of that for each update. `batch`:
        (event, inbox id) pairs; an event None has nothing for the engine, its row just goes.
        Returns the inbox ids left for `handle` one at a time: an update with no id, or a second
        one from a person already in the batch. If anything fails, the exception propagates and
        nothing of the batch is kept (the caller handles them one by one then).
        """
        taken: list[tuple[InboundEvent | None, int]] = []
        left: list[int] = []
        senders: set[str] = set()
        for event, inbox_id in batch:
            if event is not None:
                if not event.update_id or event.address in senders:
                    left.append(inbox_id)
                    continue
                senders.add(event.address)
            taken.append((event, inbox_id))
        flood = {address: self._flood.get(address) for address in senders}
        try:
            async with self.unit_of_work() as uow:
                await uow.inbox.remove_many([inbox_id for _event, inbox_id in taken])
                events = [event for event, _inbox_id in taken if event is not None]
                fresh = await uow.updates.record_many(
                    [(e.channel, e.update_id or "") for e in events], self.clock.now()
                )
                events = [e for e in events if (e.channel, e.update_id) in fresh]
                senders_found = await uow.people.with_conversations(
                    [(e.channel, e.user_id) for e in events]
                )
                # First contacts get their person rows with one statement, not one each.
                new_people = {
                    (e.channel, e.user_id): self._new_person(e)
                    for e in events
                    if (e.channel, e.user_id) not in senders_found
                }
                await uow.people.add_all(list(new_people.values()))
                available: list[Person] = []  # matched together, after the last update
                for event in events:
                    key = (event.channel, event.user_id)
                    await self._take(
                        uow,
                        event,
                        senders_found.get(key),
                        new_people.get(key),
                        flush=False,
                        rematch=available,
                    )
                if available:
                    now = self.clock.now()
                    proposed = await self.proposals.match_many(uow, available, now)
                    await self._queue(uow, self._for_others(proposed), now, flush=False)
                await uow.commit()
        except BaseException:
            # Rolled back: these updates were not counted against anyone's flood limit.
            for address, entry in flood.items():
                if entry is None:
                    self._flood.pop(address, None)
                else:
                    self._flood[address] = entry
            raise
        return left

    async def _take(
        self,
        uow: UnitOfWork,
        event: InboundEvent,
        found: tuple[Person, Conversation | None] | None,
        new_person: Person | None = None,
        flush: bool = True,
        rematch: list[Person] | None = None,
    ) -> list[OutboundMessage]:
        """Act on one new update from the person `found` (None: someone new, whose row a batch
        may have stored as `new_person`) and queue the replies; `flush` False stages the outbox
        rows for the transaction's next statement or commit (a batch). People who became
        available for matching are matched at once, or added to `rematch` (a batch matches
        them all together at its end)."""
        now = self.clock.now()
        if found is None:
            turn = await self._register(uow, event, new_person)
        else:
            person, conversation = found
            await self._seen(uow, person, now)
            if conversation is None:
                conversation = await uow.conversations.add(
                    Conversation(person.id or 0, "idle", {}, [], now)
                )
            turn = Turn(self._context(person, conversation), conversation, uow)
            turn.step_before = conversation.step
            if self._flooding(turn):
                return await self._emit(uow, turn, flush)
            await self._dispatch(turn, event)
            if turn.rematch and not turn.forget:
                turn.rematch_people.insert(0, person)
            if rematch is not None:
                rematch += turn.rematch_people
            else:
                for available in turn.rematch_people:
                    turn.others += await self.proposals.match_after_change(uow, available, now)
        return await self._emit(uow, turn, flush)

    def _flooding(self, turn: Turn) -> bool:
        """Too many updates from one person in a short time: the rest are not acted on.

        The first one over the limit is answered once; later ones in the window are silent, so
        a script or a stuck key cannot make Doorway flood a chat (or the database) back. Counted
        in this process's memory: with several processes the limit is per process, which still
        stops a flood without a database write for every message.
        """
        if turn.ctx.is_coordinator:
            return False
        most, window = self._flood_limit
        now, key = turn.ctx.now, turn.person.address
        start, count, warned = self._flood.get(key, (now, 0, False))
        if start + window <= now:
            start, count, warned = now, 0, False
        count += 1
        flooding = count > most
        if flooding and not warned:
            wait = start + window - now
            turn.says.append(Say("error-slow-down", {"seconds": max(1, int(wait.total_seconds()))}))
            warned = True
        if len(self._flood) > 10_000:  # forget the quiet ones
            self._flood = {k: v for k, v in self._flood.items() if v[0] + window > now}
        self._flood[key] = (start, count, warned)
        turn.keep_offered = flooding  # the buttons they have stay valid
        return flooding

    async def _seen(self, uow: UnitOfWork, person: Person, now: datetime) -> None:
        """They wrote: reachable again, and messages held for their reply may go first.

        The time is kept to the minute (LAST_SEEN_GRAIN): one write fewer for most updates.
        It can only make the WhatsApp window look shorter, never longer.
        """
        if person.last_seen_at is None or now - person.last_seen_at >= LAST_SEEN_GRAIN:
            person.last_seen_at = now
        if person.unreachable_at is not None:  # an assignment alone would make a flush
            person.unreachable_at = None
        if person.channel in self._holding_channels:
            await uow.send_queue.release(person.channel, person.external_id)

    def _new_person(self, event: InboundEvent) -> Person:
        """A first contact's person row, with no personal data yet."""
        now = self.clock.now()
        hint = (event.locale_hint or "").split("-")[0].lower()
        coordinator = event.address in self._coordinators
        return Person(
            channel=event.channel,
            external_id=event.user_id,
            locale=hint if hint in UI_LOCALES else self._default_locale,
            timezone=self._default_timezone,
            role=Role.COORDINATOR if coordinator else None,
            created_at=now,
            last_seen_at=now,
        )

    async def _register(
        self, uow: UnitOfWork, event: InboundEvent, person: Person | None = None
    ) -> Turn:
        """First contact: the person row (`person`: stored already, by a batch), their
        conversation and the language question."""
        now = self.clock.now()
        if person is None:
            person = await uow.people.add(self._new_person(event))
        assert person.id is not None
        conversation = await uow.conversations.add(
            Conversation(person.id, "language", {}, [], now), flush=False
        )
        await uow.jobs.add(
            Job(ONBOARDING_REMINDER, now + REMINDER_AFTER, person.id, {}, created_at=now),
            flush=False,
        )
        turn = Turn(self._context(person, conversation), conversation, uow)
        code = start_code(event.text)  # a deep link: t.me/<bot>?start=<code>
        if code is not None:
            turn.says.append(await redeem(uow, person, code, now))
        turn.says.append(Say("welcome"))
        self.ask(turn)
        return turn

    def _context(self, person: Person, conversation: Conversation) -> Context:
        return Context(
            person=person,
            data=conversation.data,
            now=self.clock.now(),
            suggester=self.suggester,
            is_coordinator=person.address in self._coordinators,
        )

    # -- dispatch -----------------------------------------------------------------------------

    async def _dispatch(self, turn: Turn, event: InboundEvent) -> None:
        if event.button is not None:
            await self._on_button(turn, event.button)
            return
        if event.text is None:  # a photo, a sticker, a voice message...
            buttons_only = turn.step in STEPS and STEPS[turn.step].buttons_only
            self.complain(turn, Invalid("error-use-buttons" if buttons_only else "error-type-text"))
            return
        text = event.text.translate(_INVISIBLE).strip()
        if len(text) > MAX_TEXT:
            self.complain(turn, Invalid("error-too-long", max=MAX_TEXT))
        elif not text:
            self.complain(turn, Invalid("error-empty"))
        elif text.startswith("/"):
            await commands.run(self, turn, text)
        else:
            await self._answer(turn, Answer(text=text))

    async def _on_button(self, turn: Turn, button: str) -> None:
        if button.startswith("prop:"):
            # Checked against the stored proposal, so it stays valid after other messages.
            await self.proposals.on_button(self, turn, button)
        elif button.startswith("meet:"):
            await self.meetings.on_button(self, turn, button)
        elif button == "me:resume":
            # "Come back?" after lapsed proposals: the same as /resume, valid whenever paused.
            await commands.resume(self, turn, "")
        elif button.startswith("evt:"):
            await self.events.on_button(self, turn, button)
        elif button.startswith("srv:"):
            await self.surveys.on_button(self, turn, button)
        elif button.startswith("rly:"):
            await self.relay.on_button(self, turn, button)
        elif button.startswith("bc:"):
            await broadcast_button(self, turn, button)
        elif button.startswith("prv:"):
            # Privacy buttons check their own one-time token, not the last buttons offered.
            await privacy.on_button(self, turn, button)
        elif button.startswith(("rpw:", "rpc:")):
            await misconduct.on_button(self, turn, button)
        elif button == WINDOW_REOPENED:
            turn.keep_offered = True  # nothing is asked; the last question's buttons stay
        elif button not in turn.conversation.offered:
            self.complain(turn, Invalid("error-stale-button"))
        elif button.startswith("edit:"):
            self.start_edit(turn, button.removeprefix("edit:"), return_to=turn.step)
        else:
            await self._answer(turn, Answer(button=button))

    async def _answer(self, turn: Turn, answer: Answer) -> None:
        if turn.step in SIDE_STEPS or turn.step in MEETING_STEPS:
            try:
                if turn.step == misconduct.REPORT_STEP:
                    await misconduct.take(self, turn, answer)
                elif turn.step == REASON_STEP:
                    await self.proposals.take_reason(turn, answer)
                elif turn.step == SURVEY_STEP:
                    await self.surveys.take(self, turn, answer)
                elif turn.step == RELAY_STEP:
                    await self.relay.take(turn, answer)
                else:
                    await self.meetings.take(self, turn, answer)
            except Invalid as invalid:
                self.complain(turn, invalid)
            return
        if turn.step in REST_STEPS:
            turn.says.extend(take_rest(self, turn, answer))
            return
        step = STEPS[turn.step]
        if step.buttons_only and answer.text is not None:
            button = self._button_for_text(turn, answer.text)
            if button is None:
                self.complain(turn, Invalid("error-use-buttons"))
                return
            if button.startswith("edit:"):
                self.start_edit(turn, button.removeprefix("edit:"), return_to=turn.step)
                return
            answer = Answer(button=button)
        if step.name == "occupation" and answer.text:
            key = self.suggester.alias_key(answer.text)
            turn.ctx.alias_uri = await turn.uow.aliases.lookup(key)
        try:
            outcome = step.take(turn.ctx, answer)
        except Invalid as invalid:
            self.complain(turn, invalid)
            return
        self._advance(turn, outcome)

    def _button_for_text(self, turn: Turn, text: str) -> str | None:
        """A typed answer at a buttons-only step: its number ('2') or its label ('Yes')."""
        offered = turn.conversation.offered
        if text.isdecimal() and 1 <= int(text) <= len(offered):
            return offered[int(text) - 1]
        wanted = text.casefold()
        probe = Turn(turn.ctx, turn.conversation, turn.uow)
        self.ask(probe)
        for say in probe.says:
            rendered = render(self.translator, turn.person.locale, say)
            for button in rendered.buttons:
                if button.label.casefold().strip("✓ ") == wanted and button.id in offered:
                    return button.id
        return None

    # -- moving between steps -----------------------------------------------------------------

    def _advance(self, turn: Turn, outcome: str | None) -> None:
        if outcome == FORGET:
            turn.forget = True
            turn.says.append(Say("onboarding-consent-declined"))
            return
        if outcome == STAY:
            self.ask(turn)
            return
        target = outcome or next_step(turn.ctx, turn.step)
        editing = turn.data.get("editing")
        if editing and (target is None or STEPS[target].group != editing):
            self.finish_edit(turn)
        elif target is None:
            self._complete(turn)
        else:
            turn.conversation.step = target
            self.ask(turn)

    def _complete(self, turn: Turn) -> None:
        turn.person.status = Status.ACTIVE
        turn.person.onboarded_at = turn.ctx.now
        turn.conversation.step = "idle"
        # Before the closing message, which stays the last thing onboarding says.
        turn.says.extend(recognition_says(self.recognition, turn.person))
        turn.says.append(Say("onboarding-done", {"role": turn.person.role or ""}))
        turn.rematch = True

    def start_edit(self, turn: Turn, group: str, return_to: str) -> None:
        """Jump to the first question of a field group; come back to `return_to` afterwards."""
        first = FIRST_STEP_OF_GROUP.get(group)
        if first is None or group in ("summary", "consent", "role"):
            self.complain(turn, Invalid("error-stale-button"))
            return
        turn.data["editing"] = group
        turn.data["return_to"] = return_to
        turn.data["recognition_was"] = recognition_key(turn.person)
        turn.conversation.step = first
        self.ask(turn)

    def finish_edit(self, turn: Turn, *, cancelled: bool = False) -> None:
        """Leave an edit and go back to where it started (the summary, the profile, a step)."""
        turn.data.pop("editing", None)
        for scratch in ("languages", "suggestions", "retyping", "sector"):
            turn.data.pop(scratch, None)
        back = str(turn.data.pop("return_to", "idle"))
        was = turn.data.pop("recognition_was", None)
        turn.conversation.step = back
        if cancelled:
            turn.says.append(Say("cancelled"))
        elif back in REST_STEPS:
            turn.says.append(Say("profile-saved"))
        if turn.person.status != Status.ONBOARDING and was != recognition_key(turn.person):
            turn.says.extend(recognition_says(self.recognition, turn.person))
        if back != "idle":
            self.ask(turn)

    def ask(self, turn: Turn) -> None:
        """Say the current step's question (with its buttons)."""
        if turn.step == misconduct.REPORT_STEP:
            turn.says.extend(misconduct.ask(turn))
        elif turn.step == REASON_STEP:
            turn.says.extend(self.proposals.ask_reason(turn))
        elif turn.step in MEETING_STEPS:
            turn.says.extend(self.meetings.ask(turn))
        elif turn.step == SURVEY_STEP:
            turn.says.extend(self.surveys.ask(turn))
        elif turn.step == RELAY_STEP:
            turn.says.extend(self.relay.ask(turn))
        elif turn.step in REST_STEPS:
            turn.says.extend(ask_rest(self, turn))
        else:
            turn.says.extend(STEPS[turn.step].ask(turn.ctx))

    def complain(self, turn: Turn, invalid: Invalid) -> None:
        """Say what was wrong with the input and ask the same question again."""
        turn.says.append(Say(invalid.key, invalid.params))
        self.ask(turn)

    # -- output -------------------------------------------------------------------------------

    async def _emit(self, uow: UnitOfWork, turn: Turn, flush: bool = True) -> list[OutboundMessage]:
        """Render the turn's messages into the outbox, in the same transaction as the change."""
        person, conversation = turn.person, turn.conversation
        rendered = [render(self.translator, person.locale, say) for say in turn.says]
        if turn.forget:
            await uow.people.remove(person)
        elif not (turn.keep_offered or self._asked_nothing(turn, rendered)):
            conversation.offered = [b.id for message in rendered for b in message.buttons]
            conversation.updated_at = turn.ctx.now
        else:
            conversation.updated_at = turn.ctx.now
        owner = None if turn.forget else person.id
        queued = [(person, item, owner) for item in rendered] + self._for_others(turn.others)
        return await self._queue(uow, queued, turn.ctx.now, flush)

    def _for_others(self, outgoing: list[Outgoing]) -> list[tuple[Person, Rendered, int | None]]:
        """Messages for other people, each rendered in their own locale."""
        return [
            (o.person, render(self.translator, o.person.locale, o.say), o.person.id)
            for o in outgoing
        ]

    @staticmethod
    def _asked_nothing(turn: Turn, rendered: list[Rendered]) -> bool:
        """No new buttons and the same step (a notice, a stale standing button, /help): the
        question asked before still stands, and so do its buttons."""
        return turn.step_before == turn.conversation.step and not any(
            message.buttons for message in rendered
        )

    async def _queue(
        self,
        uow: UnitOfWork,
        queued: list[tuple[Person, Rendered, int | None]],
        now: datetime,
        flush: bool = True,
    ) -> list[OutboundMessage]:
        """Rendered messages into the outbox, in order, with one statement; an owner None
        keeps no link to a person. `flush` False stages them for the transaction's next
        statement or its commit: they have no outbox id then (a batch needs none)."""
        rows = [
            outbox_row(
                person.channel,
                person.external_id,
                item.text,
                buttons=[{"id": b.id, "label": b.label} for b in item.buttons],
                attachments=stored_attachments(item.attachments),
                person_id=owner,
                created_at=now,
            )
            for person, item, owner in queued
        ]
        ids: list[int | None] = [None] * len(rows)
        if flush:
            ids = list(await uow.outbox.queue(rows))
        else:
            uow.outbox.stage(rows)
        return [
            OutboundMessage(
                person.channel,
                person.external_id,
                item.text,
                item.buttons,
                item.attachments,
                outbox_id=outbox_id,
            )
            for (person, item, _owner), outbox_id in zip(queued, ids, strict=True)
        ]

    async def emit_to(
        self, uow: UnitOfWork, outgoing: list[Outgoing], now: datetime
    ) -> list[OutboundMessage]:
        """Render messages for other people, each in their own locale, into the outbox."""
        return await self._queue(uow, self._for_others(outgoing), now)

    # -- scheduled work -----------------------------------------------------------------------

    def job_handler(self, run: ScheduledWork) -> JobHandler:
        """A job handler from a service method that returns messages for people."""

        async def handle(uow: UnitOfWork, job: Job) -> list[OutboundMessage]:
            now = self.clock.now()
            return await self.emit_to(uow, await run(uow, job, now), now)

        return handle

    async def match_all(self, uow: UnitOfWork, job: Job | None = None) -> list[OutboundMessage]:
        """The global assignment over everyone waiting (the scheduled run and `match run`)."""
        now = self.clock.now()
        if job is not None:
            job.done_at = now
            await uow.jobs.add(Job(MATCH_RUN, now + MATCH_EVERY, None, {}, created_at=now))
        return await self.emit_to(uow, await self.proposals.match_all(uow, now), now)

    async def remind_onboarding(self, uow: UnitOfWork, job: Job) -> list[OutboundMessage]:
        """Remind a person who left onboarding unfinished, once, 24 h after they went quiet."""
        now = self.clock.now()
        person = await uow.people.get(job.person_id or 0)
        conversation = await uow.conversations.get(job.person_id or 0)
        if person is None or conversation is None or person.status != Status.ONBOARDING:
            job.done_at = now  # onboarded (or gone) since: nothing to remind of, ever
            return []
        quiet_since = conversation.updated_at or now
        if quiet_since + REMINDER_AFTER > now:
            job.due_at = quiet_since + REMINDER_AFTER
            job.claimed_by = job.claimed_at = None
            return []
        turn = Turn(self._context(person, conversation), conversation, uow)
        turn.says.append(Say("onboarding-reminder"))
        if turn.step == "on_hold":
            turn.says.append(Say("on-hold-hint"))
        else:
            self.ask(turn)
        messages = await self._emit(uow, turn)
        job.done_at = now
        return messages
