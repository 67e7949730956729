"""The relay baton: after a held meeting the door-opener passes on two contacts.

Either a personal invite for a colleague to become a door-opener (a deep link
`t.me/<bot>?start=<code>` on Telegram, a code elsewhere), or an introduction of the newcomer to
someone, recorded as a new contact and passed to the newcomer. Buttons `rly:<meeting>:<action>`
are valid for that meeting's door-opener once the meeting was held, until two contacts are given.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from doorway.dialogs.steps import Answer, Choice, Invalid, Outgoing, Say, require_text
from doorway.storage.records import Introduction, Invite, InviteKind, Meeting, MeetingStatus

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

BATON_CONTACTS = 2
CONTACT_STEP = "relay_contact"
MAX_CONTACT = 500
ACTIONS = ("invite", "introduce", "done")


def new_code() -> str:
    """A short random code that Telegram accepts as a /start parameter ([A-Za-z0-9_-])."""
    return secrets.token_urlsafe(6)


class RelayService:
    """Offers the baton, makes invites and records introductions."""

    def __init__(self, links: InviteLinks) -> None:
        self.links = links

    async def given(self, uow: UnitOfWork, meeting_id: int) -> int:
        """How many of the two contacts the door-opener has passed on for a meeting."""
        invites = await uow.invites.count_for_meeting(meeting_id)
        return invites + await uow.introductions.count_for_meeting(meeting_id)

    async def offer(self, uow: UnitOfWork, meeting: Meeting) -> list[Say]:
        """The baton question, while fewer than two contacts were given for this meeting."""
        given = await self.given(uow, meeting.id or 0)
        if given >= BATON_CONTACTS:
            return []
        return [
            Say(
                "relay-offer" if given == 0 else "relay-offer-more",
                {"left": BATON_CONTACTS - given},
                choices=tuple(
                    Choice(f"rly:{meeting.id}:{action}", f"button-relay-{action}")
                    for action in ACTIONS
                ),
            )
        ]

    async def on_button(self, engine: ConversationEngine, turn: Turn, button: str) -> None:
        """A baton button: only the meeting's door-opener, only after it was held."""
        _, raw_id, action = [*button.split(":"), "", ""][:3]
        valid = raw_id.isdecimal() and len(raw_id) <= 9
        meeting = await turn.uow.meetings.get(int(raw_id), lock=True) if valid else None
        if (
            meeting is None
            or meeting.door_opener_id != turn.person.id
            or meeting.status != MeetingStatus.HELD
            or action not in ACTIONS
        ):
            turn.says.append(Say("relay-stale"))
            return
        if action == "done":
            turn.says.append(Say("relay-thanks"))
            return
        if await self.given(turn.uow, meeting.id or 0) >= BATON_CONTACTS:
            turn.says.append(Say("relay-enough"))
            return
        if action == "invite":
            await self._invite(turn, meeting)
        else:
            turn.data["relay"] = {"meeting": meeting.id, "return_to": turn.step}
            turn.conversation.step = CONTACT_STEP
            engine.ask(turn)

    async def _invite(self, turn: Turn, meeting: Meeting) -> None:
        invite = await turn.uow.invites.add(
            Invite(
                code=new_code(),
                kind=InviteKind.RELAY,
                created_at=turn.ctx.now,
                inviter_id=turn.person.id,
                meeting_id=meeting.id,
            )
        )
        link = self.links.link(turn.person.channel, invite.code)
        turn.says.append(Say("relay-invite", {"link": link, "code": invite.code}))
        turn.says.extend(await self.offer(turn.uow, meeting))

    def ask(self, _turn: Turn) -> list[Say]:
        """Who should the newcomer meet, and how can they reach them?"""
        return [Say("relay-ask-contact")]

    async def take(self, turn: Turn, answer: Answer) -> None:
        """The introduced contact, as the door-opener wrote it; the newcomer is told."""
        text = require_text(answer).strip()
        if len(text) > MAX_CONTACT:
            raise Invalid("error-too-long", max=MAX_CONTACT)
        state = turn.data.get("relay")
        raw_id = state.get("meeting") if isinstance(state, dict) else None
        meeting = (
            await turn.uow.meetings.get(raw_id, lock=True) if isinstance(raw_id, int) else None
        )
        self.leave(turn)
        if meeting is None or meeting.door_opener_id != turn.person.id:
            turn.says.append(Say("relay-stale"))
            return
        if await self.given(turn.uow, meeting.id or 0) >= BATON_CONTACTS:
            turn.says.append(Say("relay-enough"))
            return
        await turn.uow.introductions.add(
            Introduction(
                door_opener_id=turn.person.id or 0,
                newcomer_id=meeting.newcomer_id,
                contact=text,
                created_at=turn.ctx.now,
                meeting_id=meeting.id,
            )
        )
        turn.says.append(Say("relay-introduction-saved"))
        newcomer = await turn.uow.people.get(meeting.newcomer_id)
        if newcomer is not None:
            say = Say("relay-introduced", {"name": turn.person.first_name or "", "contact": text})
            turn.others.append(Outgoing(newcomer, say))
        turn.says.extend(await self.offer(turn.uow, meeting))

    def leave(self, turn: Turn) -> None:
        """Back to where the door-opener was (/cancel, or the contact was given)."""
        state = turn.data.pop("relay", None)
        back = state.get("return_to") if isinstance(state, dict) else None
        turn.conversation.step = back if isinstance(back, str) and back != CONTACT_STEP else "idle"


class InviteLinks:
    """How a code is shared on each channel: a Telegram deep link, or the code to send."""

    def __init__(self, telegram_bot_username: str | None = None) -> None:
        self.telegram_bot_username = telegram_bot_username

    def link(self, channel: str, code: str) -> str:
        """`https://t.me/<bot>?start=<code>` on Telegram (when the bot's name is known)."""
        if channel == "telegram" and self.telegram_bot_username:
            return f"https://t.me/{self.telegram_bot_username}?start={code}"
        return f"/start {code}"
