"""Sample door-openers for trying Doorway (`make run`): fictional people, loaded idempotently."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from doorway.storage.records import Person, Role, Status
from doorway.storage.unit_of_work import UnitOfWork

SAMPLE_FILE = Path(__file__).resolve().parent / "sample_door_openers.json"
# Console users, so that in `doorway chat` you can answer as a door-opener too: `anna> [1]`.
SAMPLE_CHANNEL = "console"


async def load_samples(uow: UnitOfWork, now: datetime, path: Path = SAMPLE_FILE) -> int:
    """Add the sample door-openers that are not there yet; returns how many were added."""
    added = 0
    for item in json.loads(path.read_text(encoding="utf-8")):
        name = item["first_name"].lower()
        if await uow.people.by_address(SAMPLE_CHANNEL, name) is not None:
            continue
        await uow.people.add(
            Person(
                channel=SAMPLE_CHANNEL,
                external_id=name,
                locale=item["locale"],
                timezone=item["timezone"],
                status=Status.ACTIVE,
                role=Role.DOOR_OPENER,
                first_name=item["first_name"],
                municipality=item.get("municipality"),
                country=item["country"],
                meeting_languages=item["languages"],
                digital_ok=item["digital_ok"],
                occupation_raw=item["occupation_label"],
                occupation_uri=item["occupation_uri"],
                occupation_isco=item["isco"],
                occupation_label=item["occupation_label"],
                years_experience=item["years_experience"],
                monthly_capacity=item["capacity"],
                consent_at=now,
                consent_version="sample",
                onboarded_at=now,
                created_at=now,
            )
        )
        added += 1
    return added
