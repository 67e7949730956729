"""Token buckets for a channel's sending limits: overall, and per chat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimits:
    """A channel's limits: messages per second overall and per chat, with short bursts."""

    overall_per_second: float
    per_chat_per_second: float
    per_chat_burst: int = 1


class TokenBucket:
    """`rate` tokens a second up to `burst`; `take` waits until one is there."""

    def __init__(
        self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = rate
        self._burst = max(1.0, burst)
        self._tokens = self._burst
        self._clock = clock
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def wait_time(self) -> float:
        """Seconds until a token is there (0 if one is there now)."""
        self._refill()
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self._rate

    @property
    def idle(self) -> bool:
        """Full again: the bucket can be forgotten without changing anything."""
        self._refill()
        return self._tokens >= self._burst

    async def take(self) -> None:
        """Wait for a token and use it; callers queue in order."""
        async with self._lock:
            while (delay := self.wait_time()) > 0:
                await asyncio.sleep(delay)
            self._tokens -= 1


class ChannelLimiter:
    """One bucket for the whole channel and one per chat, plus a pause after a 429."""

    def __init__(self, limits: RateLimits) -> None:
        self._limits = limits
        self._overall = TokenBucket(limits.overall_per_second, limits.overall_per_second)
        self._chats: dict[str, TokenBucket] = {}
        self._paused_until = 0.0

    def pause(self, seconds: float) -> None:
        """The channel said "too many requests": nothing goes for `seconds`."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def take(self, chat: str) -> None:
        """Wait until one more message to `chat` is within every limit."""
        bucket = self._chats.get(chat)
        if bucket is None:
            if len(self._chats) > 10_000:  # forget chats that are quiet again
                self._chats = {key: b for key, b in self._chats.items() if not b.idle}
            bucket = self._chats[chat] = TokenBucket(
                self._limits.per_chat_per_second, self._limits.per_chat_burst
            )
        await bucket.take()
        while (pause := self._paused_until - time.monotonic()) > 0:
            await asyncio.sleep(pause)
        await self._overall.take()
