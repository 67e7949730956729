"""Runs due jobs from the durable job table through the same engine as chat updates."""

from __future__ import annotations

import logging
from datetime import timedelta

from doorway.dialogs.admin_broadcast import BROADCAST_SEND
from doorway.dialogs.admin_broadcast import send_batch as send_broadcast_batch
from doorway.dialogs.contract import OutboundMessage
from doorway.dialogs.engine import MATCH_RUN, ONBOARDING_REMINDER, ConversationEngine, JobHandler
from doorway.dialogs.events import EVENT_PAIRING, EVENT_REMINDER
from doorway.dialogs.meetings import MEETING_FOLLOW_UP, MEETING_REMINDER
from doorway.dialogs.privacy import RETENTION_ERASE, RETENTION_SWEEP, RetentionPolicy
from doorway.dialogs.proposals import PAUSE_END, PROPOSAL_LAPSE, PROPOSAL_REMINDER
from doorway.dialogs.surveys import SURVEY_REMINDER, SURVEY_START
from doorway.storage.records import Job
from doorway.storage.repositories import JobRepository

log = logging.getLogger(__name__)

Handler = JobHandler
MAX_ATTEMPTS = 5


class JobRunner:
    """Claims due jobs and runs each in its own transaction; failures are retried with backoff."""

    def __init__(
        self,
        engine: ConversationEngine,
        worker_id: str,
        *,
        retention: timedelta = timedelta(days=730),
        claim_timeout: timedelta = JobRepository.CLAIM_TIMEOUT,
    ) -> None:
        self._engine = engine
        self._worker_id = worker_id
        self._claim_timeout = claim_timeout
        self.retention = RetentionPolicy(engine.proposals, retention)
        self._handlers: dict[str, Handler] = {
            ONBOARDING_REMINDER: engine.remind_onboarding,
            PROPOSAL_REMINDER: engine.job_handler(engine.proposals.remind),
            PROPOSAL_LAPSE: engine.job_handler(engine.proposals.lapse),
            MATCH_RUN: engine.match_all,
            PAUSE_END: engine.job_handler(engine.proposals.end_pause),
            MEETING_REMINDER: engine.job_handler(engine.meetings.remind),
            MEETING_FOLLOW_UP: engine.job_handler(engine.meetings.follow_up),
            EVENT_REMINDER: engine.job_handler(engine.events.remind),
            EVENT_PAIRING: engine.job_handler(engine.events.pair),
            SURVEY_START: engine.job_handler(engine.surveys.start),
            SURVEY_REMINDER: engine.job_handler(engine.surveys.remind),
            BROADCAST_SEND: engine.job_handler(send_broadcast_batch),
            RETENTION_SWEEP: engine.job_handler(self.retention.sweep),
            RETENTION_ERASE: engine.job_handler(self.retention.erase_lapsed),
        }

    async def ensure_recurring(self) -> None:
        """Schedule the daily runs (matching, retention) if none is pending (first start, lost)."""
        async with self._engine.unit_of_work() as uow:
            added = False
            for kind in (MATCH_RUN, RETENTION_SWEEP):
                if not await uow.jobs.pending_of_kind(kind):
                    now = self._engine.clock.now()
                    await uow.jobs.add(Job(kind, now, None, {}, created_at=now))
                    added = True
            if added:
                await uow.commit()

    async def run_due(self, limit: int = 100) -> list[OutboundMessage]:
        """Run every job due now; returns the messages they queued."""
        await self.ensure_recurring()
        messages: list[OutboundMessage] = []
        while True:
            async with self._engine.unit_of_work() as uow:
                claimed = await uow.jobs.claim_due(
                    self._engine.clock.now(), self._worker_id, limit, self._claim_timeout
                )
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
                # Why these were sent picks WhatsApp's template when its window is closed.
                await uow.send_queue.tag([m.outbox_id for m in messages if m.outbox_id], job.kind)
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
