"""aiogram's HTTP session, posting Bot API calls as JSON bodies (Telegram takes JSON or forms).

aiogram posts every call as a urlencoded form, each nested object JSON-encoded inside it. Under
load that form was a fifth of the CPU of a sendMessage (a FormData, then urlencode quoting every
character). A call without files goes here as one orjson body instead; a call with files (a
document) still goes as aiogram's multipart form.

The hottest call, sendMessage, can also go as a ready payload (`post`): its answer is read only
for the message id, and building the method model, dumping it and validating the whole Message
answered (sender, chat, entities, keyboard) was ~60 µs of a send against ~2 µs for the same
payload and answer as plain JSON: about a tenth of the serving process's CPU under load. Error
answers still go through aiogram's check, so the exceptions are aiogram's.
"""

from __future__ import annotations

from collections.abc import Callable
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
        status, content = await self._post(
            bot, method.__api_method__, body, lambda: method, timeout
        )
        response = self.check_response(bot=bot, method=method, status_code=status, content=content)
        return cast(TelegramType, response.result)

    async def post(
        self,
        bot: Bot,
        method: type[TelegramMethod[Any]],
        payload: dict[str, Any],
        timeout: int | None = None,
    ) -> Any:
        """A call of `method` from a ready JSON payload (no files); its `result` as plain JSON,
        not a model. The method's model is built only to report a failure."""
        status, content = await self._post(
            bot, method.__api_method__, orjson.dumps(payload), lambda: method(**payload), timeout
        )
        if status == 200:
            try:
                answer = orjson.loads(content)
            except orjson.JSONDecodeError:
                answer = None
            if isinstance(answer, dict) and answer.get("ok") is True and "result" in answer:
                return answer["result"]
        # An error or a malformed answer: aiogram's check raises the matching exception.
        call = method(**payload)
        self.check_response(bot=bot, method=call, status_code=status, content=content)
        return orjson.loads(content)["result"]  # another 2xx status that aiogram accepts

    async def _post(
        self,
        bot: Bot,
        api_method: str,
        body: bytes,
        method: Callable[[], TelegramMethod[Any]],
        timeout: int | None,
    ) -> tuple[int, str]:
        """POST a JSON body; (status, answer text). Transport failures are network errors."""
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=api_method)
        try:
            async with session.post(
                url,
                data=body,
                headers=JSON_HEADERS,
                timeout=self.timeout if timeout is None else timeout,
            ) as reply:
                return reply.status, await reply.text()
        except TimeoutError as error:
            raise TelegramNetworkError(method=method(), message="Request timeout error") from error
        except ClientError as error:
            message = f"{type(error).__name__}: {error}"
            raise TelegramNetworkError(method=method(), message=message) from error
