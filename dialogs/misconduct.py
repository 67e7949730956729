"""Misconduct: `/report` about someone one was matched with; coordinators block or dismiss.

A report goes to every coordinator at once, with buttons `rpc:<report>:block|dismiss`. Blocking
takes the person out of matching (status blocked) and closes their open proposals; only a
coordinator's `/unblock` brings them back. Whom one may report is checked on the server: the
other side of one's own proposals and meetings, nobody else (`rpw:<person>` buttons included).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from doorway.dialogs.addressing import find_person
from doorway.dialogs.steps import Answer, Choice, Invalid, Outgoing, Say, require_text
from doorway.storage import tables
from doorway.storage.records import MisconductReport, Person, ProposalStatus, Status

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

REPORT_STEP = "report_text"
MAX_REPORT = 2000
# A proposal counts as a match once the door-opener said yes.
_MATCHED = (ProposalStatus.NEWCOMER, ProposalStatus.ACCEPTED, ProposalStatus.CANCELLED)


async def counterparts(uow: UnitOfWork, person: Person) -> list[Person]:
    """The people one was matched with (the other side of proposals and meetings), newest first."""
    pid = person.id
    p, m = tables.proposals.c, tables.meetings.c
    statement = (
        select(p.newcomer_id, p.door_opener_id)
        .where(or_(p.newcomer_id == pid, p.door_opener_id == pid), p.status.in_(_MATCHED))
        .union_all(
            select(m.newcomer_id, m.door_opener_id).where(
                or_(m.newcomer_id == pid, m.door_opener_id == pid)
            )
        )
    )
    ids: list[int] = []
    for newcomer, door_opener in (await uow.session.execute(statement)).all():
        other = door_opener if newcomer == pid else newcomer
        if other is not None and other not in ids:
            ids.append(other)
    people = {p.id: p for p in await uow.people.many(ids)}
    return [people[i] for i in reversed(ids) if i in people]


async def report_command(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """`/report`: whom (when more than one), then what happened, in the person's words."""
    if turn.person.status == Status.ONBOARDING:
        engine.complain(turn, Invalid("error-finish-onboarding-first"))
        return
    others = await counterparts(turn.uow, turn.person)
    if not others:
        turn.says.append(Say("report-nobody"))
        return
    if len(others) == 1:
        _start(engine, turn, others[0])
        return
    choices = tuple(
        Choice(f"rpw:{other.id}", label=other.first_name or f"#{other.id}") for other in others[:8]
    )
    turn.says.append(Say("report-whom", choices=choices))


def _start(engine: ConversationEngine, turn: Turn, other: Person) -> None:
    turn.data["report_about"] = other.id
    if turn.step != REPORT_STEP:
        turn.data["report_return"] = turn.step
    turn.conversation.step = REPORT_STEP
    engine.ask(turn)


def ask(turn: Turn) -> list[Say]:
    """The question of the report step."""
    return [Say("report-ask", {"max": MAX_REPORT})]


async def take(engine: ConversationEngine, turn: Turn, answer: Answer) -> None:
    """Store the report, tell the coordinators at once, go back to where the person was."""
    text = require_text(answer)
    if len(text) > MAX_REPORT:
        raise Invalid("error-too-long", max=MAX_REPORT)
    uow, now = turn.uow, turn.ctx.now
    reported = await uow.people.get(int(str(turn.data.pop("report_about", 0)) or 0))
    back = str(turn.data.pop("report_return", "idle"))
    turn.conversation.step = back if back != REPORT_STEP else "idle"
    if reported is None:  # erased meanwhile
        turn.says.append(Say("report-stale"))
    else:
        report = await uow.misconduct.add(
            MisconductReport(turn.person.id, reported.id, text, now, "open")
        )
        turn.others += await _alert(engine, uow, report, turn.person, reported)
        turn.says.append(Say("report-thanks"))
    if turn.conversation.step != "idle":
        engine.ask(turn)


async def _alert(
    engine: ConversationEngine,
    uow: UnitOfWork,
    report: MisconductReport,
    reporter: Person,
    reported: Person,
) -> list[Outgoing]:
    """The report for every coordinator who has talked to Doorway, with block and dismiss."""
    args = {
        "number": report.id or 0,
        "reporter": f"{reporter.first_name or ''} #{reporter.id}",
        "reported": f"{reported.first_name or ''} #{reported.id}",
        "text": report.text,
    }
    choices = (
        Choice(f"rpc:{report.id}:block", "button-report-block"),
        Choice(f"rpc:{report.id}:dismiss", "button-report-dismiss"),
    )
    outgoing: list[Outgoing] = []
    for address in sorted(engine.coordinator_addresses):
        channel, _, external_id = address.partition(":")
        coordinator = await uow.people.by_address(channel, external_id)
        if coordinator is not None:
            outgoing.append(Outgoing(coordinator, Say("report-alert", args, choices=choices)))
    return outgoing


async def on_button(engine: ConversationEngine, turn: Turn, button: str) -> None:
    """`rpw:<person>` (whom to report) or a coordinator's `rpc:<report>:block|dismiss`."""
    kind, raw_id, action = [*button.split(":"), "", ""][:3]
    valid = raw_id.isascii() and raw_id.isdecimal() and len(raw_id) <= 9
    if kind == "rpw":
        allowed = {p.id: p for p in await counterparts(turn.uow, turn.person)}
        other = allowed.get(int(raw_id)) if valid else None
        if other is None:
            turn.says.append(Say("report-stale"))
            return
        _start(engine, turn, other)
        return
    report = await turn.uow.misconduct.get(int(raw_id)) if valid else None
    if (
        not turn.ctx.is_coordinator
        or report is None
        or report.status != "open"
        or action not in ("block", "dismiss")
    ):
        turn.says.append(Say("report-stale"))
        return
    report.status, report.handled_by, report.handled_at = (
        "blocked" if action == "block" else "dismissed",
        turn.person.address,
        turn.ctx.now,
    )
    await turn.audit(f"report_{action}", f"#{report.reported_id}", report=report.id)
    reported = await turn.uow.people.get(report.reported_id)
    if action == "block" and reported is not None:
        await block(turn, reported)
    turn.says.append(Say(f"report-{action}ed", {"number": report.id or 0}))


async def block(turn: Turn, person: Person) -> None:
    """Out of matching until a coordinator unblocks them; their open proposals are closed."""
    person.status = Status.BLOCKED
    for proposal in await turn.uow.proposals.open_for(person.id or 0):
        proposal.status, proposal.closed_at = ProposalStatus.CANCELLED, turn.ctx.now


async def block_command(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """`/block <person>` (coordinators)."""
    target = await find_person(turn.uow, argument) if argument else None
    if target is None or target.status == Status.ONBOARDING:
        turn.says.append(Say("coordinator-no-such-person", {"who": argument[:80]}))
        return
    await block(turn, target)
    await turn.audit("block", f"#{target.id}")
    turn.says.append(Say("block-done", {"name": target.first_name or f"#{target.id}"}))


async def unblock_command(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """`/unblock <person>` (coordinators): active again, and matched at once."""
    target = await find_person(turn.uow, argument) if argument else None
    if target is None or target.status != Status.BLOCKED:
        turn.says.append(Say("unblock-not-blocked", {"who": argument[:80]}))
        return
    target.status = Status.ACTIVE
    await turn.audit("unblock", f"#{target.id}")
    turn.rematch_people.append(target)
    turn.says.append(Say("unblock-done", {"name": target.first_name or f"#{target.id}"}))
