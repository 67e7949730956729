"""`/match` and `/unmatch`: a coordinator pairs two people by hand, or undoes a pair.

A manual match overrides every rule of matching (capacity, pause, a pair proposed before) but
goes out as an ordinary proposal, door-opener first, marked with the coordinator who made it.
`/unmatch` closes the proposal in progress or cancels the meeting ahead; both sides are told and
the newcomer is matched again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doorway.dialogs.addressing import find_person
from doorway.dialogs.contract import Attachment
from doorway.dialogs.meetings import cancellation
from doorway.dialogs.proposals import door_opener_profile, newcomer_profile
from doorway.dialogs.steps import Invalid, Outgoing, Say
from doorway.matching.scoring import score
from doorway.storage.records import (
    Meeting,
    MeetingStatus,
    Person,
    Proposal,
    ProposalStatus,
    Role,
    Status,
)

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

MAX_ECHO = 80
MAX_ID_DIGITS = 9


async def _pair(uow: UnitOfWork, argument: str) -> tuple[Person, Person]:
    """The newcomer and the door-opener named in the argument; Invalid says who is wrong."""
    found: list[Person] = []
    for name in argument.split():
        person = await find_person(uow, name)
        if person is None or person.onboarded_at is None:
            raise Invalid("coordinator-no-such-person", who=name[:MAX_ECHO])
        found.append(person)
    newcomer, door_opener = found
    if newcomer.role != Role.NEWCOMER or door_opener.role != Role.DOOR_OPENER:
        raise Invalid("admin-match-roles", **_names(newcomer, door_opener))
    return newcomer, door_opener


def _names(newcomer: Person, door_opener: Person) -> dict[str, str]:
    return {"name": newcomer.first_name or "", "other": door_opener.first_name or ""}


async def _open_between(uow: UnitOfWork, newcomer: Person, door_opener: Person) -> Proposal | None:
    """The proposal in progress between the two, or the accepted one whose meeting is ahead."""
    for proposal in await uow.proposals.open_for(newcomer.id or 0):
        if proposal.door_opener_id == door_opener.id:
            return proposal
    for meeting in await uow.meetings.current_for(newcomer.id or 0):
        if meeting.door_opener_id == door_opener.id:
            return await uow.proposals.get(meeting.proposal_id)
    return None


async def match(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """A match made by hand: any newcomer with any door-opener, whatever the rules say."""
    if len(argument.split()) != 2:
        turn.says.append(Say("admin-match-syntax"))
        return
    uow, now = turn.uow, turn.ctx.now
    await uow.lock_matching()  # no automatic run hands out the same slot meanwhile
    try:
        newcomer, door_opener = await _pair(uow, argument)
    except Invalid as invalid:
        turn.says.append(Say(invalid.key, invalid.params))
        return
    names = _names(newcomer, door_opener)
    if await _open_between(uow, newcomer, door_opener) is not None:
        turn.says.append(Say("admin-match-exists", names))
        return
    value = score(
        newcomer_profile(newcomer, now),
        door_opener_profile(door_opener, 1),
        engine.proposals.weights,
        set(),
    )
    turn.others += await engine.proposals.propose(
        uow, newcomer, door_opener, value or 0.0, now, within_capacity=False
    )
    proposal = await _open_between(uow, newcomer, door_opener)
    assert proposal is not None
    proposal.manual_by = turn.person.address[:80]
    await turn.audit(
        "match",
        f"#{proposal.id}",
        newcomer=newcomer.id,
        door_opener=door_opener.id,
        eligible=value is not None,
    )
    turn.says.append(Say("admin-match-done", {**names, "number": proposal.id}))


async def _target_of_unmatch(uow: UnitOfWork, argument: str) -> Proposal | None:
    """The proposal `/unmatch` names (None: nothing between them); Invalid for a bad argument."""
    names = argument.split()
    number = names[0].removeprefix("#") if len(names) == 1 else ""
    if number.isascii() and number.isdecimal() and len(number) <= MAX_ID_DIGITS:
        return await uow.proposals.get(int(number), lock=True)
    if len(names) != 2:
        raise Invalid("admin-unmatch-syntax")
    found = await _open_between(uow, *await _pair(uow, argument))
    return None if found is None else await uow.proposals.get(found.id or 0, lock=True)


async def _meeting_of(uow: UnitOfWork, proposal: Proposal) -> Meeting | None:
    for meeting in await uow.meetings.current_for(proposal.newcomer_id):
        if meeting.proposal_id == proposal.id:
            return await uow.meetings.get(meeting.id or 0, lock=True)
    return None


async def unmatch(_engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """Close the proposal in progress, or cancel the meeting ahead, between two people."""
    uow, now = turn.uow, turn.ctx.now
    try:
        proposal = await _target_of_unmatch(uow, argument)
    except Invalid as invalid:
        turn.says.append(Say(invalid.key, invalid.params))
        return
    meeting = None
    if proposal is not None and proposal.status == ProposalStatus.ACCEPTED:
        meeting = await _meeting_of(uow, proposal)
    if proposal is None or not (ProposalStatus(proposal.status).is_open or meeting is not None):
        turn.says.append(Say("admin-unmatch-nothing", {"who": argument.strip()[:MAX_ECHO]}))
        return
    newcomer = await uow.people.get(proposal.newcomer_id)
    door_opener = await uow.people.get(proposal.door_opener_id)
    # Until the door-opener says yes the newcomer has not heard of the proposal, nor the name.
    newcomer_knew = meeting is not None or proposal.status == ProposalStatus.NEWCOMER
    kind = "meeting" if meeting is not None else "proposal"
    attachments: tuple[Attachment, ...] = ()
    proposal.status, proposal.closed_at = ProposalStatus.CANCELLED, proposal.closed_at or now
    if meeting is not None:
        was_confirmed = meeting.starts_at is not None and meeting.status == MeetingStatus.CONFIRMED
        meeting.status, meeting.updated_at = MeetingStatus.CANCELLED, now
        meeting.cancelled_by = Role.COORDINATOR.value
        meeting.sequence += 1
        if was_confirmed:
            attachments = cancellation(meeting, now)
    await turn.audit(
        "unmatch",
        f"#{proposal.id}",
        kind=kind,
        meeting=meeting.id if meeting is not None else None,
        newcomer=proposal.newcomer_id,
        door_opener=proposal.door_opener_id,
    )
    if door_opener is not None:
        say = Say(
            "admin-unmatch-to-door-opener",
            {"kind": kind, "name": (newcomer.first_name or "") if newcomer else ""},
            attachments=attachments,
        )
        turn.others.append(Outgoing(door_opener, say))
    if newcomer is not None:
        say = Say(
            "admin-unmatch-to-newcomer",
            {
                "kind": kind if newcomer_knew else "unseen",
                "name": (door_opener.first_name or "") if door_opener and newcomer_knew else "",
            },
            attachments=attachments,
        )
        turn.others.append(Outgoing(newcomer, say))
        if newcomer.status == Status.ACTIVE:
            turn.rematch_people.append(newcomer)
    turn.says.append(Say("admin-unmatch-done", {"kind": kind, "number": proposal.id}))
