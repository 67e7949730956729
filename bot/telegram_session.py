"""aiogram's HTTP session, posting Bot API calls as JSON bodies (Telegram takes JSON or forms).

aiogram posts every call as a urlencoded form, each nested object JSON-encoded inside it. Under
load that form was a fifth of the CPU of a sendMessage (a FormData, then urlencode quoting every
character). A call without files goes here as one orjson body instead; a call with files (a
document) still goes as aiogram's multipart form.
"""

from __future__ import annotations

from typing import Any, cast

import orjson
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InputFile
from aiohttp import ClientError

from doorway.storage.db import json_text

JSON_HEADERS = {"Content-Type": "application/json"}


class JsonBodySession(AiohttpSession):
    """An AiohttpSession whose file-less calls carry a JSON body; answers are read with orjson."""

    def __init__(self, api: TelegramAPIServer) -> None:
        super().__init__(api=api, json_loads=orjson.loads, json_dumps=json_text)

    def json_body(self, bot: Bot, method: TelegramMethod[Any]) -> bytes | None:
        """The call's parameters as JSON, or None if it uploads files (a form is needed)."""
        files: dict[str, InputFile] = {}
        # Unset fields (None) need no preparing: they would be left out below anyway.
        fields = self.prepare_value(
            method.model_dump(warnings=False, exclude_none=True),
            bot=bot,
            files=files,
            _dumps_json=False,
        )
        if files:
            return None
        # As aiogram's form: empty values are left out (None, False, "", an unset default).
        return orjson.dumps({key: value for key, value in fields.items() if value})

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        """One Bot API call; a call with files goes through aiogram's own multipart path."""
        body = self.json_body(bot, method)
        if body is None:
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url,
                data=body,
                headers=JSON_HEADERS,
                timeout=self.timeout if timeout is None else timeout,
            ) as reply:
                content = await reply.text()
        except TimeoutError as error:
            raise TelegramNetworkError(method=method, message="Request timeout error") from error
        except ClientError as error:
            message = f"{type(error).__name__}: {error}"
            raise TelegramNetworkError(method=method, message=message) from error
        response = self.check_response(
            bot=bot, method=method, status_code=reply.status, content=content
        )
        return cast(TelegramType, response.result)
