"""Fixtures for the Telegram tests: a fake Bot API, an app configured for it, the webhook."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

from doorway.bootstrap import App, build_app
from doorway.bot.runtime import ChannelRuntime
from doorway.bot.web import SECRET_HEADER, TELEGRAM_PATH, make_web_app
from doorway.dialogs.clock import ShiftedClock
from doorway.settings import Settings
from doorway.storage import migrate
from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "123456:TEST-TOKEN"
SECRET = "webhook-secret"
USER = 777001


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI(token=TOKEN) as api:
        yield api


def telegram_settings(database_url: str, api_base: str, **overrides: Any) -> Settings:
    """Settings for Telegram tests: generous per-chat limits unless a test is about them."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "telegram_token": TOKEN,
        "telegram_api_base": api_base,
        "webhook_secret": SECRET,
        "telegram_per_chat_per_second": 1000.0,
        "telegram_per_chat_burst": 100,
        "telegram_overall_per_second": 1000.0,
    }
    values.update(overrides)
    return Settings(**values, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
async def tg_app(settings: Settings, fake_api: FakeTelegramAPI) -> AsyncIterator[App]:
    configured = telegram_settings(settings.database_url, fake_api.base_url)
    application = build_app(configured, clock=ShiftedClock(), worker_id="tg-test")
    await migrate.upgrade(application.db)
    try:
        yield application
    finally:
        await application.close()


@pytest.fixture
async def runtime(tg_app: App) -> AsyncIterator[ChannelRuntime]:
    channels = ChannelRuntime.from_settings(tg_app)
    try:
        yield channels
    finally:
        await channels.close()


@dataclass
class WebhookClient:
    """A test client for `doorway serve`'s routes, and this process's handling and sending."""

    http: TestClient[Any, Any]
    settle: Callable[[], Awaitable[int]]
    bot_api: str | None = None  # the fake Bot API's URL for the bot

    async def post(self, path: str, **kwargs: Any) -> ClientResponse:
        """POST to the web app; a Bot API method in the webhook's answer is run as Telegram
        runs it, against the fake."""
        response = await self.http.post(path, **kwargs)
        if path == TELEGRAM_PATH and response.status == 200 and self.bot_api is not None:
            answer = await response.json()
            if isinstance(answer, dict) and "method" in answer:
                params = {k: v for k, v in answer.items() if k != "method"}
                async with aiohttp.ClientSession() as http:
                    await http.post(f"{self.bot_api}/{answer['method']}", json=params)
        return response


@pytest.fixture
async def client(
    tg_app: App, runtime: ChannelRuntime, fake_api: FakeTelegramAPI
) -> AsyncIterator[WebhookClient]:
    bot_api = f"{fake_api.base_url}/bot{fake_api.token}"
    async with TestClient(TestServer(make_web_app(tg_app, runtime))) as test_client:
        yield WebhookClient(test_client, runtime.settle, bot_api)


async def post_update(
    client: WebhookClient,
    update: dict[str, Any],
    secret: str = SECRET,
    *,
    settle: bool = True,
) -> int:
    """Post an update as Telegram does; then let this process handle and send (by default)."""
    response = await client.post(
        TELEGRAM_PATH, data=json.dumps(update), headers={SECRET_HEADER: secret}
    )
    if settle:
        await client.settle()
    return response.status


async def count_rows(app: App, table: Any) -> int:
    """How many rows a table holds."""
    async with app.unit_of_work() as uow:
        return int(
            (await uow.session.execute(select(func.count()).select_from(table))).scalar_one()
        )
