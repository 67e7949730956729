"""Creates and drops throwaway PostgreSQL databases; the shared `test` database is left alone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg
from sqlalchemy.engine import make_url


def _dsn(url: str, database: str) -> str:
    parsed = make_url(url).set(drivername="postgresql", database=database)
    return parsed.render_as_string(hide_password=False)


async def _execute(url: str, sql: str) -> None:
    # Fails loudly when the server cannot be reached: PostgreSQL tests never skip.
    connection = await asyncpg.connect(_dsn(url, make_url(url).database or "postgres"))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@contextmanager
def postgres_database(server_url: str, name: str) -> Iterator[str]:
    """A new database on the server of `server_url`, dropped afterwards."""
    asyncio.run(_execute(server_url, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_execute(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
