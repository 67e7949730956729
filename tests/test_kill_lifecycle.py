"""SIGKILL at random points, past onboarding: the proposal, the meeting and the survey after it.

A door-opener and a newcomer, both nurses in Göteborg (one in Swedish, one in English), onboard
through the real webhook; the automatic proposal comes and both accept; the door-opener offers
two times, a café and a phone number; the newcomer picks a time and gives an e-mail address.
Then time passes: the processes run on the real clock, so the test moves the due times of the
reminders (24 h, 1 h), of the "did it happen?" question and, at the end, of every other job of
the two people into the present. Both say the meeting happened and answer the after-meeting
survey. `doorway serve`, `doorway worker` or both are SIGKILLed (seeded, randomised) right after
posted updates and while the worker runs the jobs whose time was moved.

Afterwards the proposal, the meeting and the survey answers are exactly what was answered (none
lost, none doubled), every job that should run ran, once, nothing waits in the inbox or the
outbox, every queued message arrived and repeats are bounded by the number of kills, and the
at-most-once kinds (reminders) never went twice: one a kill catches mid-send may be dropped.
Last, the reminders of an unfinished onboarding fall due: both finished, so they send nothing
and are done (not left claimed, to run again every 10 minutes).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import select, update

from doorway.bootstrap import App, build_app
from doorway.bot.sending import AT_MOST_ONCE
from doorway.dialogs.clock import ShiftedClock
from doorway.storage import migrate, tables
from doorway.storage.records import (
    Job,
    Meeting,
    OutboxMessage,
    Proposal,
    SurveyAnswer,
    SurveyRun,
)
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.flows import Script, onboarding_script
from tests.kill_support import (
    Processes,
    assert_profiles_as_answered,
    free_port,
    post_until_stored,
    process_env,
    settled,
    until,
)
from tests.telegram_support import TOKEN, count_rows, telegram_settings

DORA, NINA = 910_001, 910_002  # the door-opener and the newcomer (Telegram user ids)
ONBOARDING_KILL_CHANCE = 0.06  # after each posted update while they onboard
KILL_CHANCE = 0.15  # after each posted update from the proposal on
FAST_FORWARD_KILL_CHANCE = 0.6  # after moving due times into the present, while the worker runs
DEADLINE_SECONDS = 150  # the whole test, restarts included
PHONE, EMAIL, PLACE = "070-111 22 33", "nina@example.org", "Kafé Kaka, Storgatan 1"
NOTE = "Thanks, it was a good meeting!"
MIN_AGE = 4.0  # seconds: a process is killed once it is past its imports and at work
# Jobs left pending at the end: the daily runs, and the newcomer's 3- and 6-month surveys.
STILL_PENDING = {("match_run", None), ("retention_sweep", None)}
LATER_SURVEYS = {"month_3", "month_6"}

JSON = dict[str, Any]


def buttons(message: JSON) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


def newcomer_script() -> Script:
    """The English onboarding, moved to Göteborg: the same place as the Swedish door-opener."""
    script = onboarding_script("en", "newcomer")
    actions = tuple(
        (step, kind, "Göteborg" if step == "place" else value)
        for step, kind, value in script.actions
    )
    return replace(
        script, actions=actions, expected={**script.expected, "municipality": "Göteborg"}
    )


class Run:
    """Posts updates as the two people, kills and restarts the processes, waits for replies."""

    def __init__(
        self,
        api: FakeTelegramAPI,
        app: App,
        procs: Processes,
        http: aiohttp.ClientSession,
        rng: random.Random,
    ) -> None:
        self.api, self.app, self.procs, self.http, self.rng = api, app, procs, http, rng
        self.started = time.monotonic()
        self.kill_sites: Counter[str] = Counter()
        self.kill_chance = ONBOARDING_KILL_CHANCE

    def mark(self) -> int:
        """Where the messages sent from now on begin."""
        return len(self.api.sent_messages())

    async def act(self, user: int, kind: str, value: str) -> int:
        """Post a button press or a text as `user`; maybe kill. Returns the mark before it."""
        assert time.monotonic() - self.started < DEADLINE_SECONDS, "the test ran too long"
        before = self.mark()
        update_ = (
            self.api.callback_update(user, value)
            if kind == "button"
            else self.api.text_update(user, value)
        )
        await post_until_stored(self.http, self.procs, update_)
        if self.rng.random() < self.kill_chance:
            # Somewhere between stored, handled, sent and marked sent.
            await asyncio.sleep(self.rng.random() * 0.05)
            # A restarted `serve` takes seconds to import: the worker is killed more often.
            which = self.rng.choices(["serve", "worker", "both"], [2, 5, 1])[0]
            await self.kill(which, "after-update")
        return before

    async def press(self, user: int, button: str) -> int:
        return await self.act(user, "button", button)

    async def write(self, user: int, text: str) -> int:
        return await self.act(user, "text", text)

    async def kill(self, which: str, site: str) -> None:
        killed = []
        for name in ("serve", "worker") if which == "both" else (which,):
            if self.procs.age(name) >= MIN_AGE:
                killed += self.procs.kill(name)
        if not killed:
            return
        self.kill_sites[site] += len(killed)
        await self.procs.start()
        # Shown when the test fails: what was killed where, and when.
        print(f"+{time.monotonic() - self.started:.1f}s killed {killed} {site}")

    async def expect(self, user: int, since: int, prefix: str | None = None) -> list[str]:
        """Wait for a message to `user` after `since` (with a button starting with `prefix`);
        returns the buttons of the last such message."""
        found: list[JSON] = []

        def arrived() -> bool:
            found[:] = [
                m
                for m in self.api.sent_messages()[since:]
                if str(m["chat_id"]) == str(user)
                and (prefix is None or any(b.startswith(prefix) for b in buttons(m)))
            ]
            return bool(found)

        await until(arrived, 30, f"a message to {user} with {prefix!r}")
        return buttons(found[-1])

    async def fast_forward(
        self, pick: Any, what: str = "", *, kill: bool = True, timeout: float = 30
    ) -> list[int]:
        """Make the pending jobs `pick` chooses due now; maybe kill while the worker runs them;
        wait until they are done and everything they queued went out."""
        async with self.app.unit_of_work() as uow:
            pending = (await uow.session.scalars(select(Job).where(Job.done_at.is_(None)))).all()
            chosen = [job.id for job in pending if pick(job)]
            j = tables.jobs.c
            moved = datetime.now(UTC) - timedelta(seconds=1)
            await uow.session.execute(
                update(tables.jobs)
                .where(j.id.in_(chosen), j.done_at.is_(None))
                .values(due_at=moved)
            )
            await uow.commit()
        if kill and self.rng.random() < FAST_FORWARD_KILL_CHANCE:
            # Once the worker took them: somewhere between claimed, run, queued and sent.
            await until(lambda: taken(self.app, chosen, moved), 30, "the jobs claimed")
            await asyncio.sleep(self.rng.random() * 0.2)
            which = self.rng.choices(["worker", "both"], [3, 1])[0]
            await self.kill(which, "after-fast-forward")
        try:
            await until(lambda: jobs_done(self.app, chosen), timeout)
        except AssertionError:
            left = [j for j in await all_of(self.app, Job) if j.id in chosen and not j.done_at]
            raise AssertionError(f"{what or 'jobs'} not done: {left}") from None
        await until(lambda: settled(self.app), 30, "inbox and outbox settled")
        return [job_id for job_id in chosen if job_id is not None]


async def taken(app: App, ids: list[int | None], since: datetime) -> bool:
    async with app.unit_of_work() as uow:
        rows = (await uow.session.scalars(select(Job).where(Job.id.in_(ids)))).all()
        return any(j.done_at or (j.claimed_at and j.claimed_at >= since) for j in rows)


async def jobs_done(app: App, ids: list[int | None]) -> bool:
    async with app.unit_of_work() as uow:
        rows = (await uow.session.scalars(select(Job).where(Job.id.in_(ids)))).all()
        return all(job.done_at is not None for job in rows)


async def all_of(app: App, record: Any) -> list[Any]:
    async with app.unit_of_work() as uow:
        return list((await uow.session.scalars(select(record).order_by(record.id))).all())


async def test_killed_processes_lose_nothing_from_proposal_to_survey(
    settings: Any, tmp_path: Path
) -> None:
    rng = random.Random(20261220)  # a seed that kills in every phase, serve and worker
    scripts = {DORA: onboarding_script("sv", "door_opener"), NINA: newcomer_script()}
    async with FakeTelegramAPI(token=TOKEN) as api:
        configured = telegram_settings(settings.database_url, api.base_url)
        app = build_app(configured, clock=ShiftedClock(), worker_id="test")
        await migrate.upgrade(app.db)
        procs = Processes(
            process_env(settings.database_url, api.base_url, tmp_path), free_port(), tmp_path
        )
        try:
            await procs.start()
            async with aiohttp.ClientSession() as http:
                run = Run(api, app, procs, http, rng)
                await drive(run, scripts)
                await check(app, api, procs, run, scripts)
                await onboarding_reminders_do_nothing(run)
        finally:
            procs.stop()
            await app.close()


async def drive(run: Run, scripts: dict[int, Script]) -> None:
    # 1. Both onboard, step by step in turn.
    for user in scripts:
        await run.expect(user, await run.write(user, "/start"))
    for step in range(max(len(s.actions) for s in scripts.values())):
        for user, script in scripts.items():
            if step < len(script.actions):
                _name, kind, value = script.actions[step]
                await run.expect(user, await run.act(user, kind, value))

    # 2. The proposal: the door-opener first, then the newcomer.
    run.kill_chance = KILL_CHANCE
    (accept,) = [b for b in await run.expect(DORA, 0, "prop:") if b.endswith(":accept")]
    (yes,) = [
        b
        for b in await run.expect(NINA, await run.press(DORA, accept), "prop:")
        if b.endswith(":yes")
    ]
    (plan,) = await run.expect(DORA, await run.press(NINA, yes), "meet:")
    meeting = plan.split(":")[1]

    # 3. The meeting: two picked times, a café, a phone; the newcomer picks the first time.
    days = [
        b
        for b in await run.expect(DORA, await run.press(DORA, plan), "day:")
        if b.startswith("day:")
    ]
    for day in days[2:4]:
        times = await run.expect(DORA, await run.press(DORA, day), "time:")
        await run.expect(
            DORA, await run.press(DORA, [b for b in times if b.startswith("time:")][2]), "day:"
        )
    await run.expect(DORA, await run.press(DORA, "slots:done"), "where:")
    await run.expect(DORA, await run.press(DORA, "where:cafe"))
    await run.expect(DORA, await run.write(DORA, PLACE))
    slots = await run.expect(NINA, await run.write(DORA, PHONE), f"meet:{meeting}:slot:")
    assert slots[0] == f"meet:{meeting}:slot:0"
    await run.expect(NINA, await run.press(NINA, slots[0]))
    confirmed = await run.write(NINA, EMAIL)
    for user in (DORA, NINA):
        await run.expect(user, confirmed, f"meet:{meeting}:move")

    # 4./5. Time passes: the reminders, then "did it happen?"; both say yes.
    for before in ("24h", "1h"):
        await run.fast_forward(
            lambda job, b=before: job.kind == "meeting_reminder" and job.payload.get("before") == b
        )
    mark = run.mark()
    await run.fast_forward(lambda job: job.kind == "meeting_follow_up")
    for user in (DORA, NINA):
        await run.expect(user, mark, f"meet:{meeting}:held")
    surveys = run.mark()
    for user in (DORA, NINA):
        await run.expect(user, await run.press(user, f"meet:{meeting}:held"))

    # The after-meeting survey, due at once: buttons and typed answers, one skipped question.
    nina = (await run.expect(NINA, surveys, "srv:"))[0].split(":")[1]
    dora = (await run.expect(DORA, surveys, "srv:"))[0].split(":")[1]
    await run.expect(NINA, await run.press(NINA, f"srv:{nina}:0:4"), f"srv:{nina}:1:")
    await run.expect(NINA, await run.press(NINA, f"srv:{nina}:1:maybe"), f"srv:{nina}:2:")
    await run.expect(NINA, await run.write(NINA, NOTE))
    await run.expect(DORA, await run.write(DORA, "5"), f"srv:{dora}:1:")
    await run.expect(DORA, await run.press(DORA, f"srv:{dora}:1:yes"), f"srv:{dora}:2:")
    await run.expect(DORA, await run.press(DORA, f"srv:{dora}:2:yes"), f"srv:{dora}:3:")
    await run.expect(DORA, await run.press(DORA, f"srv:{dora}:3:skip"), f"rly:{meeting}:")

    # Much later: the proposal's and the survey's reminders fall due; they must do nothing now.
    await run.fast_forward(
        lambda job: (
            (job.kind, None) not in STILL_PENDING
            and job.kind != "onboarding_reminder"
            and job.payload.get("survey") not in LATER_SURVEYS
        )
    )


async def onboarding_reminders_do_nothing(run: Run) -> None:
    """Last, the reminders of an unfinished onboarding (due 24 h after /start): both finished,
    so they send nothing, and they are done."""
    before = len(await all_of(run.app, OutboxMessage))
    await run.fast_forward(
        lambda job: job.kind == "onboarding_reminder",
        "onboarding_reminder jobs of people who finished onboarding",
        kill=False,
        timeout=15,
    )
    assert len(await all_of(run.app, OutboxMessage)) == before


async def check(
    app: App, api: FakeTelegramAPI, procs: Processes, run: Run, scripts: dict[int, Script]
) -> None:
    people = await assert_profiles_as_answered(app, scripts)

    (proposal,) = await all_of(app, Proposal)
    assert (proposal.door_opener_id, proposal.newcomer_id) == (people[DORA], people[NINA])
    assert proposal.status == "accepted" and proposal.reminded_at is None

    (meeting,) = await all_of(app, Meeting)
    assert (meeting.status, meeting.newcomer_outcome, meeting.door_opener_outcome) == (
        "held",
        "held",
        "held",
    )
    assert len(meeting.slots) == 2 and meeting.starts_at == datetime.fromisoformat(meeting.slots[0])
    assert (meeting.place_kind, meeting.place_text) == ("cafe", PLACE)
    assert (meeting.door_opener_contact, meeting.newcomer_contact) == (PHONE, EMAIL)
    assert meeting.sequence == 0

    runs = await all_of(app, SurveyRun)
    assert sorted((r.person_id, r.survey, r.status, r.position) for r in runs) == sorted(
        [(people[NINA], "after_meeting", "done", 3), (people[DORA], "after_meeting", "done", 4)]
    )
    answers = [
        (a.person_id, a.survey, a.question, a.value) for a in await all_of(app, SurveyAnswer)
    ]
    assert sorted(answers, key=str) == sorted(
        [
            (people[NINA], "after_meeting", "useful", "4"),
            (people[NINA], "after_meeting", "keep_in_touch", "maybe"),
            (people[NINA], "after_meeting", "note", NOTE),
            (people[DORA], "after_meeting", "useful", "5"),
            (people[DORA], "after_meeting", "keep_in_touch", "yes"),
            (people[DORA], "after_meeting", "meet_another", "yes"),
            (people[DORA], "after_meeting", "note", None),
        ],
        key=str,
    )

    # Every job that should have run ran (once: the messages below), none failed.
    jobs = await all_of(app, Job)
    pending = Counter((j.kind, j.payload.get("survey")) for j in jobs if j.done_at is None)
    assert pending == Counter(
        {
            **dict.fromkeys(STILL_PENDING, 1),
            ("survey_start", "month_3"): 1,
            ("survey_start", "month_6"): 1,
            ("onboarding_reminder", None): 2,  # last, in onboarding_reminders_do_nothing
        }
    ), pending
    done = Counter(j.kind for j in jobs if j.done_at is not None)
    assert done == Counter(
        {
            "match_run": 1,  # the worker's first start
            "retention_sweep": 1,
            "proposal_reminder": 2,  # one for each side's turn
            "proposal_lapse": 2,
            "meeting_reminder": 2,
            "meeting_follow_up": 1,
            "survey_start": 2,
            "survey_reminder": 2,
        }
    ), done
    assert [j.last_error for j in jobs if j.last_error] == []

    # The outbox: all sent, but an at-most-once message a kill caught mid-send is dropped.
    assert await count_rows(app, tables.inbox) == 0
    rows = [r for r in await all_of(app, OutboxMessage) if r.channel == "telegram"]
    dropped = [r for r in rows if r.sent_at is None]
    assert all(r.purpose in AT_MOST_ONCE and r.failed_at is not None for r in dropped), dropped
    assert all("outcome unknown" in (r.last_error or "") for r in dropped)
    assert len(dropped) <= procs.kills
    purposes = Counter(r.purpose for r in rows if r.purpose)
    assert purposes == Counter(
        {"meeting_reminder": 4, "meeting_follow_up": 2, "survey_start": 4}
    ), purposes  # the reminders that fell due after the answers sent nothing

    sent = Counter((str(m["chat_id"]), m["text"]) for m in api.sent_messages())
    queued = Counter((r.external_id, r.text) for r in rows if r.sent_at is not None)
    assert not queued - sent, queued - sent  # every message marked sent arrived
    assert set(sent) <= {(r.external_id, r.text) for r in rows}  # and nothing else
    repeats = sum((sent - queued).values()) - sum(
        1 for r in dropped if sent[(r.external_id, r.text)]
    )
    assert repeats <= procs.kills, (repeats, procs.kills)
    for row in rows:
        if row.purpose in AT_MOST_ONCE:
            assert sent[(row.external_id, row.text)] <= 1, row.text  # never twice
    with_files = Counter(r.external_id for r in rows if r.attachments)
    assert with_files == Counter({str(DORA): 1, str(NINA): 1})  # the two invitations
    documents = Counter(
        str(c.params["chat_id"]) for c in api.calls_to("sendDocument") if c.status == 200
    )
    assert set(documents) == set(with_files)
    assert sum((documents - with_files).values()) <= procs.kills

    # The seed kills often enough, and at both kinds of point, to mean something.
    sites = run.kill_sites
    assert procs.kills >= 3, sites
    assert sites["after-update"] >= 1 and sites["after-fast-forward"] >= 1, sites
