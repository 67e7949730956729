"""The impact report's charts as PNG bytes: the funnel, the outcomes, waiting times by sector.

Drawn with matplotlib's Agg canvas on figures of their own (no pyplot, no global state), at
100 dpi with fixed fonts and no timestamp, so the same figures give the same bytes. Labels come
from Fluent in the reader's locale.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from doorway.dialogs.i18n import Translator
from doorway.dialogs.report import YES_OUTCOMES, Funnel, ImpactFigures, SectorWait
from doorway.dialogs.report_text import SectorTitle, number, sector_label, share_args

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DPI = 100
SIZE = (6.4, 4.0)  # inches: 640 × 400 px
LABEL_WIDTH = 30
_STYLE = {
    "font.family": "DejaVu Sans",  # ships with matplotlib and has å, ä, ö
    "font.size": 9,
    "ytick.labelsize": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_BLUE, _GREEN, _GREY = "#2b6cb0", "#2f855a", "#a0aec0"
CHART_NAMES = ("funnel.png", "outcomes.png", "waiting.png")


def render_charts(
    figures: ImpactFigures,
    translate: Translator,
    locale: str,
    sector_title: SectorTitle | None = None,
) -> dict[str, bytes]:
    """File name → PNG bytes for the three charts, in the order of CHART_NAMES."""
    return {
        "funnel.png": funnel_chart(figures.funnel, translate, locale),
        "outcomes.png": outcomes_chart(figures, translate, locale),
        "waiting.png": waiting_chart(figures.waiting, translate, locale, sector_title),
    }


def funnel_chart(funnel: Funnel, translate: Translator, locale: str) -> bytes:
    """Registered → matched → met → got a job, as bars with counts and shares of the first."""
    steps = [
        ("report-funnel-registered", funnel.registered),
        ("report-funnel-matched", funnel.matched),
        ("report-funnel-met", funnel.met),
        ("report-funnel-job", funnel.job),
    ]
    labels = [translate(locale, key) for key, _ in steps]
    values = [value for _, value in steps]

    def draw(ax: Axes) -> None:
        positions = list(range(len(steps)))[::-1]
        ax.barh(positions, values, color=[_BLUE, _BLUE, _BLUE, _GREEN], height=0.6)
        ax.set_yticks(positions, labels)
        ax.set_xlabel(translate(locale, "report-chart-people"))
        ax.set_xlim(0, max([*values, 1]) * 1.25)
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # people come whole
        for position, value in zip(positions, values, strict=True):
            text = str(value)
            if funnel.registered:
                text += f" ({number(100 * value / funnel.registered, locale)} %)"
            ax.text(value, position, " " + text, va="center")

    return _render(translate(locale, "report-section-funnel"), draw)


def outcomes_chart(figures: ImpactFigures, translate: Translator, locale: str) -> bytes:
    """The share of "yes" for each outcome question, with n of those who answered."""
    names = list(YES_OUTCOMES)
    labels = [_wrap(translate(locale, f"report-outcome-{name}")) for name in names]
    shares = [share_args(figures, "outcomes", name, locale) for name in names]
    values = [figures.report["outcomes"][f"{name}_pct"] for name in names]

    def draw(ax: Axes) -> None:
        positions = list(range(len(names)))[::-1]
        ax.barh(positions, values, color=_BLUE, height=0.6)
        ax.set_yticks(positions, labels)
        ax.set_xlim(0, 140)  # room for "100,0 % (12/12)" after a full bar
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel(translate(locale, "report-chart-outcomes-axis"))
        for position, value, share in zip(positions, values, shares, strict=True):
            ax.text(
                value, position, f" {share['pct']} % ({share['n']}/{share['total']})", va="center"
            )

    return _render(translate(locale, "report-chart-outcomes"), draw)


def waiting_chart(
    waiting: tuple[SectorWait, ...],
    translate: Translator,
    locale: str,
    sector_title: SectorTitle | None = None,
) -> bytes:
    """Median days to the first proposal by sector; those still waiting shown apart, hatched."""
    labels = [_wrap(sector_label(w.sector, locale, translate, sector_title), 3) for w in waiting]

    def draw(ax: Axes) -> None:
        if not waiting:
            ax.set_axis_off()
            ax.text(0.5, 0.5, translate(locale, "report-no-data"), ha="center", va="center")
            return
        positions = [float(i) for i in range(len(waiting))][::-1]
        got = [w.median_days or 0.0 for w in waiting]
        still = [w.waiting_median_days or 0.0 for w in waiting]
        ax.barh(
            [p + 0.2 for p in positions],
            got,
            height=0.38,
            color=_BLUE,
            label=translate(locale, "report-chart-waiting-proposed"),
        )
        ax.barh(
            [p - 0.2 for p in positions],
            still,
            height=0.38,
            color="white",
            edgecolor=_GREY,
            hatch="///",
            label=translate(locale, "report-chart-waiting-still"),
        )
        ax.set_yticks(positions, labels)
        ax.set_xlabel(translate(locale, "report-chart-waiting-axis"))
        ax.set_xlim(0, max([*got, *still, 1.0]) * 1.3)
        for position, wait in zip(positions, waiting, strict=True):
            if wait.median_days is not None:
                days = number(wait.median_days, locale)
                ax.text(
                    wait.median_days, position + 0.2, f" {days} (n={wait.proposed})", va="center"
                )
            if wait.waiting_median_days is not None:
                text = f" {number(wait.waiting_median_days, locale)} (n={wait.still_waiting})"
                ax.text(wait.waiting_median_days, position - 0.2, text, va="center")
        ax.legend(loc="lower right", frameon=False)

    # Sectors get taller figures as they grow in number; three-line labels need the room.
    height = max(SIZE[1], 0.6 * len(waiting) + 1.2)
    return _render(translate(locale, "report-chart-waiting"), draw, (SIZE[0], height))


def _wrap(label: str, lines: int = 2) -> str:
    """A label on up to `lines` lines of LABEL_WIDTH characters, cut with "…" beyond that."""
    wrapped = textwrap.wrap(label, LABEL_WIDTH) or [""]
    if len(wrapped) > lines:
        wrapped = [
            *wrapped[: lines - 1],
            textwrap.shorten(" ".join(wrapped[lines - 1 :]), LABEL_WIDTH, placeholder="…"),
        ]
    return "\n".join(wrapped)


def _render(title: str, draw: Callable[[Axes], None], size: tuple[float, float] = SIZE) -> bytes:
    # matplotlib loads only when a chart is drawn, so `doorway chat` starts fast.
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_STYLE):
        figure: Figure = Figure(figsize=size, dpi=DPI)
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        ax.set_title(title, loc="left", fontweight="bold")
        draw(ax)
        figure.tight_layout()
        buffer = io.BytesIO()
        # No "Software" entry: the bytes then depend on the figures alone.
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
