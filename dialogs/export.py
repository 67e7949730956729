"""`/export` and `doorway export`: people, matches, meetings and survey answers as CSV files.

One UTF-8 file per table with a header row; times in ISO 8601 (UTC), lists joined with `;`,
empty cells for missing values. Which columns leave the database is decided in
`storage/admin_queries.py` (no contact details). Every export is audited.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from doorway.dialogs.contract import Attachment
from doorway.dialogs.steps import Say
from doorway.storage.admin_queries import EXPORT_COLUMNS, AdminQueries

if TYPE_CHECKING:
    from doorway.dialogs.engine import ConversationEngine, Turn
    from doorway.storage.unit_of_work import UnitOfWork

CSV_MIME = "text/csv"


@dataclass(frozen=True)
class ExportFile:
    """One exported table: its file name, the CSV bytes and how many rows it holds."""

    name: str
    data: bytes
    rows: int


def cell(value: Any) -> str:
    """One value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    return str(value)


def to_csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    """A header row and one line per row, UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row[column]) for column in columns])
    return buffer.getvalue().encode("utf-8")


async def export_files(uow: UnitOfWork, actor: str, now: datetime) -> list[ExportFile]:
    """Every exported table as a file, with the audit entry saying who took what."""
    queries = AdminQueries(uow.session)
    files: list[ExportFile] = []
    for name in EXPORT_COLUMNS:
        columns, rows = await queries.export_rows(name)
        files.append(ExportFile(f"{name}.csv", to_csv(columns, rows), len(rows)))
    await uow.audit.record(
        actor, "export", "all", now, files={file.name: file.rows for file in files}
    )
    return files


async def export_command(_engine: ConversationEngine, turn: Turn, _argument: str) -> None:
    """The CSV files as attachments of one message."""
    files = await export_files(turn.uow, turn.person.address, turn.ctx.now)
    rows = {file.name.removesuffix(".csv"): file.rows for file in files}
    turn.says.append(
        Say(
            "admin-export-done",
            {
                "people": rows["people"],
                "proposals": rows["matches"],
                "meetings": rows["meetings"],
                "answers": rows["survey_answers"],
            },
            attachments=tuple(Attachment(f.name, CSV_MIME, f.data) for f in files),
        )
    )
