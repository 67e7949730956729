"""`doorway report`: the impact report as Markdown or JSON, and with `--out DIR` as files.

`--from` and `--to` are dates (YYYY-MM-DD) in the programme's time zone, both days included;
`--org CODE` limits the report to one organisation's people. `--out DIR` writes report.md,
report.json, funnel.png, outcomes.png and waiting.png there, besides printing the report.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from doorway.bootstrap import App, run_with_app
from doorway.settings import load_settings

LOCALES = ("sv", "fi", "en")


class ReportError(Exception):
    """A bad option value; the message is one line naming it."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `report` to the `doorway` command's subparsers."""
    report = subparsers.add_parser(
        "report",
        help="the impact report (Markdown, --json, charts with --out)",
        description=__doc__,
    )
    report.add_argument("--json", action="store_true", help="print the JSON document instead")
    report.add_argument("--from", dest="first", metavar="DATE", help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day, included")
    report.add_argument("--out", type=Path, metavar="DIR", help="also write the files here")
    report.add_argument("--org", metavar="CODE", help="only this organisation's people")
    report.add_argument("--locale", choices=LOCALES, help="language of the text and the charts")
    report.set_defaults(func=_report)


def parse_day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD date, or None; ReportError names the option otherwise."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(f"{option}: not a date (YYYY-MM-DD): {text!r}") from None


def _report(args: argparse.Namespace) -> int:
    from doorway.dialogs.report import day_bounds

    settings = load_settings()
    tz = ZoneInfo(settings.timezone)
    try:
        first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
        if first and last and first > last:
            raise ReportError(f"--from {first} is after --to {last}")
    except ReportError as error:
        print(f"doorway: {error}", file=sys.stderr)
        return 2
    start, end = day_bounds(first, last, tz)
    locale = args.locale or settings.default_locale

    async def work(app: App) -> int:
        from doorway.dialogs.report import collect
        from doorway.dialogs.report_text import render_markdown

        async with app.unit_of_work() as uow:
            organisation_id = None
            if args.org:
                organisation = await uow.organisations.by_code(args.org.strip().lower())
                if organisation is None:
                    print(
                        f"doorway: --org: no organisation has the code {args.org!r}",
                        file=sys.stderr,
                    )
                    return 2
                organisation_id = organisation.id
            figures = await collect(
                uow, start=start, end=end, organisation_id=organisation_id, now=app.clock.now()
            )
        title = app.engine.suggester.isco_title
        document = json.dumps(figures.report, ensure_ascii=False, indent=2) + "\n"
        markdown = render_markdown(figures, app.translator, locale, tz, title)
        sys.stdout.write(document if args.json else markdown)
        if args.out is not None:
            from doorway.dialogs.charts import render_charts

            files = {
                "report.md": markdown.encode(),
                "report.json": document.encode(),
                **render_charts(figures, app.translator, locale, title),
            }
            try:
                args.out.mkdir(parents=True, exist_ok=True)
                for name, data in files.items():
                    (args.out / name).write_bytes(data)
            except OSError as error:
                print(f"doorway: cannot write to {args.out}: {error}", file=sys.stderr)
                return 1
            print(f"wrote {', '.join(files)} to {args.out}", file=sys.stderr)
        return 0

    return run_with_app(settings, work)
