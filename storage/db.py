"""Engine and session factory; the one place that knows SQLite from PostgreSQL."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Select, Table, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

from doorway.storage.orm import start_mappers

SQLITE_BUSY_TIMEOUT_MS = 30_000  # several processes on one file queue for the write lock


def is_sqlite(url: str) -> bool:
    """True for a SQLite URL."""
    return url.startswith("sqlite")


def json_text(value: Any) -> str:
    """JSON for a JSON column: orjson, several times faster than the standard library on the
    stored updates and outbox payloads; keys that are not strings are written as strings."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout, foreign keys and BEGIN IMMEDIATE."""
    start_mappers()
    kwargs.setdefault("json_serializer", json_text)
    kwargs.setdefault("json_deserializer", orjson.loads)
    if not is_sqlite(url):
        # 20 connections a process: the inbox, the job runner, the sender and the grouped
        # writes (webhook stores, "sent" marks: bot/batching.py) mostly use one at a time,
        # and four processes stay well under PostgreSQL's default 100 connections. A burst
        # beyond 20 waits for a pooled connection; no overflow: a connection opened
        # for a burst and closed after costs more than waiting a moment for a pooled one.
        # No pre-ping either (a round trip per transaction): a connection the server dropped
        # fails once, SQLAlchemy then discards the whole pool, and every loop that uses the
        # database retries.
        kwargs.setdefault("pool_size", 20)
        kwargs.setdefault("max_overflow", 0)
        kwargs.setdefault("pool_recycle", 1800)
        return create_async_engine(url, **kwargs)
    engine = create_async_engine(url, **kwargs)

    @event.listens_for(engine.sync_engine, "connect")
    def _configure(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see `_begin`).
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection: Any) -> None:
        # Take the write lock up front: two writers then queue on busy_timeout instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay usable after commit (no lazy reloads in async code)."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)


def dialect_insert(table: Table, dialect_name: str) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that can take ON CONFLICT, in PostgreSQL's or SQLite's syntax."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return dialect.insert(table)


def insert_ignoring_conflicts(
    table: Table, dialect_name: str, keys: list[str]
) -> postgresql.Insert | sqlite.Insert:
    """INSERT … ON CONFLICT (keys) DO NOTHING, in PostgreSQL's or SQLite's syntax."""
    return dialect_insert(table, dialect_name).on_conflict_do_nothing(index_elements=keys)


def lock_rows(statement: Select[Any], dialect_name: str) -> Select[Any]:
    """Row locks for claiming work: SKIP LOCKED on PostgreSQL; SQLite's BEGIN IMMEDIATE suffices."""
    if dialect_name == "postgresql":
        return statement.with_for_update(skip_locked=True)
    return statement


def lock_for_update(statement: Select[Any], dialect_name: str, of: Any = None) -> Select[Any]:
    """Lock the selected rows until commit on PostgreSQL; SQLite's BEGIN IMMEDIATE already does.

    FOR NO KEY UPDATE: rows inserted elsewhere may still refer to a locked row (a proposal for a
    person being updated) without waiting, so the matching lock and row locks cannot deadlock.
    `of`: lock only that table's rows of a join.
    """
    if dialect_name == "postgresql":
        return statement.with_for_update(key_share=True, of=of)
    return statement


async def take_app_lock(session: AsyncSession, name: str) -> None:
    """Serialise one kind of work across processes until the transaction ends.

    PostgreSQL: a transaction-scoped advisory lock. SQLite: nothing to do, BEGIN IMMEDIATE
    already lets one writer at a time through.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})
