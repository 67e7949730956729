"""A collecting channel for engine tests: send as a user, get back what they were sent."""

from __future__ import annotations

from doorway.bootstrap import App
from doorway.dialogs.contract import InboundEvent, OutboundMessage
from doorway.storage.records import Conversation, Person


class ChatHarness:
    """Talks to the engine as console users and records every delivered message."""

    def __init__(self, app: App, channel: str = "console") -> None:
        self.app = app
        self.channel = channel
        self.delivered: list[OutboundMessage] = []
        self._next_update = 0

    async def _collect(self, message: OutboundMessage) -> None:
        self.delivered.append(message)

    async def send(
        self,
        user: str,
        text: str | None = None,
        *,
        button: str | None = None,
        update_id: str | None = None,
    ) -> list[OutboundMessage]:
        """Send a text or a button id as `user`; returns the messages delivered in reply."""
        event = InboundEvent(self.channel, user, update_id, text=text, button=button)
        await self.app.engine.handle(event)
        return await self.flush()

    async def press(self, user: str, label_or_id: str) -> list[OutboundMessage]:
        """Press the button, offered by the last message with buttons, with this label or id."""
        for message in reversed([m for m in self.delivered if m.user_id == user and m.buttons]):
            for button in message.buttons:
                if label_or_id in (button.id, button.label):
                    return await self.send(user, button=button.id)
            break
        raise AssertionError(f"{user} was offered no button {label_or_id!r}")

    async def flush(self) -> list[OutboundMessage]:
        """Deliver whatever the outbox holds; returns it."""
        before = len(self.delivered)
        await self.app.delivery.flush(self.channel, self._collect)
        return self.delivered[before:]

    async def tick(self) -> list[OutboundMessage]:
        """Run due jobs and deliver their messages."""
        await self.app.jobs.run_due()
        return await self.flush()

    async def person(self, user: str) -> Person | None:
        """The stored person behind a console user."""
        async with self.app.unit_of_work() as uow:
            return await uow.people.by_address(self.channel, user)

    async def conversation(self, user: str) -> Conversation | None:
        """The stored conversation of a console user."""
        async with self.app.unit_of_work() as uow:
            person = await uow.people.by_address(self.channel, user)
            return await uow.conversations.get(person.id or 0) if person else None
