"""The impact report: figures from a population inserted directly, the period and organisation
filters, the Markdown, the charts, `doorway report` and the coordinators' /stats.

Every expected figure is computed here from the tuples the population is made of, by the plain
rules of the report, never taken from a run of the report code.
"""

from __future__ import annotations

import asyncio
import io
import json
import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from matplotlib.image import imread

from doorway.bootstrap import App, build_app
from doorway.cli import main
from doorway.dialogs.charts import CHART_NAMES, render_charts
from doorway.dialogs.clock import ShiftedClock
from doorway.dialogs.rendering import render
from doorway.dialogs.report import (
    NEW_CONTACT_BANDS,
    OUTCOME_QUESTIONS,
    OUTCOME_SURVEYS,
    YES_OUTCOMES,
    collect,
    day_bounds,
    impact_report,
    referral_chains,
)
from doorway.dialogs.report_text import render_markdown, summary_say
from doorway.dialogs.surveys import load_surveys
from doorway.settings import Settings
from doorway.storage.records import (
    Invite,
    Meeting,
    Organisation,
    Person,
    Proposal,
    SurveyAnswer,
    SurveyRun,
)
from doorway.storage.unit_of_work import UnitOfWork
from tests.harness import ChatHarness
from tests.test_events import onboard_coordinator
from tests.test_proposals import onboard

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY0 = datetime(2026, 1, 5, 9, tzinfo=UTC)  # 10:00 in Stockholm
NOW = DAY0 + timedelta(days=200)
ORG_CODE = "volvo-abc123"
PNG = b"\x89PNG\r\n\x1a\n"


def at(days: float) -> datetime:
    """DAY0 plus a number of days."""
    return DAY0 + timedelta(days=days)


class P(NamedTuple):
    name: str
    role: str
    status: str
    gender: str | None
    locale: str
    isco: str | None
    onboarded: float | None  # days after DAY0; None: still registering
    in_org: bool
    invite: str | None  # the relay invite they came with


PEOPLE = [
    P("d1", "door_opener", "active", "woman", "sv", "2221", 0, False, None),
    P("d2", "door_opener", "active", "man", "sv", "2512", 1, True, None),
    P("d3", "door_opener", "paused", None, "fi", "2221", 2, False, "relay-d1-a"),
    P("d4", "door_opener", "active", "non-binary", "en", "7411", 40, False, "relay-d3-a"),
    P("n1", "newcomer", "active", "woman", "sv", "2221", 3, True, None),
    P("n2", "newcomer", "active", "man", "fi", "2512", 0.5, False, None),
    P("n3", "newcomer", "paused", "woman", "en", "2221", 10, True, "relay-d1-b"),
    P("n4", "newcomer", "active", "as I say", "sv", None, 35, False, "relay-d2-a"),
    P("n5", "newcomer", "active", None, "sv", "7411", 40, False, None),
    P("n6", "newcomer", "active", "woman", "fi", "5", 50, False, "relay-n4-a"),
    P("n7", "newcomer", "onboarding", "man", "sv", "2221", None, True, None),
    P("n8", "newcomer", "active", None, "en", "2221", 60, False, None),
    P("n9", "newcomer", "onboarding", None, "sv", None, None, False, "relay-d2-b"),
]
BY_NAME = {p.name: p for p in PEOPLE}

# code, kind, inviter, created (days)
INVITES = [
    ("relay-d1-a", "relay", "d1", 1.0),
    ("relay-d1-b", "relay", "d1", 9.0),
    ("relay-d1-c", "relay", "d1", 20.0),  # never used
    ("relay-d3-a", "relay", "d3", 35.0),
    ("relay-d2-a", "relay", "d2", 30.0),
    ("relay-d2-b", "relay", "d2", 40.0),  # used by someone still registering
    ("relay-n4-a", "relay", "n4", 48.0),
    (ORG_CODE, "organisation", None, 0.0),
]
INVITER = {code: inviter for code, _, inviter, _ in INVITES}


class M(NamedTuple):
    status: str
    starts: float | None
    created: float


class Q(NamedTuple):
    newcomer: str
    door_opener: str
    status: str
    reason: str | None
    created: float
    meeting: M | None


PROPOSALS = [
    Q("n1", "d1", "accepted", None, 4, M("held", 8, 5)),
    Q("n2", "d2", "accepted", None, 6, M("held", 12, 7)),
    Q("n3", "d1", "accepted", None, 11, M("held", 15, 12)),
    Q("n1", "d3", "accepted", None, 20, M("no_show", 25, 21)),
    Q("n2", "d1", "declined", "no_time", 30, None),
    Q("n3", "d2", "declined", None, 31, None),
    Q("n4", "d1", "accepted", None, 36, M("held", 40, 37)),
    Q("n4", "d3", "lapsed", None, 37, None),
    Q("n4", "d2", "accepted", None, 38, M("held", 39, 38.5)),
    Q("n3", "d4", "accepted", None, 41, M("held", None, 42)),  # held, never given a time
    Q("n2", "d4", "cancelled", None, 42, M("cancelled", 45, 43)),
    Q("n5", "d4", "accepted", None, 46, M("confirmed", 60, 47)),
    Q("n5", "d1", "declined", "got_job", 46.5, None),
    Q("n5", "d2", "door_opener", None, 49.5, None),  # late on the last day of a period
    Q("n6", "d2", "accepted", None, 51, M("planning", None, 52)),
    Q("n6", "d3", "accepted", None, 55, M("choosing", None, 55.5)),
    Q("n2", "d3", "accepted", None, 56, M("planning", 58, 56.5)),
]

# person, survey, question, value (None: skipped), answered (days)
ANSWERS = [
    ("n1", "month_3", "job", "no", 100),
    ("n1", "month_3", "internship", "yes", 100),
    ("n1", "month_3", "interview", None, 100),
    ("n1", "month_3", "new_contacts", "1-3", 100),
    ("n1", "month_6", "job", "yes", 190),  # overrides "no" from month 3
    ("n1", "month_6", "internship", None, 190),  # skipped: month 3's "yes" stands
    ("n1", "month_6", "new_contacts", "4-10", 190),
    ("n2", "month_3", "job", "no", 105),
    ("n2", "month_3", "chances_improved", "unsure", 105),
    ("n2", "month_3", "kept_contact", "yes", 105),
    ("n2", "month_3", "met_employers", "yes", 105),
    ("n3", "month_3", "job", "yes", 110),
    ("n3", "month_3", "met_again", "no", 110),
    ("n3", "month_3", "new_contacts", ">10", 110),
    ("n3", "month_3", "chances_improved", "yes", 110),
    ("n3", "month_6", "interview", "yes", 195),
    ("n3", "month_6", "kept_contact", "no", 195),
    ("n4", "month_3", "job", None, 130),  # only skips: not a respondent
    ("n4", "month_3", "interview", None, 130),
    ("n4", "after_meeting", "useful", "5", 41),  # not an outcome survey
    ("n6", "month_3", "job", "yes", 45),
    ("d1", "after_meeting", "keep_in_touch", "yes", 9),
    ("d2", "month_3", "job", "yes", 100),  # a door-opener's answer is no newcomer outcome
]


async def populate(uow: UnitOfWork) -> dict[str, int]:
    """Insert the population; returns name → person id (and the organisation's id)."""
    organisation = await uow.organisations.add(
        Organisation(ORG_CODE, "Volvo", "employer", "console:carol", at(0))
    )
    ids: dict[str, int] = {"org": organisation.id or 0}
    for p in PEOPLE:
        person = await uow.people.add(
            Person(
                channel="console",
                external_id=p.name,
                locale=p.locale,
                timezone="Europe/Stockholm",
                status=p.status,
                role=p.role,
                first_name=p.name.upper(),
                gender=p.gender,
                occupation_isco=p.isco,
                onboarded_at=at(p.onboarded) if p.onboarded is not None else None,
                created_at=at(p.onboarded - 0.1 if p.onboarded is not None else 0),
                organisation_id=organisation.id if p.in_org else None,
            )
        )
        ids[p.name] = person.id or 0
    invites = {}
    for code, kind, inviter, created in INVITES:
        invites[code] = await uow.invites.add(
            Invite(
                code=code,
                kind=kind,
                created_at=at(created),
                inviter_id=ids[inviter] if inviter else None,
                organisation_id=organisation.id if kind == "organisation" else None,
            )
        )
    for p in PEOPLE:
        if p.invite:
            person = await uow.people.get(ids[p.name])
            assert person is not None
            person.invite_id = invites[p.invite].id
            person.referred_by_id = ids[INVITER[p.invite]]
            invites[p.invite].uses = 1
    for q in PROPOSALS:
        proposal = await uow.proposals.add(
            Proposal(
                newcomer_id=ids[q.newcomer],
                door_opener_id=ids[q.door_opener],
                status=q.status,
                score=1.0,
                reasons=[],
                created_at=at(q.created),
                asked_at=at(q.created),
                declined_by="door_opener" if q.status == "declined" else None,
                decline_reason=q.reason,
            )
        )
        if q.meeting is not None:
            await uow.meetings.add(
                Meeting(
                    proposal_id=proposal.id or 0,
                    newcomer_id=ids[q.newcomer],
                    door_opener_id=ids[q.door_opener],
                    status=q.meeting.status,
                    created_at=at(q.meeting.created),
                    updated_at=at(q.meeting.created),
                    starts_at=at(q.meeting.starts) if q.meeting.starts is not None else None,
                )
            )
    runs: dict[tuple[str, str], SurveyRun] = {}
    for person, survey, question, value, day in ANSWERS:
        if (person, survey) not in runs:
            runs[(person, survey)] = await uow.surveys.add(
                SurveyRun(ids[person], survey, survey, "done", at(day))
            )
        run = runs[(person, survey)]
        await uow.surveys.answer(
            SurveyAnswer(run.id or 0, ids[person], survey, question, value, at(day))
        )
    return ids


# -- the expected figures, from the tuples ------------------------------------------------------


def pct(n: int, total: int) -> float:
    return round(100 * n / total, 1) if total else 0.0


def latest_outcomes(
    start: datetime | None, end: datetime | None, org: bool
) -> dict[tuple[str, str], str]:
    """(newcomer, question) → their latest non-skipped month 3 or month 6 answer in the filter."""
    latest: dict[tuple[str, str], str] = {}
    for person, survey, question, value, day in sorted(ANSWERS, key=lambda a: a[4]):
        if (
            BY_NAME[person].role == "newcomer"
            and survey in ("month_3", "month_6")
            and value is not None
            and (start is None or at(day) >= start)
            and (end is None or at(day) < end)
            and (not org or BY_NAME[person].in_org)
        ):
            latest[(person, question)] = value
    return latest


def answered(question: str) -> int:
    """How many newcomers answered a question at all (the base of its percentage)."""
    return sum(1 for _, asked in latest_outcomes(None, None, org=False) if asked == question)


def expected(start: datetime | None, end: datetime | None, org: bool) -> dict[str, Any]:
    """The report by its definition, computed from PEOPLE, INVITES, PROPOSALS and ANSWERS."""

    def within(moment: datetime) -> bool:
        return (start is None or moment >= start) and (end is None or moment < end)

    members = {p.name for p in PEOPLE if p.in_org}

    def pair_ok(q: Q) -> bool:
        return not org or q.newcomer in members or q.door_opener in members

    registered = [
        p
        for p in PEOPLE
        if p.onboarded is not None
        and p.status in ("active", "paused")
        and within(at(p.onboarded))
        and (not org or p.in_org)
    ]
    proposals = [q for q in PROPOSALS if within(at(q.created)) and pair_ok(q)]
    meetings = [
        (q, q.meeting)
        for q in PROPOSALS
        if q.meeting is not None
        and within(at(q.meeting.starts if q.meeting.starts is not None else q.meeting.created))
        and pair_ok(q)
    ]
    held = [q for q, m in meetings if m.status == "held"]

    latest = latest_outcomes(start, end, org)
    outcomes: dict[str, Any] = {"respondents": len({person for person, _ in latest})}
    for question in YES_OUTCOMES:
        values = [v for (_, asked), v in latest.items() if asked == question]
        outcomes[f"{question}_pct"] = pct(values.count("yes"), len(values))
        outcomes[f"{question}_n"] = values.count("yes")
    contacts = Counter(v for (_, asked), v in latest.items() if asked == "new_contacts")
    outcomes["new_contacts"] = {band: contacts[band] for band in ("none", "1-3", "4-10", ">10")}

    per_door_opener = Counter(q.door_opener for q in held)
    repeat = sum(1 for n in per_door_opener.values() if n >= 2)
    referred = {p.name for p in PEOPLE if p.invite}
    return {
        "participants": {
            "newcomers": sum(1 for p in registered if p.role == "newcomer"),
            "door_openers": sum(1 for p in registered if p.role == "door_opener"),
            "by_gender": dict(Counter(p.gender or "unspecified" for p in registered)),
            "by_locale": dict(Counter(p.locale for p in registered)),
            "by_sector": dict(
                Counter(
                    p.isco[:2] if p.isco and len(p.isco) >= 2 else "unknown" for p in registered
                )
            ),
        },
        "matches": {
            "proposed": len(proposals),
            "accepted": sum(1 for q in proposals if q.meeting is not None),
            "declined": sum(1 for q in proposals if q.status == "declined"),
            "declined_reasons": dict(
                Counter(q.reason or "none" for q in proposals if q.status == "declined")
            ),
        },
        "meetings": {
            "scheduled": sum(
                1
                for _, m in meetings
                if m.starts is not None or m.status in ("confirmed", "held", "no_show")
            ),
            "held": len(held),
            "no_show": sum(1 for _, m in meetings if m.status == "no_show"),
            "cancelled": sum(1 for _, m in meetings if m.status == "cancelled"),
        },
        "outcomes": outcomes,
        "door_openers": {
            "repeat_pct": pct(repeat, len(per_door_opener)),
            "repeat_n": repeat,
            "meetings_per_door_opener": (
                round(len(held) / len(per_door_opener), 2) if per_door_opener else 0.0
            ),
        },
        "relay": {
            "invites_sent": sum(
                1
                for _, kind, inviter, created in INVITES
                if kind == "relay"
                and within(at(created))
                and (not org or BY_NAME[inviter or ""].in_org)
            ),
            "joined": sum(
                1
                for p in PEOPLE
                if p.invite
                and p.onboarded is not None
                and within(at(p.onboarded))
                and (not org or p.in_org)
            ),
            "meetings_from_referrals": sum(
                1 for q in held if q.newcomer in referred or q.door_opener in referred
            ),
        },
    }


def expected_chains() -> dict[str, tuple[int, int]]:
    """First inviter → (people brought in, held meetings of theirs), by walking up the chains."""
    referrer = {p.name: INVITER[p.invite] for p in PEOPLE if p.invite}

    def root(name: str) -> str:
        while name in referrer:
            name = referrer[name]
        return name

    chains: dict[str, set[str]] = defaultdict(set)
    for name in referrer:
        chains[root(name)].add(name)
    held = [q for q in PROPOSALS if q.meeting is not None and q.meeting.status == "held"]
    return {
        first: (len(people), sum(1 for q in held if {q.newcomer, q.door_opener} & people))
        for first, people in chains.items()
    }


def expected_funnel() -> tuple[int, int, int, int]:
    newcomers = {p.name for p in PEOPLE if p.role == "newcomer" and p.onboarded is not None}
    matched = {q.newcomer for q in PROPOSALS if q.meeting is not None} & newcomers
    met = {q.newcomer for q in PROPOSALS if q.meeting and q.meeting.status == "held"} & newcomers
    latest_job = {}
    for person, survey, question, value, _day in sorted(ANSWERS, key=lambda a: a[4]):
        if question == "job" and survey in ("month_3", "month_6") and value is not None:
            latest_job[person] = value
    job = {person for person, value in latest_job.items() if value == "yes"} & newcomers
    return len(newcomers), len(matched), len(met), len(job)


# -- tests --------------------------------------------------------------------------------------


async def _populated(app: App) -> dict[str, int]:
    async with app.unit_of_work() as uow:
        ids = await populate(uow)
        await uow.commit()
    return ids


async def _report(
    app: App, start: datetime | None, end: datetime | None, org_id: int | None
) -> dict[str, Any]:
    async with app.unit_of_work() as uow:
        return await impact_report(uow, start=start, end=end, organisation_id=org_id, now=NOW)


def test_the_outcome_questions_are_the_surveys_questions() -> None:
    surveys = load_surveys()
    for name in OUTCOME_SURVEYS:
        questions = {q.id: q for q in surveys[name].questions}
        assert set(questions) == set(OUTCOME_QUESTIONS)
        assert questions["new_contacts"].options == NEW_CONTACT_BANDS
        assert all("yes" in questions[q].options for q in YES_OUTCOMES)


def test_day_bounds_take_the_last_day_whole() -> None:
    start, end = day_bounds(date(2026, 2, 4), date(2026, 2, 23), STOCKHOLM)
    assert start == datetime(2026, 2, 4, tzinfo=STOCKHOLM)
    assert end == datetime(2026, 2, 24, tzinfo=STOCKHOLM)
    assert day_bounds(None, None, STOCKHOLM) == (None, None)


async def test_the_whole_programme(app: App) -> None:
    await _populated(app)
    report = await _report(app, None, None, None)
    assert report == expected(None, None, org=False)
    # A few figures by hand, so the expectation itself is checked once.
    assert report["meetings"]["held"] == 6
    assert report["outcomes"]["job_n"] == 3  # n1 (month 6 overrides), n3, n6
    assert report["outcomes"]["internship_n"] == 1  # n1's month 3 yes survives a skip
    assert report["outcomes"]["respondents"] == 4  # n4 only skipped
    assert report["outcomes"]["new_contacts"] == {"none": 0, "1-3": 0, "4-10": 1, ">10": 1}
    assert report["door_openers"] == {
        "repeat_pct": 66.7,
        "repeat_n": 2,
        "meetings_per_door_opener": 2.0,
    }
    assert report["matches"]["declined_reasons"] == {"no_time": 1, "got_job": 1, "none": 1}
    assert list(report) == [
        "participants",
        "matches",
        "meetings",
        "outcomes",
        "door_openers",
        "relay",
    ]


@pytest.mark.parametrize(
    ("first", "last", "org"),
    [(30, 50, False), (None, 49.5, False), (95, 120, True), (None, None, True), (0, 12, True)],
)
async def test_period_and_organisation(
    app: App, first: float | None, last: float | None, org: bool
) -> None:
    ids = await _populated(app)
    start = at(first) if first is not None else None
    end = at(last) if last is not None else None
    report = await _report(app, start, end, ids["org"] if org else None)
    assert report == expected(start, end, org)


async def test_referral_chains_and_the_funnel(app: App) -> None:
    ids = await _populated(app)
    async with app.unit_of_work() as uow:
        chains = await referral_chains(uow)
        figures = await collect(uow, start=None, end=None, organisation_id=None, now=NOW)
    names = {person_id: name for name, person_id in ids.items()}
    assert {names[c.root_id]: (c.people, c.held_meetings) for c in chains} == expected_chains()
    assert all(c.root_name == names[c.root_id].upper() for c in chains)

    funnel = figures.funnel
    assert (funnel.registered, funnel.matched, funnel.met, funnel.job) == expected_funnel()

    first_proposal: dict[str, float] = {}
    for q in PROPOSALS:
        first_proposal[q.newcomer] = min(q.created, first_proposal.get(q.newcomer, q.created))
    waited: dict[str, list[float]] = defaultdict(list)
    waiting: dict[str, int] = Counter()
    for p in PEOPLE:
        if p.role != "newcomer" or p.onboarded is None:
            continue
        sector = p.isco[:2] if p.isco and len(p.isco) >= 2 else "unknown"
        if p.name in first_proposal:
            waited[sector].append(first_proposal[p.name] - p.onboarded)
        else:
            waiting[sector] += 1
    got = {w.sector: (w.median_days, w.proposed, w.still_waiting) for w in figures.waiting}
    assert got == {
        sector: (
            round(statistics.median(waited[sector]), 1) if waited[sector] else None,
            len(waited[sector]),
            waiting[sector],
        )
        for sector in set(waited) | set(waiting)
    }
    (n8_sector,) = [w for w in figures.waiting if w.still_waiting]
    assert n8_sector.waiting_median_days == pytest.approx(200 - BY_NAME["n8"].onboarded)


async def test_markdown_and_charts(app: App) -> None:
    ids = await _populated(app)
    async with app.unit_of_work() as uow:
        figures = await collect(uow, start=None, end=None, organisation_id=None, now=NOW)
    t = app.translator
    report = expected(None, None, org=False)
    markdown = render_markdown(figures, t, "en", STOCKHOLM, app.engine.suggester.isco_title)
    assert markdown.startswith("# Impact report\n")
    job, job_total = report["outcomes"]["job_n"], answered("job")
    line = f"- Got a job: {100 * job / job_total:.1f} % ({job} of {job_total})"
    assert line in markdown.splitlines()
    for first, (people, meetings) in expected_chains().items():
        held = f"{meetings} held meetings" if meetings != 1 else "one held meeting"
        chain = f"- {first.upper()} (#{ids[first]}): {people} people brought in, {held}"
        assert chain in markdown.splitlines()
    assert "Not the door-opener's field" not in markdown  # no such decline here
    assert "- No time: 1" in markdown and "- No reason given: 1" in markdown
    sv = render_markdown(figures, t, "sv", STOCKHOLM)
    assert sv.startswith("# Effektrapport\n") and "av" in sv and "," in sv

    charts = render_charts(figures, t, "fi", app.engine.suggester.isco_title)
    assert list(charts) == list(CHART_NAMES)
    for data in charts.values():
        assert data.startswith(PNG)
        _assert_real_image(data)
    # The same figures draw the same bytes.
    assert render_charts(figures, t, "fi", app.engine.suggester.isco_title) == charts
    assert render_charts(figures, t, "sv")["funnel.png"] != charts["funnel.png"]


def _assert_real_image(data: bytes) -> None:
    """A decodable PNG of about 640 × 400 with some drawing in it, not a blank canvas."""
    pixels = imread(io.BytesIO(data), format="png")
    height, width = pixels.shape[:2]
    assert 300 <= height <= 500 and 500 <= width <= 800
    assert len(data) > 5_000
    colours = np.unique(pixels.reshape(-1, pixels.shape[-1]), axis=0)
    assert len(colours) > 20


# -- the command line ---------------------------------------------------------------------------


def test_report_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'report.db'}"
    monkeypatch.setenv("DOORWAY_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    asyncio.run(_populate_at(url))
    capsys.readouterr()

    assert main(["report", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected(None, None, org=False)

    # Dates are local days, the last one included whole: 2026-02-23 22:00 counts.
    start = datetime(2026, 2, 4, tzinfo=STOCKHOLM)
    end = datetime(2026, 2, 24, tzinfo=STOCKHOLM)
    assert at(49.5).astimezone(STOCKHOLM).date() == date(2026, 2, 23)
    argv = ["report", "--json", "--from", "2026-02-04", "--to", "2026-02-23"]
    assert main(argv) == 0
    in_period = json.loads(capsys.readouterr().out)
    assert in_period == expected(start, end, org=False)
    assert in_period != expected(start, at(49), org=False)
    assert main([*argv, "--org", ORG_CODE]) == 0
    assert json.loads(capsys.readouterr().out) == expected(start, end, org=True)

    out = tmp_path / "out"
    assert main(["report", "--out", str(out), "--locale", "fi"]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("# Vaikuttavuusraportti\n")
    assert (out / "report.md").read_text(encoding="utf-8") == printed.out
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report == expected(None, None, org=False)
    for name in ("funnel.png", "outcomes.png", "waiting.png"):
        data = (out / name).read_bytes()
        assert data.startswith(PNG), name
        _assert_real_image(data)

    for bad in (
        ["report", "--from", "2026-13-01"],
        ["report", "--to", "yesterday"],
        ["report", "--from", "2026-03-01", "--to", "2026-02-01"],
        ["report", "--org", "no-such-org"],
    ):
        assert main(bad) == 2, bad
        captured = capsys.readouterr()
        assert captured.out == ""
        assert len(captured.err.strip().splitlines()) == 1, captured.err


async def _populate_at(url: str) -> None:
    app = build_app(
        Settings(database_url=url, _env_file=None),  # type: ignore[call-arg]
        clock=ShiftedClock(),
    )
    try:
        await _populated(app)
    finally:
        await app.close()


# -- /stats -------------------------------------------------------------------------------------


async def test_stats_for_a_coordinator(chat: ChatHarness, app: App) -> None:
    await chat.send("carol", "/start")
    replies = await chat.send("carol", "/stats")
    assert replies[0].text == app.translator("en", "error-finish-onboarding-first")
    await onboard_coordinator(chat)  # in Swedish
    await _populated(app)

    (reply,) = await chat.send("carol", "/stats")
    report = expected(None, None, org=False)
    job_n, job_total = report["outcomes"]["job_n"], answered("job")
    t = app.translator
    lines = [
        t("sv", "report-summary-all"),
        t(
            "sv",
            "report-summary-people",
            newcomers=report["participants"]["newcomers"],
            door_openers=report["participants"]["door_openers"],
        ),
        t(
            "sv",
            "report-summary-meetings",
            proposed=report["matches"]["proposed"],
            held=report["meetings"]["held"],
        ),
        t(
            "sv",
            "report-summary-outcomes",
            count=report["outcomes"]["respondents"],
            pct=f"{100 * job_n / job_total:.1f}".replace(".", ","),
            n=job_n,
            total=job_total,
        ),
        t(
            "sv",
            "report-summary-relay",
            people=report["relay"]["joined"],
            meetings=report["relay"]["meetings_from_referrals"],
        ),
        t("sv", "report-summary-charts"),
    ]
    assert reply.text == "\n".join(lines)
    assert [(a.name, a.mime) for a in reply.attachments] == [
        ("funnel.png", "image/png"),
        ("outcomes.png", "image/png"),
        ("waiting.png", "image/png"),
    ]
    for attachment in reply.attachments:
        assert attachment.data.startswith(PNG)
        _assert_real_image(attachment.data)

    (reply,) = await chat.send("carol", f"/stats {ORG_CODE}")
    assert reply.text.splitlines()[0] == t(
        "sv", "report-summary-organisation", organisation="Volvo"
    )
    in_org = expected(None, None, org=True)["participants"]
    assert reply.text.splitlines()[1] == t(
        "sv",
        "report-summary-people",
        newcomers=in_org["newcomers"],
        door_openers=in_org["door_openers"],
    )
    assert len(reply.attachments) == 3

    (reply,) = await chat.send("carol", "/stats nope-123")
    assert reply.text == t("sv", "report-no-such-organisation", code="nope-123")
    assert reply.attachments == ()

    async with app.unit_of_work() as uow:
        entries = await uow.audit.entries("stats")
    assert [(e.actor, e.target) for e in entries] == [
        ("console:carol", "all"),
        ("console:carol", ORG_CODE),
    ]


async def test_stats_is_unknown_to_others(chat: ChatHarness, app: App) -> None:
    await onboard(chat, "nina", "newcomer")
    await _populated(app)
    unknown = app.translator("sv", "error-unknown-command", command="/stats")
    for line in ("/stats", f"/stats {ORG_CODE}"):
        replies = await chat.send("nina", line)
        assert replies[0].text == unknown  # the same answer as to a command that does not exist
        assert all(not m.attachments for m in replies)
    async with app.unit_of_work() as uow:
        assert await uow.audit.entries("stats") == []


def test_the_summary_renders_in_every_locale() -> None:
    """summary_say only uses keys and arguments every locale has."""
    from doorway.dialogs.i18n import default_translator
    from doorway.dialogs.report import Funnel, ImpactFigures

    report = expected(None, None, org=False)
    figures = ImpactFigures(
        report=report,
        answered=dict.fromkeys([*YES_OUTCOMES, "repeat"], 3),
        funnel=Funnel(0, 0, 0, 0),
        waiting=(),
        chains=(),
        generated_at=NOW,
    )
    for locale in ("sv", "fi", "en"):
        text = render(default_translator(), locale, summary_say(figures, locale)).text
        assert len(text.splitlines()) == 6
