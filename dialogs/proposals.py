"""Proposals: a matched pair is asked door-opener first, then newcomer; reminders and lapses.

Proposal buttons stay valid while the proposal waits for that person, whatever they were sent
since: `prop:<id>:<action>` is checked against the stored proposal (its state and whose turn
it is), never trusted as such. Declining asks for a reason on a step of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from doorway.dialogs.meetings import MeetingService
from doorway.dialogs.steps import Answer, Choice, Invalid, Outgoing, Say, Term, Terms
from doorway.matching.assignment import best_for_door_opener
from doorway.matching.occupations import OccupationSuggester
from doorway.matching.scoring import (
    DEFAULT_WEIGHTS,
    DoorOpenerProfile,
    MatchWeights,
    NewcomerProfile,
    isco_code,
    reasons,
    score,
)
from doorway.storage.records import Job, Person, Proposal, ProposalStatus, Role, Status

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

PAUSE_END = "pause_end"
PROPOSAL_REMINDER = "proposal_reminder"
PROPOSAL_LAPSE = "proposal_lapse"
REMIND_AFTER = timedelta(days=3)
LAPSE_AFTER = timedelta(days=7)
LAPSES_BEFORE_PAUSE = 3
REASONS = {
    Role.DOOR_OPENER: ("no_time", "not_my_field", "other"),
    Role.NEWCOMER: ("got_job", "not_interested", "other"),
}
# A newcomer who got a job or lost interest waits for nobody: they are paused, not re-matched.
_ENDS_THE_SEARCH = frozenset({"got_job", "not_interested"})
REASON_STEP = "proposal_reason"


def month_start(now: datetime) -> datetime:
    """The first instant of the month: door-openers give a number of meetings per month."""
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _matched_on(person: Person) -> dict[str, Any]:
    """The profile fields both sides share: occupation, languages, place."""
    return {
        "id": str(person.id),
        "isco": person.occupation_isco,
        "occupation": person.occupation_uri,
        "languages": frozenset(person.meeting_languages),
        "municipality": person.municipality,
        "online_ok": person.municipality is None or bool(person.digital_ok),
    }


def newcomer_profile(person: Person, now: datetime) -> NewcomerProfile:
    """What matching needs of a newcomer."""
    waited = now - (person.onboarded_at or now)
    return NewcomerProfile(
        **_matched_on(person), waiting_days=max(0.0, waited.total_seconds() / 86400)
    )


def door_opener_profile(person: Person, free: int) -> DoorOpenerProfile:
    """What matching needs of a door-opener with `free` slots left this month."""
    return DoorOpenerProfile(**_matched_on(person), capacity=free)


def _is_available(person: Person, role: Role) -> bool:
    return (
        person.role == role
        and person.status == Status.ACTIVE
        and person.onboarded_at is not None
        and person.unreachable_at is None  # blocked the bot: a proposal would never arrive
    )


BOTH_SIDES = frozenset({Role.NEWCOMER, Role.DOOR_OPENER})


def matching_field(person: Person) -> str | None:
    """The ISCO-08 sub-major group (two digits) a person can be matched within, or None."""
    code = isco_code(person.occupation_isco)
    return code[:2] if code is not None and len(code) >= 2 else None


@dataclass
class Pool:
    """Everyone who can be matched now: waiting newcomers, door-openers with free slots."""

    newcomers: dict[int, Person]
    door_openers: dict[int, Person]
    free: dict[int, int]
    excluded: set[tuple[str, str]]
    everyone: list[Person]

    def took(self, newcomer_id: int, door_opener_id: int, *, proposed: bool) -> None:
        """After a proposal (`proposed`) the newcomer waits and the door-opener has a slot
        fewer; a refused one means the door-opener had none left (another process took it)."""
        if not proposed:
            self.door_openers.pop(door_opener_id, None)
            self.free.pop(door_opener_id, None)
            return
        self.newcomers.pop(newcomer_id, None)
        self.excluded.add((str(newcomer_id), str(door_opener_id)))
        self.free[door_opener_id] -= 1
        if self.free[door_opener_id] <= 0:
            self.door_openers.pop(door_opener_id, None)
            del self.free[door_opener_id]


class ProposalService:
    """Makes proposals, takes the answers, reminds and lets unanswered ones lapse."""

    def __init__(
        self, weights: MatchWeights = DEFAULT_WEIGHTS, meetings: MeetingService | None = None
    ) -> None:
        self.weights = weights
        self.meetings = meetings or MeetingService()
        self.suggester: OccupationSuggester | None = None  # set by the engine, for labels

    # -- finding matches ----------------------------------------------------------------------

    async def pool(
        self,
        uow: UnitOfWork,
        now: datetime,
        *,
        fields: Collection[str] | None = None,
        roles: frozenset[Role] = BOTH_SIDES,
        involving: Collection[int] | None = None,
        free_only: bool = False,
    ) -> Pool:
        """The current pool, read in the caller's transaction under the matching lock.

        Matching one person needs only part of it, and reading everyone for each new person
        would cost in proportion to the programme's size: `fields` keeps the people of those
        ISCO-08 sub-major groups (nobody outside one can be matched with them), `roles` one
        side, `involving` only the pairs proposed before to those people, `free_only` only
        those who can be proposed now (`everyone` then leaves out the others too).
        """
        await uow.lock_matching()
        since = month_start(now)
        people = await uow.people.matchable(
            fields=fields, roles=roles, free_since=since if free_only else None
        )
        # With `free_only` the people read leave out busy newcomers already.
        busy = (
            await uow.proposals.busy_newcomers()
            if Role.NEWCOMER in roles and not free_only
            else set()
        )
        taken = await uow.proposals.taken_since(since)
        newcomers = {
            p.id: p
            for p in people
            if p.id is not None and _is_available(p, Role.NEWCOMER) and p.id not in busy
        }
        door_openers: dict[int, Person] = {}
        free: dict[int, int] = {}
        for p in people:
            if p.id is not None and _is_available(p, Role.DOOR_OPENER):
                slots = (p.monthly_capacity or 0) - taken.get(p.id, 0)
                if slots > 0:
                    door_openers[p.id], free[p.id] = p, slots
        excluded = {(str(n), str(d)) for n, d in await uow.proposals.pairs(involving)}
        return Pool(newcomers, door_openers, free, excluded, list(people))

    async def match_all(self, uow: UnitOfWork, now: datetime) -> list[Outgoing]:
        """The global assignment over the whole pool; every pair found is proposed."""
        from doorway.matching.assignment import solve

        pool = await self.pool(uow, now, free_only=True)
        assignment = solve(
            [newcomer_profile(p, now) for p in pool.newcomers.values()],
            [door_opener_profile(p, pool.free[i]) for i, p in pool.door_openers.items()],
            pool.excluded,
            self.weights,
        )
        outgoing: list[Outgoing] = []
        for pair in assignment.pairs:
            newcomer = pool.newcomers[int(pair.newcomer)]
            door_opener = pool.door_openers[int(pair.door_opener)]
            outgoing += await self.propose(uow, newcomer, door_opener, pair.score, now)
        return outgoing

    async def match_newcomer(
        self, uow: UnitOfWork, newcomer: Person, now: datetime
    ) -> list[Outgoing]:
        """The best door-opener with a free slot for one newcomer who is waiting."""
        field = matching_field(newcomer)
        if field is None or newcomer.id is None or not _is_available(newcomer, Role.NEWCOMER):
            return []
        pool = await self.pool(
            uow,
            now,
            fields=(field,),
            roles=frozenset({Role.DOOR_OPENER}),
            involving=(newcomer.id,),
            free_only=True,
        )
        if await uow.proposals.is_busy(newcomer.id):  # read under the lock, like the pool
            return []
        return await self._propose_door_opener(uow, pool, newcomer, now)

    async def match_door_opener(
        self, uow: UnitOfWork, door_opener: Person, now: datetime
    ) -> list[Outgoing]:
        """A door-opener joined or freed a slot: the best waiting newcomers, at once."""
        field = matching_field(door_opener)
        if field is None or door_opener.id is None:
            return []
        pool = await self.pool(
            uow, now, fields=(field,), involving=(door_opener.id,), free_only=True
        )
        return await self._propose_newcomers(uow, pool, door_opener, now)

    async def match_after_change(
        self, uow: UnitOfWork, person: Person, now: datetime
    ) -> list[Outgoing]:
        """Whoever became available (registered, resumed, freed a slot) is matched at once."""
        if person.role == Role.NEWCOMER:
            return await self.match_newcomer(uow, person, now)
        if person.role == Role.DOOR_OPENER:
            return await self.match_door_opener(uow, person, now)
        return []

    async def match_many(
        self, uow: UnitOfWork, people: Sequence[Person], now: datetime
    ) -> list[Outgoing]:
        """`match_after_change` for each person in turn, on one read of the pool.

        A batch of updates under load finishes many onboardings at once: matching each on its
        own would take the lock and read the pool again for every one of them. Whoever is
        gone, busy or unavailable by now is simply not in the pool.
        """
        wanted = [
            p
            for p in dict.fromkeys(people)
            if p.id is not None and p.role in BOTH_SIDES and matching_field(p) is not None
        ]
        if not wanted:
            return []
        pool = await self.pool(
            uow,
            now,
            fields={field for p in wanted if (field := matching_field(p)) is not None},
            involving=[p.id for p in wanted if p.id is not None],
            free_only=True,
        )
        outgoing: list[Outgoing] = []
        for person in wanted:
            if person.role == Role.DOOR_OPENER:
                outgoing += await self._propose_newcomers(uow, pool, person, now)
            elif person.id in pool.newcomers:  # available and not waiting for an answer
                outgoing += await self._propose_door_opener(uow, pool, person, now)
        return outgoing

    async def _propose_door_opener(
        self, uow: UnitOfWork, pool: Pool, newcomer: Person, now: datetime
    ) -> list[Outgoing]:
        """Propose the newcomer's best door-opener in the pool, if any (ties: lowest id)."""
        field = matching_field(newcomer)
        profile = newcomer_profile(newcomer, now)
        best: tuple[float, int] | None = None
        for door_opener_id, person in sorted(pool.door_openers.items()):
            if matching_field(person) != field:
                continue  # the pool may hold several fields; nobody matches across them
            value = score(
                profile,
                door_opener_profile(person, pool.free[door_opener_id]),
                self.weights,
                pool.excluded,
            )
            if value is not None and (best is None or value > best[0]):
                best = (value, door_opener_id)
        if best is None:
            return []
        return await self._propose_in(uow, pool, newcomer, pool.door_openers[best[1]], best[0], now)

    async def _propose_newcomers(
        self, uow: UnitOfWork, pool: Pool, door_opener: Person, now: datetime
    ) -> list[Outgoing]:
        """Propose the door-opener's best waiting newcomers in the pool, one per free slot."""
        if door_opener.id is None or door_opener.id not in pool.door_openers:
            return []
        field = matching_field(door_opener)
        pairs = best_for_door_opener(
            door_opener_profile(door_opener, pool.free[door_opener.id]),
            [
                newcomer_profile(p, now)
                for p in pool.newcomers.values()
                if matching_field(p) == field
            ],
            pool.excluded,
            self.weights,
        )
        outgoing: list[Outgoing] = []
        for pair in pairs:
            if door_opener.id not in pool.door_openers:
                break  # another process took the last slot
            newcomer = pool.newcomers[int(pair.newcomer)]
            outgoing += await self._propose_in(uow, pool, newcomer, door_opener, pair.score, now)
        return outgoing

    async def _propose_in(
        self,
        uow: UnitOfWork,
        pool: Pool,
        newcomer: Person,
        door_opener: Person,
        value: float,
        now: datetime,
    ) -> list[Outgoing]:
        """`propose`, and the pool updated for whoever is matched next from it."""
        assert newcomer.id is not None and door_opener.id is not None
        outgoing = await self.propose(uow, newcomer, door_opener, value, now)
        pool.took(newcomer.id, door_opener.id, proposed=bool(outgoing))
        return outgoing

    async def queue_place(
        self, uow: UnitOfWork, newcomer: Person, now: datetime
    ) -> tuple[int, int, int]:
        """(place in the queue of the newcomer's field, waiting in it, door-opener slots a month).

        The field is the ISCO-08 sub-major group, the level at which matching is possible;
        the queue is ordered by waiting time, as the score's waiting term orders it.
        """
        field = (newcomer.occupation_isco or "")[:2]
        pool = await self.pool(uow, now, fields=(field,))
        waiting = sorted(
            (p for p in pool.newcomers.values() if (p.occupation_isco or "")[:2] == field),
            key=lambda p: (p.onboarded_at or now, p.id or 0),
        )
        place = next((n for n, p in enumerate(waiting, 1) if p.id == newcomer.id), 0)
        supply = sum(
            p.monthly_capacity or 0
            for p in pool.everyone
            if _is_available(p, Role.DOOR_OPENER) and (p.occupation_isco or "")[:2] == field
        )
        return place, len(waiting), supply

    # -- the proposal and its answers ---------------------------------------------------------

    async def propose(
        self,
        uow: UnitOfWork,
        newcomer: Person,
        door_opener: Person,
        value: float,
        now: datetime,
        *,
        within_capacity: bool = True,
    ) -> list[Outgoing]:
        """Store the proposal, schedule its reminder and lapse, and ask the door-opener.

        `within_capacity` False: a coordinator's manual match, which may exceed it.
        """
        assert newcomer.id is not None and door_opener.id is not None
        if within_capacity and not await uow.proposals.take_slot(door_opener.id, month_start(now)):
            return []  # another process took the last slot first
        why = reasons(newcomer_profile(newcomer, now), door_opener_profile(door_opener, 1))
        proposal = await uow.proposals.add(
            Proposal(
                newcomer_id=newcomer.id,
                door_opener_id=door_opener.id,
                status=ProposalStatus.DOOR_OPENER,
                score=round(value, 6),
                reasons=why,
                created_at=now,
                asked_at=now,
            )
        )
        await self._schedule(uow, proposal, door_opener, now)
        return [Outgoing(door_opener, self.ask_door_opener(proposal, newcomer, door_opener))]

    async def _schedule(
        self, uow: UnitOfWork, proposal: Proposal, asked: Person, now: datetime
    ) -> None:
        payload = {"proposal": proposal.id, "phase": proposal.status}
        for kind, after in ((PROPOSAL_REMINDER, REMIND_AFTER), (PROPOSAL_LAPSE, LAPSE_AFTER)):
            job = Job(kind, now + after, asked.id, dict(payload), created_at=now)
            await uow.jobs.add(job, flush=False)  # nobody needs its id: the next flush writes it

    def occupation_of(self, person: Person, locale: str) -> str:
        """A person's occupation in the reader's language (ESCO label or ISCO unit title)."""
        suggester = self.suggester
        if suggester is not None and person.occupation_uri:
            label = suggester.label(person.occupation_uri, locale)
            if label:
                return label
        if suggester is not None and person.occupation_isco and not person.occupation_uri:
            title = suggester.isco_title(person.occupation_isco, locale)
            if title:
                return title
        return person.occupation_label or person.occupation_raw or ""

    def _about(self, person: Person, reader: Person) -> dict[str, object]:
        """Who the other side is, in the reader's language; never contact details."""
        return {
            "name": person.first_name or "",
            "occupation": self.occupation_of(person, reader.locale),
            "years": person.years_experience or 0,
            "languages": _languages(person),
        }

    def ask_door_opener(
        self, proposal: Proposal, newcomer: Person, reader: Person, *, reminder: bool = False
    ) -> Say:
        """The proposal as the door-opener sees it: who, why, no contact details yet."""
        return Say(
            "proposal-reminder-door-opener" if reminder else "proposal-to-door-opener",
            {**self._about(newcomer, reader), "intro": newcomer.intro or Term("proposal-no-intro")},
            choices=tuple(
                Choice(f"prop:{proposal.id}:{action}", f"button-proposal-{action}")
                for action in ("accept", "decline", "later")
            ),
            lines=_why(proposal),
        )

    def ask_newcomer(
        self, proposal: Proposal, door_opener: Person, reader: Person, *, reminder: bool = False
    ) -> Say:
        """The door-opener said yes: the newcomer sees who and why, and answers."""
        return Say(
            "proposal-reminder-newcomer" if reminder else "proposal-to-newcomer",
            self._about(door_opener, reader),
            choices=tuple(
                Choice(f"prop:{proposal.id}:{action}", f"button-proposal-{action}")
                for action in ("yes", "no")
            ),
            lines=_why(proposal),
        )

    async def on_button(self, engine: ConversationEngine, turn: Turn, button: str) -> None:
        """A proposal button: valid only for the person the proposal is waiting for."""
        _, raw_id, action = [*button.split(":"), "", ""][:3]
        # A forged id must not reach the database as an out-of-range integer.
        valid_id = raw_id.isdecimal() and len(raw_id) <= 9
        proposal = await turn.uow.proposals.get(int(raw_id), lock=True) if valid_id else None
        person = turn.person
        waiting_for = None
        if proposal is not None and proposal.status == ProposalStatus.DOOR_OPENER:
            waiting_for = proposal.door_opener_id
        elif proposal is not None and proposal.status == ProposalStatus.NEWCOMER:
            waiting_for = proposal.newcomer_id
        actions = {
            ProposalStatus.DOOR_OPENER: ("accept", "decline", "later"),
            ProposalStatus.NEWCOMER: ("yes", "no"),
        }
        if (
            proposal is None
            or waiting_for != person.id
            or action not in actions.get(ProposalStatus(proposal.status), ())
        ):
            turn.says.append(Say("proposal-stale"))
            return
        now = turn.ctx.now
        if action == "later":
            turn.says.append(Say("proposal-later"))
        elif action in ("decline", "no"):
            turn.data["proposal"] = proposal.id
            turn.data["return_to"] = turn.step if turn.step != REASON_STEP else "idle"
            turn.conversation.step = REASON_STEP
            engine.ask(turn)
        elif action == "accept":
            newcomer = await turn.uow.people.get(proposal.newcomer_id)
            assert newcomer is not None
            proposal.status, proposal.asked_at, proposal.reminded_at = (
                ProposalStatus.NEWCOMER,
                now,
                None,
            )
            await self._schedule(turn.uow, proposal, newcomer, now)
            turn.says.append(
                Say("proposal-accepted-door-opener", {"name": newcomer.first_name or ""})
            )
            turn.others.append(Outgoing(newcomer, self.ask_newcomer(proposal, person, newcomer)))
        else:  # the newcomer said yes
            door_opener = await turn.uow.people.get(proposal.door_opener_id)
            assert door_opener is not None
            proposal.status, proposal.closed_at = ProposalStatus.ACCEPTED, now
            turn.says.append(
                Say("proposal-matched-newcomer", {"name": door_opener.first_name or ""})
            )
            meeting = await self.meetings.start(turn.uow, proposal, now)
            matched = Say(
                "proposal-matched-door-opener",
                {"name": person.first_name or ""},
                self.meetings.plan_button(meeting).choices,
            )
            turn.others.append(Outgoing(door_opener, matched))

    def ask_reason(self, turn: Turn) -> list[Say]:
        """Why not? One button per reason of the person's role."""
        role = Role(turn.person.role) if turn.person.role else Role.NEWCOMER
        choices = tuple(Choice(f"why:{code}", f"decline-reason-{code}") for code in REASONS[role])
        return [Say("proposal-ask-reason", choices=choices)]

    async def take_reason(self, turn: Turn, answer: Answer) -> None:
        """Store the decline with its reason, tell the other side, and match again."""
        role = Role(turn.person.role) if turn.person.role else Role.NEWCOMER
        code = (answer.button or "").removeprefix("why:")
        if code not in REASONS[role]:
            raise Invalid("error-use-buttons")
        proposal_id = int(turn.data.get("proposal", 0))
        proposal = await turn.uow.proposals.get(proposal_id, lock=True)
        turn.data.pop("proposal", None)
        turn.conversation.step = str(turn.data.pop("return_to", "idle"))
        if proposal is None or not ProposalStatus(proposal.status).is_open:
            turn.says.append(Say("proposal-stale"))
            return
        now = turn.ctx.now
        proposal.status, proposal.closed_at = ProposalStatus.DECLINED, now
        proposal.declined_by, proposal.decline_reason = role.value, code
        turn.says.append(Say("proposal-declined-thanks"))
        uow = turn.uow
        if role == Role.DOOR_OPENER:
            newcomer = await uow.people.get(proposal.newcomer_id)
            if newcomer is not None:
                turn.others += await self.match_newcomer(uow, newcomer, now)
            return
        door_opener = await uow.people.get(proposal.door_opener_id)
        if code in _ENDS_THE_SEARCH:
            turn.person.status = Status.PAUSED
            turn.says.append(Say(f"proposal-declined-{code.replace('_', '-')}"))
        if door_opener is not None:
            turn.others.append(
                Outgoing(
                    door_opener,
                    Say("proposal-newcomer-declined", {"name": turn.person.first_name or ""}),
                )
            )
            turn.others += await self.match_door_opener(uow, door_opener, now)
        if code not in _ENDS_THE_SEARCH:
            turn.others += await self.match_newcomer(uow, turn.person, now)

    # -- scheduled: reminders and lapses ------------------------------------------------------

    async def end_pause(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """A pause until a date is over: active again, told so, and matched at once."""
        job.done_at = now
        person = await uow.people.get(job.person_id or 0)
        if (
            person is None
            or person.status != Status.PAUSED
            or person.paused_until is None
            or person.paused_until.isoformat() != job.payload.get("until")
        ):
            return []  # resumed or paused again since: this job is out of date
        person.status, person.paused_until = Status.ACTIVE, None
        return [
            Outgoing(person, Say("pause-ended")),
            *await self.match_after_change(uow, person, now),
        ]

    async def _still_waiting(
        self, uow: UnitOfWork, job: Job, now: datetime
    ) -> tuple[Proposal, Person, Person] | None:
        """The job's proposal and its two people, if it still waits for the same answer."""
        job.done_at = now
        proposal = await uow.proposals.get(int(job.payload.get("proposal", 0)), lock=True)
        if proposal is None or proposal.status != job.payload.get("phase"):
            return None
        newcomer = await uow.people.get(proposal.newcomer_id)
        door_opener = await uow.people.get(proposal.door_opener_id)
        if newcomer is None or door_opener is None:
            return None
        return proposal, newcomer, door_opener

    async def remind(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """Three days without an answer: ask once more, with the same buttons."""
        found = await self._still_waiting(uow, job, now)
        if found is None:
            return []
        proposal, newcomer, door_opener = found
        proposal.reminded_at = now
        if proposal.status == ProposalStatus.DOOR_OPENER:
            return [
                Outgoing(
                    door_opener,
                    self.ask_door_opener(proposal, newcomer, door_opener, reminder=True),
                )
            ]
        return [
            Outgoing(newcomer, self.ask_newcomer(proposal, door_opener, newcomer, reminder=True))
        ]

    async def lapse(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """Seven days without an answer: the proposal lapses and the pair moves on."""
        found = await self._still_waiting(uow, job, now)
        if found is None:
            return []
        proposal, newcomer, door_opener = found
        phase = proposal.status
        proposal.status, proposal.closed_at = ProposalStatus.LAPSED, now
        outgoing: list[Outgoing] = []
        if phase == ProposalStatus.DOOR_OPENER:
            door_opener.lapsed_proposals += 1
            if door_opener.lapsed_proposals >= LAPSES_BEFORE_PAUSE:
                door_opener.status = Status.PAUSED
                come_back = Choice("me:resume", "button-come-back")
                outgoing.append(
                    Outgoing(door_opener, Say("proposal-paused-after-lapses", choices=(come_back,)))
                )
            else:
                outgoing.append(Outgoing(door_opener, Say("proposal-lapsed-door-opener")))
            outgoing += await self.match_newcomer(uow, newcomer, now)
        else:
            newcomer.status = Status.PAUSED
            outgoing.append(Outgoing(newcomer, Say("proposal-lapsed-newcomer")))
            outgoing.append(
                Outgoing(
                    door_opener,
                    Say("proposal-newcomer-declined", {"name": newcomer.first_name or ""}),
                )
            )
            outgoing += await self.match_door_opener(uow, door_opener, now)
        return outgoing


def _languages(person: Person) -> Terms:
    return Terms(tuple(Term(f"language-{code}") for code in person.meeting_languages))


def _why(proposal: Proposal) -> tuple[Term, ...]:
    """One line per reason code, in the reader's language."""
    lines: list[Term] = []
    for code in proposal.reasons:
        name, _, value = code.partition(":")
        if name == "shared-language":
            lines.append(Term("why-shared-language", {"language": Term(f"language-{value}")}))
        else:
            lines.append(Term(f"why-{name}"))
    return tuple(lines)
