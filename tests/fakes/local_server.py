"""The lifecycle the fake APIs share: an aiohttp server on 127.0.0.1, OS-assigned port."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from aiohttp import web


class LocalServer:
    """Start, stop and `base_url` for a fake API; subclasses add their routes."""

    max_body = 50 * 1024 * 1024

    def __init__(self) -> None:
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def add_routes(self, app: web.Application) -> None:
        """The fake's routes."""
        raise NotImplementedError

    def _wake(self) -> None:
        """Wake anyone waiting on the fake (long polls, wait_for helpers)."""

    async def start(self) -> None:
        """Start serving."""
        app = web.Application(client_max_size=self.max_body)
        self.add_routes(app)
        # Waiters are woken by stop(), so a short grace period is plenty.
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Stop serving and wake anyone waiting."""
        self._closing = True
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The server root, e.g. http://127.0.0.1:PORT."""
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return f"http://127.0.0.1:{self._port}"
