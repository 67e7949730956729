"""The impact report: who takes part, proposals, meetings, outcomes, door-openers and the relay.

`impact_report` returns a JSON document with fixed keys (for tooling); `collect` returns it with
what the Markdown and the charts need besides (the denominators behind each percentage, the
funnel, waiting times by sector, the referral chains). Periods are half-open: `start` inclusive,
`end` exclusive; `day_bounds` turns the dates a coordinator types into such bounds, the last day
included whole.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from doorway.storage.records import MeetingStatus, Organisation, ProposalStatus, Role
from doorway.storage.report_queries import ImpactQueries, OutcomeAnswer, ReportFilter

if TYPE_CHECKING:
    from doorway.storage.unit_of_work import UnitOfWork

OUTCOME_SURVEYS = ("month_3", "month_6")
# The yes/no (or yes/unsure/no) outcome questions; each gives `<id>_pct` and `<id>_n`.
YES_OUTCOMES = (
    "job",
    "internship",
    "interview",
    "met_employers",
    "kept_contact",
    "met_again",
    "chances_improved",
)
NEW_CONTACTS = "new_contacts"
NEW_CONTACT_BANDS = ("none", "1-3", "4-10", ">10")
OUTCOME_QUESTIONS = (*YES_OUTCOMES, NEW_CONTACTS)
UNSPECIFIED = "unspecified"
UNKNOWN_SECTOR = "unknown"
NO_REASON = "none"
_SCHEDULED = frozenset({MeetingStatus.CONFIRMED, MeetingStatus.HELD, MeetingStatus.NO_SHOW})
_DAY = 86_400.0


def percent(n: int, total: int) -> float:
    """100 · n / total to one decimal; 0.0 when the total is 0."""
    return round(100 * n / total, 1) if total else 0.0


def sector_of(isco: str | None) -> str:
    """The ISCO-08 sub-major group (two digits) of a code, or "unknown"."""
    return isco[:2] if isco and len(isco) >= 2 and isco[:2].isdigit() else UNKNOWN_SECTOR


def day_bounds(
    first: date | None, last: date | None, tz: ZoneInfo
) -> tuple[datetime | None, datetime | None]:
    """The period from the start of `first` to the end of `last` (local days), as UTC bounds."""
    start = datetime.combine(first, time(), tzinfo=tz) if first else None
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=tz) if last else None
    return start, end


@dataclass(frozen=True)
class Funnel:
    """Newcomers registered in the period and how far they came (at any time since)."""

    registered: int
    matched: int  # had a proposal that got a meeting
    met: int  # had a meeting held
    job: int  # their latest answer to "job" is yes


@dataclass(frozen=True)
class SectorWait:
    """How long the newcomers of one sector waited for their first proposal, in days."""

    sector: str
    median_days: float | None  # of those who got one
    proposed: int
    still_waiting: int
    waiting_median_days: float | None  # of those still waiting, so far


@dataclass(frozen=True)
class ReferralChain:
    """Everyone brought in, one relay invite after another, from one first inviter."""

    root_id: int
    root_name: str | None
    people: int
    held_meetings: int


@dataclass(frozen=True)
class ImpactFigures:
    """The report's JSON document with what the text and the charts need besides."""

    report: dict[str, Any]
    answered: dict[str, int]  # `<name>` of each `<name>_pct` → how many answered (the base)
    funnel: Funnel
    waiting: tuple[SectorWait, ...]
    chains: tuple[ReferralChain, ...]
    generated_at: datetime
    start: datetime | None = None
    end: datetime | None = None
    organisation: Organisation | None = None


async def impact_report(
    uow: UnitOfWork,
    *,
    start: datetime | None,
    end: datetime | None,
    organisation_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    """The impact report as a JSON-ready dict with fixed keys."""
    figures = await collect(uow, start=start, end=end, organisation_id=organisation_id, now=now)
    return figures.report


async def collect(
    uow: UnitOfWork,
    *,
    start: datetime | None,
    end: datetime | None,
    organisation_id: int | None,
    now: datetime,
) -> ImpactFigures:
    """Every figure of the report, the funnel, waiting times and referral chains."""
    queries = ImpactQueries(uow.session)
    report_filter = ReportFilter(start, end, organisation_id)
    answered: dict[str, int] = {}
    outcomes = await _outcomes(queries, report_filter, answered)
    door_openers = await _door_openers(queries, report_filter, answered)
    report = {
        "participants": await _participants(queries, report_filter),
        "matches": await _matches(queries, report_filter),
        "meetings": await _meetings(queries, report_filter),
        "outcomes": outcomes,
        "door_openers": door_openers,
        "relay": await _relay(queries, report_filter),
    }
    organisation = (
        await uow.organisations.get(organisation_id) if organisation_id is not None else None
    )
    funnel, waiting = await _cohort(queries, report_filter, now)
    return ImpactFigures(
        report=report,
        answered=answered,
        funnel=funnel,
        waiting=waiting,
        chains=tuple(await referral_chains(uow)),
        generated_at=now,
        start=start,
        end=end,
        organisation=organisation,
    )


async def _participants(queries: ImpactQueries, report_filter: ReportFilter) -> dict[str, Any]:
    groups = await queries.participants(report_filter)
    roles: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    locales: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    for group in groups:
        roles[group.role] += group.count
        genders[group.gender or UNSPECIFIED] += group.count
        locales[group.locale] += group.count
        sectors[sector_of(group.isco)] += group.count
    return {
        "newcomers": roles[Role.NEWCOMER],
        "door_openers": roles[Role.DOOR_OPENER],
        "by_gender": _sorted(genders),
        "by_locale": _sorted(locales),
        "by_sector": _sorted(sectors),
    }


async def _matches(queries: ImpactQueries, report_filter: ReportFilter) -> dict[str, Any]:
    proposed = accepted = declined = 0
    reasons: Counter[str] = Counter()
    for status, reason, got_meeting, count in await queries.proposals(report_filter):
        proposed += count
        if got_meeting:
            accepted += count
        if status == ProposalStatus.DECLINED:
            declined += count
            reasons[reason or NO_REASON] += count
    return {
        "proposed": proposed,
        "accepted": accepted,
        "declined": declined,
        "declined_reasons": _sorted(reasons),
    }


async def _meetings(queries: ImpactQueries, report_filter: ReportFilter) -> dict[str, int]:
    by_status: Counter[str] = Counter()
    scheduled = 0
    for status, has_time, count in await queries.meetings(report_filter):
        by_status[status] += count
        if has_time or status in _SCHEDULED:
            scheduled += count
    return {
        "scheduled": scheduled,
        "held": by_status[MeetingStatus.HELD],
        "no_show": by_status[MeetingStatus.NO_SHOW],
        "cancelled": by_status[MeetingStatus.CANCELLED],
    }


def latest_answers(answers: Iterable[OutcomeAnswer]) -> dict[tuple[int, str], str]:
    """(person, question) → the latest answer, from answers given oldest first."""
    latest: dict[tuple[int, str], str] = {}
    for answer in answers:
        latest[(answer.person_id, answer.question)] = answer.value
    return latest


async def _outcomes(
    queries: ImpactQueries, report_filter: ReportFilter, answered: dict[str, int]
) -> dict[str, Any]:
    answers = await queries.outcome_answers(report_filter, OUTCOME_SURVEYS, OUTCOME_QUESTIONS)
    latest = latest_answers(answers)
    outcomes: dict[str, Any] = {"respondents": len({person for person, _ in latest})}
    for question in YES_OUTCOMES:
        values = [value for (_, asked), value in latest.items() if asked == question]
        yes = values.count("yes")
        outcomes[f"{question}_pct"] = percent(yes, len(values))
        outcomes[f"{question}_n"] = yes
        answered[question] = len(values)
    bands = Counter(value for (_, asked), value in latest.items() if asked == NEW_CONTACTS)
    outcomes[NEW_CONTACTS] = {band: bands[band] for band in NEW_CONTACT_BANDS}
    return outcomes


async def _door_openers(
    queries: ImpactQueries, report_filter: ReportFilter, answered: dict[str, int]
) -> dict[str, Any]:
    held = await queries.held_per_door_opener(report_filter)
    repeat = sum(1 for count in held.values() if count >= 2)
    answered["repeat"] = len(held)
    return {
        "repeat_pct": percent(repeat, len(held)),
        "repeat_n": repeat,
        "meetings_per_door_opener": round(sum(held.values()) / len(held), 2) if held else 0.0,
    }


async def _relay(queries: ImpactQueries, report_filter: ReportFilter) -> dict[str, int]:
    # Everyone below a chain's root was referred by someone, so the people "brought in by a
    # referral chain, transitively" are exactly those with a referrer.
    referred = {person for person, _ in await queries.referral_edges()}
    from_referrals = sum(
        1
        for _, newcomer, door_opener in await queries.held_meetings(report_filter)
        if newcomer in referred or door_opener in referred
    )
    return {
        "invites_sent": await queries.relay_invites(report_filter),
        "joined": await queries.joined_by_relay(report_filter),
        "meetings_from_referrals": from_referrals,
    }


async def _cohort(
    queries: ImpactQueries, report_filter: ReportFilter, now: datetime
) -> tuple[Funnel, tuple[SectorWait, ...]]:
    newcomers = await queries.registered_newcomers(report_filter)
    ids = {n.id for n in newcomers}
    matched = ids & await queries.newcomers_with_meeting(held_only=False)
    met = ids & await queries.newcomers_with_meeting(held_only=True)
    # The funnel follows the period's newcomers to today, so their answers count at any time.
    answers = await queries.outcome_answers(ReportFilter(), OUTCOME_SURVEYS, ("job",))
    latest = latest_answers(a for a in answers if a.person_id in ids)
    job = sum(1 for value in latest.values() if value == "yes")
    funnel = Funnel(len(ids), len(matched), len(met), job)

    waited: dict[str, list[float]] = defaultdict(list)
    waiting: dict[str, list[float]] = defaultdict(list)
    for newcomer in newcomers:
        sector = sector_of(newcomer.isco)
        if newcomer.first_proposal_at is None:
            waiting[sector].append(_days(now - newcomer.onboarded_at))
        else:
            waited[sector].append(_days(newcomer.first_proposal_at - newcomer.onboarded_at))
    sectors = sorted(set(waited) | set(waiting), key=lambda s: (s == UNKNOWN_SECTOR, s))
    return funnel, tuple(
        SectorWait(
            sector,
            _median(waited[sector]),
            len(waited[sector]),
            len(waiting[sector]),
            _median(waiting[sector]),
        )
        for sector in sectors
    )


async def referral_chains(uow: UnitOfWork) -> list[ReferralChain]:
    """For each first inviter: the people brought in after them and the held meetings of those."""
    queries = ImpactQueries(uow.session)
    edges = await queries.referral_edges()
    children: dict[int, list[int]] = defaultdict(list)
    for person, referrer in edges:
        children[referrer].append(person)
    referred = {person for person, _ in edges}
    roots = sorted(referrer for referrer in children if referrer not in referred)
    held = await queries.held_meetings(ReportFilter())
    names = await queries.first_names(roots)
    chains = []
    for root in roots:
        members: set[int] = set()
        todo = list(children[root])
        while todo:
            person = todo.pop()
            if person not in members and person != root:
                members.add(person)
                todo.extend(children.get(person, ()))
        meetings = sum(1 for _, n, d in held if n in members or d in members)
        chains.append(ReferralChain(root, names.get(root), len(members), meetings))
    chains.sort(key=lambda chain: (-chain.people, -chain.held_meetings, chain.root_id))
    return chains


def _days(delta: timedelta) -> float:
    return max(0.0, delta.total_seconds() / _DAY)


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return {key: counter[key] for key in sorted(counter)}
