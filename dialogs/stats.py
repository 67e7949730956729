"""`/stats [organisation code]`: a coordinator's impact summary in chat, with the three charts.

To anyone else the command does not exist: they get the same answer as to an unknown command.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from doorway.dialogs.charts import render_charts
from doorway.dialogs.contract import Attachment
from doorway.dialogs.report import collect
from doorway.dialogs.report_text import summary_say
from doorway.dialogs.steps import Say

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn

MAX_CODE = 40


async def stats_command(engine: ConversationEngine, turn: Turn, argument: str) -> None:
    """The impact figures of the whole programme, or of one organisation, with charts."""
    organisation_id = None
    if argument:
        organisation = await turn.uow.organisations.by_code(argument.lower()[:MAX_CODE])
        if organisation is None:
            turn.says.append(Say("report-no-such-organisation", {"code": argument[:MAX_CODE]}))
            return
        organisation_id = organisation.id
    figures = await collect(
        turn.uow, start=None, end=None, organisation_id=organisation_id, now=turn.ctx.now
    )
    locale = turn.person.locale
    charts = render_charts(figures, engine.translator, locale, engine.suggester.isco_title)
    attachments = tuple(Attachment(name, "image/png", data) for name, data in charts.items())
    turn.says.append(dataclasses.replace(summary_say(figures, locale), attachments=attachments))
    await turn.audit("stats", argument or "all")
