"""One session and one commit per update or job; repositories never commit."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from doorway.storage.channel_queues import InboxRepository, LeaseRepository, SendQueue
from doorway.storage.db import take_app_lock
from doorway.storage.impact_repositories import (
    AuditLog,
    BroadcastRepository,
    IntroductionRepository,
    InviteRepository,
    MisconductRepository,
    OrganisationRepository,
    SurveyRepository,
)
from doorway.storage.privacy import PrivacyRepository
from doorway.storage.repositories import (
    AliasRepository,
    ConversationRepository,
    EventRepository,
    JobRepository,
    MeetingRepository,
    OutboxRepository,
    PersonRepository,
    ProposalRepository,
    UpdateLog,
)


class UnitOfWork:
    """A transaction with the repositories bound to it; leaving without commit rolls back."""

    session: AsyncSession
    people: PersonRepository
    conversations: ConversationRepository
    updates: UpdateLog
    jobs: JobRepository
    outbox: OutboxRepository
    aliases: AliasRepository
    proposals: ProposalRepository
    meetings: MeetingRepository
    events: EventRepository
    surveys: SurveyRepository
    invites: InviteRepository
    introductions: IntroductionRepository
    organisations: OrganisationRepository
    audit: AuditLog
    broadcasts: BroadcastRepository
    inbox: InboxRepository
    send_queue: SendQueue
    leases: LeaseRepository
    misconduct: MisconductRepository
    privacy: PrivacyRepository

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory

    async def __aenter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.people = PersonRepository(self.session)
        self.conversations = ConversationRepository(self.session)
        self.updates = UpdateLog(self.session)
        self.jobs = JobRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.aliases = AliasRepository(self.session)
        self.proposals = ProposalRepository(self.session)
        self.meetings = MeetingRepository(self.session)
        self.events = EventRepository(self.session)
        self.surveys = SurveyRepository(self.session)
        self.invites = InviteRepository(self.session)
        self.introductions = IntroductionRepository(self.session)
        self.organisations = OrganisationRepository(self.session)
        self.audit = AuditLog(self.session)
        self.broadcasts = BroadcastRepository(self.session)
        self.inbox = InboxRepository(self.session)
        self.send_queue = SendQueue(self.session)
        self.leases = LeaseRepository(self.session)
        self.misconduct = MisconductRepository(self.session)
        self.privacy = PrivacyRepository(self.session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # close() rolls back anything uncommitted without expiring loaded records, so
        # read-only units can hand their records out.
        try:
            if exc_type is not None:
                await self.session.rollback()
        finally:
            await self.session.close()

    async def lock_matching(self) -> None:
        """Hold the matching lock until commit: no two processes hand out one slot twice."""
        await take_app_lock(self.session, "doorway-matching")

    async def commit(self) -> None:
        """Make every change of this unit durable at once."""
        await self.outbox.write_staged()
        await self.session.commit()
