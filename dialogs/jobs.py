"""Runs due jobs from the durable job table through the same engine as chat updates."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.engine import MATCH_RUN, ONBOARDING_REMINDER, ConversationEngine
from doorway.dialogs.meetings import MEETING_FOLLOW_UP, MEETING_REMINDER
from doorway.dialogs.proposals import PROPOSAL_LAPSE, PROPOSAL_REMINDER
from doorway.storage.records import Job
from doorway.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Handler = Callable[[UnitOfWork, Job], Awaitable[list[OutboundMessage]]]
MAX_ATTEMPTS = 5


class JobRunner:
    """Claims due jobs and runs each in its own transaction; failures are retried with backoff."""

    def __init__(self, engine: ConversationEngine, worker_id: str) -> None:
        self._engine = engine
        self._worker_id = worker_id
        self._handlers: dict[str, Handler] = {
            ONBOARDING_REMINDER: engine.remind_onboarding,
            PROPOSAL_REMINDER: engine.remind_proposal,
            PROPOSAL_LAPSE: engine.lapse_proposal,
            MATCH_RUN: engine.match_all,
            MEETING_REMINDER: engine.remind_meeting,
            MEETING_FOLLOW_UP: engine.follow_up_meeting,
        }

    async def ensure_recurring(self) -> None:
        """Schedule the daily matching run if no run is pending (first start, or it was lost)."""
        async with self._engine.unit_of_work() as uow:
            if not await uow.jobs.pending_of_kind(MATCH_RUN):
                now = self._engine.clock.now()
                await uow.jobs.add(Job(MATCH_RUN, now, None, {}, created_at=now))
                await uow.commit()

    async def run_due(self, limit: int = 100) -> list[OutboundMessage]:
        """Run every job due now; returns the messages they queued."""
        await self.ensure_recurring()
        messages: list[OutboundMessage] = []
        while True:
            async with self._engine.unit_of_work() as uow:
                claimed = await uow.jobs.claim_due(self._engine.clock.now(), self._worker_id, limit)
                ids = [job.id or 0 for job in claimed]
                await uow.commit()
            for job_id in ids:
                messages += await self._run_one(job_id)
            if len(ids) < limit:
                return messages

    async def _run_one(self, job_id: int) -> list[OutboundMessage]:
        try:
            async with self._engine.unit_of_work() as uow:
                job = await uow.session.get(Job, job_id)
                if job is None or job.done_at is not None:
                    return []
                handler = self._handlers.get(job.kind)
                if handler is None:
                    raise LookupError(f"no handler for job kind {job.kind!r}")
                messages = await handler(uow, job)
                await uow.commit()
                return messages
        except Exception as error:  # a failing job must not stop the others
            log.exception("job %s failed", job_id)
            await self._record_failure(job_id, error)
            return []

    async def _record_failure(self, job_id: int, error: Exception) -> None:
        now = self._engine.clock.now()
        async with self._engine.unit_of_work() as uow:
            job = await uow.session.get(Job, job_id)
            if job is None:
                return
            job.attempts += 1
            job.last_error = f"{type(error).__name__}: {error}"[:2000]
            job.claimed_by = job.claimed_at = None
            if job.attempts >= MAX_ATTEMPTS:
                job.done_at = now  # given up; last_error says why
            else:
                job.due_at = now + timedelta(minutes=2**job.attempts)
            await uow.commit()
