"""The impact report as localised text: Markdown for `doorway report`, a summary for /stats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

from doorway.dialogs.i18n import Translator
from doorway.dialogs.profile_view import GENDER_TOKENS
from doorway.dialogs.report import (
    NEW_CONTACT_BANDS,
    NO_REASON,
    UNKNOWN_SECTOR,
    UNSPECIFIED,
    YES_OUTCOMES,
    ImpactFigures,
)
from doorway.dialogs.steps import Say, Term
from doorway.dialogs.surveys import option_key

SectorTitle = Callable[[str, str], str | None]
_REASONS = ("no_time", "not_my_field", "got_job", "not_interested", "other")


def number(value: float, locale: str, pattern: str = "0.0") -> str:
    """A decimal in the locale's way ("16.0" in English, "16,0" in Swedish and Finnish)."""
    return format_decimal(value, pattern, locale=locale)


def share_args(figures: ImpactFigures, section: str, name: str, locale: str) -> dict[str, Any]:
    """The $pct, $n and $total of one `<name>_pct` of the report."""
    part = figures.report[section]
    return {
        "pct": number(part[f"{name}_pct"], locale),
        "n": part[f"{name}_n"],
        "total": figures.answered[name],
    }


def sector_label(sector: str, locale: str, translate: Translator, title: SectorTitle | None) -> str:
    """ "22 Health professionals", or the code alone when no title is known."""
    if sector == UNKNOWN_SECTOR:
        return translate(locale, "report-sector-unknown")
    name = title(sector, locale) if title else None
    return f"{sector} {name}" if name else sector


def render_markdown(
    figures: ImpactFigures,
    translate: Translator,
    locale: str,
    tz: ZoneInfo,
    sector_title: SectorTitle | None = None,
) -> str:
    """The whole report as Markdown in one locale."""

    def t(key: str, **args: Any) -> str:
        return translate(locale, key, **args)

    def count(label_key: str, value: int) -> str:
        return "- " + t("report-count-line", label=t(label_key), count=value)

    def breakdown(heading: str, counts: dict[str, int], label: Callable[[str], str]) -> list[str]:
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        lines = [f"**{t(heading)}**", ""]
        lines += [f"- {t('report-count-line', label=label(k), count=v)}" for k, v in ordered]
        return [*lines, ""] if ordered else [*lines[:-1], "", t("report-no-data"), ""]

    report = figures.report
    participants, matches = report["participants"], report["matches"]
    meetings, outcomes = report["meetings"], report["outcomes"]
    door_openers, relay = report["door_openers"], report["relay"]
    lines = [f"# {t('report-title')}", "", _period(figures, t, locale, tz) + "  "]
    if figures.organisation is None:
        lines.append(t("report-organisation-all") + "  ")
    else:
        organisation = figures.organisation
        lines.append(
            t("report-organisation", organisation=organisation.name, code=organisation.code) + "  "
        )
    lines += [t("report-generated", date=_date(figures.generated_at, locale, tz)), ""]

    lines += [f"## {t('report-section-participants')}", ""]
    lines += [
        count("report-newcomers", participants["newcomers"]),
        count("report-door-openers", participants["door_openers"]),
        "",
    ]
    lines += breakdown("report-by-gender", participants["by_gender"], lambda g: _gender(g, t))
    lines += breakdown(
        "report-by-locale",
        participants["by_locale"],
        lambda code: t(f"language-{code}") if translate.has(f"language-{code}") else code,
    )
    lines += breakdown(
        "report-by-sector",
        participants["by_sector"],
        lambda s: sector_label(s, locale, translate, sector_title),
    )

    lines += [f"## {t('report-section-matches')}", ""]
    lines += [
        count("report-proposed", matches["proposed"]),
        count("report-accepted", matches["accepted"]),
        count("report-declined", matches["declined"]),
        "",
    ]
    lines += breakdown(
        "report-declined-reasons",
        matches["declined_reasons"],
        lambda r: t(f"report-reason-{r}") if r in (*_REASONS, NO_REASON) else r,
    )

    lines += [f"## {t('report-section-meetings')}", ""]
    lines += [
        count("report-scheduled", meetings["scheduled"]),
        count("report-held", meetings["held"]),
        count("report-no-show", meetings["no_show"]),
        count("report-cancelled", meetings["cancelled"]),
        "",
    ]

    lines += [f"## {t('report-section-outcomes')}", ""]
    lines.append(count("report-respondents", outcomes["respondents"]))
    for name in YES_OUTCOMES:
        label = t(f"report-outcome-{name}")
        args = share_args(figures, "outcomes", name, locale)
        lines.append("- " + t("report-share", label=label, **args))
    lines += ["", f"**{t('report-new-contacts')}**", ""]
    lines += [
        "- "
        + t("report-count-line", label=t(option_key(band)), count=outcomes["new_contacts"][band])
        for band in NEW_CONTACT_BANDS
    ]
    lines.append("")

    lines += [f"## {t('report-section-door-openers')}", ""]
    repeat = share_args(figures, "door_openers", "repeat", locale)
    lines.append("- " + t("report-share", label=t("report-repeat"), **repeat))
    per = number(door_openers["meetings_per_door_opener"], locale, "0.00")
    lines += ["- " + t("report-meetings-per-door-opener", value=per), ""]

    lines += [f"## {t('report-section-relay')}", ""]
    lines += [
        count("report-invites-sent", relay["invites_sent"]),
        count("report-joined", relay["joined"]),
        count("report-meetings-from-referrals", relay["meetings_from_referrals"]),
        "",
        f"**{t('report-chains')}**",
        "",
    ]
    if figures.chains:
        lines += [
            "- "
            + t(
                "report-chain",
                name=chain.root_name or "–",
                number=chain.root_id,
                people=chain.people,
                meetings=chain.held_meetings,
            )
            for chain in figures.chains
        ]
    else:
        lines.append(t("report-chains-none"))
    lines.append("")

    funnel = figures.funnel
    lines += [f"## {t('report-section-funnel')}", "", t("report-funnel-note"), ""]
    lines += [
        count("report-funnel-registered", funnel.registered),
        count("report-funnel-matched", funnel.matched),
        count("report-funnel-met", funnel.met),
        count("report-funnel-job", funnel.job),
        "",
    ]

    lines += [f"## {t('report-section-waiting')}", ""]
    for wait in figures.waiting:
        label = sector_label(wait.sector, locale, translate, sector_title)
        if wait.median_days is None:
            lines.append(
                "- " + t("report-waiting-line-none", label=label, waiting=wait.still_waiting)
            )
        else:
            lines.append(
                "- "
                + t(
                    "report-waiting-line",
                    label=label,
                    days=number(wait.median_days, locale),
                    count=wait.proposed,
                    waiting=wait.still_waiting,
                )
            )
    if not figures.waiting:
        lines.append(t("report-no-data"))
    return "\n".join(lines).rstrip() + "\n"


def summary_say(figures: ImpactFigures, locale: str) -> Say:
    """A few lines for /stats: people, meetings, jobs, the relay; the charts come with it."""
    report = figures.report
    participants, outcomes = report["participants"], report["outcomes"]
    if figures.organisation is None:
        head = Say("report-summary-all")
    else:
        head = Say("report-summary-organisation", {"organisation": figures.organisation.name})
    lines = (
        Term(
            "report-summary-people",
            {
                "newcomers": participants["newcomers"],
                "door_openers": participants["door_openers"],
            },
        ),
        Term(
            "report-summary-meetings",
            {"proposed": report["matches"]["proposed"], "held": report["meetings"]["held"]},
        ),
        Term(
            "report-summary-outcomes",
            {"count": outcomes["respondents"], **share_args(figures, "outcomes", "job", locale)},
        ),
        Term(
            "report-summary-relay",
            {
                "people": report["relay"]["joined"],
                "meetings": report["relay"]["meetings_from_referrals"],
            },
        ),
        Term("report-summary-charts"),
    )
    return Say(head.key, head.args, lines=lines)


def _gender(value: str, t: Callable[..., str]) -> str:
    if value == UNSPECIFIED:
        return t("report-gender-unspecified")
    return t(f"gender-{value}") if value in GENDER_TOKENS else value


def _date(moment: datetime, locale: str, tz: ZoneInfo) -> str:
    return format_date(moment.astimezone(tz).date(), "long", locale=locale)


def _period(figures: ImpactFigures, t: Callable[..., str], locale: str, tz: ZoneInfo) -> str:
    start, end = figures.start, figures.end
    # `end` is exclusive: the last day shown is the one before it.
    last = _date(end - timedelta(microseconds=1), locale, tz) if end else None
    first = _date(start, locale, tz) if start else None
    if first and last:
        return t("report-period", start=first, end=last)
    if first:
        return t("report-period-from", start=first)
    if last:
        return t("report-period-until", end=last)
    return t("report-period-all")
