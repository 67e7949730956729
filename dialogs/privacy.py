"""Privacy: consent, `/mydata` (everything held, as a JSON file), `/delete` and retention.

- Consent is given in onboarding (its time and the text version are stored on the person) and
  nothing about a person is kept without it. Withdrawing consent *is* `/delete`: `/consent`
  shows what was agreed and points there, so there is one way out and it erases everything.
- `/delete` asks for confirmation with a one-time button (`prv:delete:<token>`, valid for an
  hour, checked against the conversation); a stale or forged button changes nothing.
- Erasure cancels the person's open proposals and current meetings (the other side hears of an
  upcoming meeting only, as of a cancelled one, and only as "the other participant"), then
  `PrivacyRepository.erase` removes or detaches every row; the person row goes last.
- Retention: a daily `retention_sweep` job asks people quiet for `retention` (no message from
  them, no meeting) whether they want to stay; a `retention_erase` job 30 days later erases
  them unless they wrote since.

Buttons: `prv:delete:<token>`, `prv:keep`, `prv:stay`, `prv:leave`.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from doorway.dialogs.contract import Attachment
from doorway.dialogs.meetings import cancel_meeting, cancellation
from doorway.dialogs.rest import REST_STEPS
from doorway.dialogs.steps import Choice, Outgoing, Say
from doorway.storage.privacy import PersonalRows
from doorway.storage.records import (
    Job,
    MeetingStatus,
    Person,
    ProposalStatus,
    Role,
    Status,
)

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.dialogs.proposals import ProposalService
    from doorway.storage.unit_of_work import UnitOfWork

EXPORT_FORMAT = "doorway-personal-data/1"
CONFIRM_KEY = "privacy_delete"  # the pending confirmation, in the conversation's data
CONFIRM_VALID = timedelta(hours=1)
RETENTION_SWEEP = "retention_sweep"
RETENTION_ERASE = "retention_erase"
SWEEP_EVERY = timedelta(days=1)
GRACE = timedelta(days=30)  # between "do you want to stay?" and erasure
SWEEP_BATCH = 200
ERASED_REASON = "erased"  # a meeting's cancel reason when one side erased their data
_CURRENT = (MeetingStatus.PLANNING, MeetingStatus.CHOOSING, MeetingStatus.CONFIRMED)


# -- the export ------------------------------------------------------------------------------


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def export_bytes(document: dict[str, Any]) -> bytes:
    """The export as UTF-8 JSON, readable by people and programs alike."""
    return json.dumps(document, ensure_ascii=False, indent=2, default=_json_default).encode()


def _profile(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "channel": person.channel,
        "external_id": person.external_id,
        "role": person.role,
        "status": person.status,
        "locale": person.locale,
        "timezone": person.timezone,
        "first_name": person.first_name,
        "gender": person.gender,
        "municipality": person.municipality,
        "country": person.country,
        "meeting_languages": list(person.meeting_languages),
        "digital_ok": person.digital_ok,
        "occupation_text": person.occupation_raw,
        "occupation_uri": person.occupation_uri,
        "occupation_isco": person.occupation_isco,
        "occupation_label": person.occupation_label,
        "years_experience": person.years_experience,
        "intro": person.intro,
        "monthly_capacity": person.monthly_capacity,
        "created_at": person.created_at,
        "onboarded_at": person.onboarded_at,
        "paused_until": person.paused_until,
        "surveys_stopped_at": person.surveys_stopped_at,
        "last_seen_at": person.last_seen_at,
        "unreachable_at": person.unreachable_at,
        "referred_by_someone": person.referred_by_id is not None,
        "organisation_id": person.organisation_id,
    }


def _sides(row: dict[str, Any], person_id: int | None) -> tuple[str, str, int | None]:
    """(your role, the other side's role, the other side's id) in a proposal or meeting."""
    if row["newcomer_id"] == person_id:
        return Role.NEWCOMER, Role.DOOR_OPENER, row["door_opener_id"]
    return Role.DOOR_OPENER, Role.NEWCOMER, row["newcomer_id"]


def _other(rows: PersonalRows, role: str, other_id: int | None) -> dict[str, Any]:
    # Only the first name, which the proposal itself showed; "a participant" once they left.
    return {"role": role, "first_name": rows.first_names.get(other_id) if other_id else None}


def _meeting(row: dict[str, Any], rows: PersonalRows, person_id: int | None) -> dict[str, Any]:
    mine, theirs, other_id = _sides(row, person_id)
    other = _other(rows, theirs, other_id)
    # Contacts are exchanged when the newcomer confirms a time: before that, theirs is not ours.
    if row["newcomer_contact"] is not None:
        other["contact"] = row[f"{theirs}_contact"]
    return {
        "id": row["id"],
        "your_role": mine,
        "status": row["status"],
        "starts_at": row["starts_at"],
        "times_offered": row["slots"],
        "place_kind": row["place_kind"],
        "place": row["place_text"],
        "your_contact": row[f"{mine}_contact"],
        "your_outcome": row[f"{mine}_outcome"],
        "cancelled_by": row["cancelled_by"],
        "cancel_reason": row["cancel_reason"],
        "other": other,
        "created_at": row["created_at"],
    }


def _proposal(row: dict[str, Any], rows: PersonalRows, person_id: int | None) -> dict[str, Any]:
    mine, theirs, other_id = _sides(row, person_id)
    return {
        "id": row["id"],
        "your_role": mine,
        "status": row["status"],
        "reasons": row["reasons"],
        "declined_by": row["declined_by"],
        "decline_reason": row["decline_reason"],
        "created_at": row["created_at"],
        "closed_at": row["closed_at"],
        "other": _other(rows, theirs, other_id),
    }


def _surveys(rows: PersonalRows) -> list[dict[str, Any]]:
    answers: dict[int, list[dict[str, Any]]] = {}
    for answer in rows.survey_answers:
        answers.setdefault(answer["run_id"], []).append(
            {
                "question": answer["question"],
                "value": answer["value"],
                "answered_at": answer["answered_at"],
            }
        )
    return [
        {
            "survey": run["survey"],
            "status": run["status"],
            "sent_at": run["sent_at"],
            "finished_at": run["finished_at"],
            "answers": answers.get(run["id"], []),
        }
        for run in rows.survey_runs
    ]


async def personal_data(uow: UnitOfWork, person: Person, now: datetime) -> dict[str, Any]:
    """Everything Doorway holds about the person (GDPR Art. 15 and 20), as a JSON-ready dict."""
    rows = await uow.privacy.rows_of(person)
    pid = person.id
    conversation = rows.conversation
    return {
        "format": EXPORT_FORMAT,
        "generated_at": now,
        "profile": _profile(person),
        "consent": {"given_at": person.consent_at, "text_version": person.consent_version},
        "conversation": (
            {
                "step": conversation["step"],
                "data": conversation["data"],
                "updated_at": conversation["updated_at"],
            }
            if conversation
            else None
        ),
        "proposals": [_proposal(row, rows, pid) for row in rows.proposals],
        "meetings": [_meeting(row, rows, pid) for row in rows.meetings],
        "events": rows.event_rsvps,
        "surveys": _surveys(rows),
        "invites_made": [
            {"code": i["code"], "kind": i["kind"], "uses": i["uses"], "created_at": i["created_at"]}
            for i in rows.invites_made
        ],
        "joined_with": rows.joined_with["kind"] if rows.joined_with else None,
        "introductions": [
            {
                "direction": "made" if i["door_opener_id"] == pid else "received",
                "contact": i["contact"],
                "created_at": i["created_at"],
            }
            for i in rows.introductions
        ],
        "audit_log": [
            {
                # Coordinators act as their role here: their addresses are their own data.
                "by": "you" if a["actor"] == person.address else "a coordinator",
                "action": a["action"],
                "at": a["at"],
            }
            for a in rows.audit
        ],
        "messages_to_you": [
            {
                "text": o["text"],
                "attachments": [a["name"] for a in o["attachments"]],
                "created_at": o["created_at"],
                "sent_at": o["sent_at"],
            }
            for o in rows.outbox
        ],
        "scheduled": [{"kind": j["kind"], "due_at": j["due_at"]} for j in rows.jobs],
    }


# -- erasure ---------------------------------------------------------------------------------


async def erase(
    uow: UnitOfWork, person: Person, now: datetime, *, actor: str, keep_job: int | None = None
) -> tuple[list[Outgoing], list[Person]]:
    """Erase everything about the person but their row; (messages for others, who to rematch).

    The caller removes the person row in the same transaction (the engine does it for a chat
    turn that `forget`s; jobs and the CLI call `uow.people.remove`).
    """
    pid = person.id or 0
    person.status = Status.PAUSED  # out of matching for the rest of this transaction
    others: list[Outgoing] = []
    rematch: list[Person] = []
    for proposal in await uow.proposals.open_for(pid):
        # Nobody is told: the question they were asked just becomes stale.
        proposal.status, proposal.closed_at = ProposalStatus.CANCELLED, now
        other = await uow.people.get(
            proposal.door_opener_id if proposal.newcomer_id == pid else proposal.newcomer_id
        )
        if other is not None and other.role == Role.NEWCOMER and other.status == Status.ACTIVE:
            rematch.append(other)
    for meeting in await uow.meetings.current_for(pid):
        is_door_opener = meeting.door_opener_id == pid
        upcoming = meeting.starts_at is None or meeting.starts_at > now
        attachments = cancellation(meeting, now) if meeting.starts_at is not None else ()
        other = await cancel_meeting(uow, meeting, is_door_opener, ERASED_REASON, now)
        if other is None:
            continue
        if upcoming:
            others.append(
                Outgoing(other, Say("privacy-meeting-cancelled", attachments=attachments))
            )
        if other.role == Role.NEWCOMER and other.status == Status.ACTIVE:
            rematch.append(other)
    # No personal data in the entry: who it was is exactly what is being forgotten.
    await uow.audit.record(actor, "erase", f"#{pid}", now)
    await uow.privacy.erase(person, keep_job=keep_job)
    return others, rematch


# -- chat commands ---------------------------------------------------------------------------


def _local(person: Person, when: datetime) -> str:
    return format_datetime(
        when.astimezone(ZoneInfo(person.timezone)), "medium", locale=person.locale
    )


async def consent(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """What the person agreed to and when; withdrawing consent is deleting the data."""
    person = turn.person
    if person.consent_at is None:
        turn.says.append(Say("privacy-consent-none"))
    else:
        turn.says.append(
            Say(
                "privacy-consent-given",
                {"date": _local(person, person.consent_at), "value": person.consent_version or ""},
            )
        )
    if turn.step not in REST_STEPS:
        engine.ask(turn)


async def mydata(engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Send the person everything held about them, as a JSON file."""
    document = await personal_data(turn.uow, turn.person, turn.ctx.now)
    file = Attachment("mydata.json", "application/json", export_bytes(document))
    turn.says.append(Say("privacy-mydata-sent", attachments=(file,)))
    if turn.step not in REST_STEPS:
        engine.ask(turn)


def _confirmation(turn: Turn) -> Say:
    token = secrets.token_urlsafe(9)
    turn.data[CONFIRM_KEY] = {"token": token, "at": turn.ctx.now.isoformat()}
    return Say(
        "privacy-delete-confirm",
        choices=(
            Choice(f"prv:delete:{token}", "button-privacy-delete"),
            Choice("prv:keep", "button-privacy-keep"),
        ),
    )


async def delete(_engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """Ask to confirm the erasure of everything about the person (withdrawing consent)."""
    turn.says.append(_confirmation(turn))


def _confirmed(turn: Turn, token: str) -> bool:
    """True if the token is the one this conversation was given, within the hour."""
    pending = turn.data.get(CONFIRM_KEY)
    if not isinstance(pending, dict) or not token:
        return False
    try:
        asked_at = datetime.fromisoformat(str(pending.get("at")))
    except ValueError:
        return False
    fresh = asked_at <= turn.ctx.now < asked_at + CONFIRM_VALID
    return fresh and secrets.compare_digest(str(pending.get("token", "")), token)


async def on_button(engine: ConversationEngine, turn: Turn, button: str) -> None:
    """The privacy buttons; the erasure itself only with this conversation's fresh token."""
    action, _, token = button.removeprefix("prv:").partition(":")
    if action == "delete":
        if not _confirmed(turn, token):
            turn.says.append(Say("privacy-delete-stale"))
            return
        others, rematch = await erase(turn.uow, turn.person, turn.ctx.now, actor="self")
        turn.others += others
        turn.rematch_people += rematch
        turn.forget = True  # the engine removes the person row and keeps no link to the reply
        turn.says.append(Say("privacy-deleted"))
    elif action == "keep":
        turn.data.pop(CONFIRM_KEY, None)
        turn.says.append(Say("privacy-delete-kept"))
        if turn.step not in REST_STEPS:
            engine.ask(turn)
    elif action == "stay":
        await _stay(turn.uow, turn.person, turn.ctx.now)
        turn.says.append(Say("privacy-retention-stayed"))
    elif action == "leave":
        turn.says.append(_confirmation(turn))
    else:
        turn.says.append(Say("error-stale-button"))


async def _stay(uow: UnitOfWork, person: Person, now: datetime) -> None:
    for job in await uow.jobs.pending_for(person.id or 0, RETENTION_ERASE):
        job.done_at = now  # they answered: no erasure


# -- retention -------------------------------------------------------------------------------


class RetentionPolicy:
    """Asks long-inactive people whether they want to stay, and erases those who stay silent."""

    def __init__(self, proposals: ProposalService, retention: timedelta) -> None:
        self._proposals = proposals
        self.retention = retention

    async def sweep(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """The daily run: ask the quiet ones (each once per grace period); schedule the next."""
        job.done_at = now
        await uow.jobs.add(Job(RETENTION_SWEEP, now + SWEEP_EVERY, None, {}, created_at=now))
        asked = {j.person_id or 0 for j in await uow.jobs.pending_of_kind(RETENTION_ERASE)}
        quiet = await uow.privacy.inactive(now - self.retention, asked, SWEEP_BATCH)
        messages = []
        for person in quiet:
            payload = {"asked_at": now.isoformat()}
            await uow.jobs.add(
                Job(RETENTION_ERASE, now + GRACE, person.id, payload, created_at=now)
            )
            say = Say(
                "privacy-retention-ask",
                {"n": GRACE.days},
                choices=(
                    Choice("prv:stay", "button-privacy-stay"),
                    Choice("prv:leave", "button-privacy-leave"),
                ),
            )
            messages.append(Outgoing(person, say))
        return messages

    async def erase_lapsed(self, uow: UnitOfWork, job: Job, now: datetime) -> list[Outgoing]:
        """No answer within the grace period and no sign of life since: erase the person."""
        job.done_at = now
        person = await uow.people.get(job.person_id)
        asked_at = datetime.fromisoformat(str(job.payload.get("asked_at", now.isoformat())))
        if person is None:
            return []
        seen = person.last_seen_at
        if (seen is not None and seen > asked_at) or await uow.privacy.met_since(
            person.id or 0, asked_at
        ):
            return []
        job.person_id = None  # the job outlives the person it was for
        others, rematch = await erase(uow, person, now, actor="retention", keep_job=job.id)
        await uow.people.remove(person)
        for waiting in rematch:
            others += await self._proposals.match_after_change(uow, waiting, now)
        return others
