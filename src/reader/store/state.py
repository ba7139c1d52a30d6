"""Reading state in SQLite: the library, positions, read flags, stars and settings.

Design choices, each for a promise the app makes:
- WAL mode and one small UPDATE per change, so two reader processes never lose each
  other's updates (each touches only the columns it changes, under a busy timeout);
- writes go to a background thread that commits every few hundred milliseconds, so
  saving never blocks a keypress, and a crash loses at most the last moment;
- a database that cannot be opened is moved aside (kept, with a timestamp) and a fresh
  one is made, so a corrupt file never costs the user anything but a message;
- the schema is versioned with `PRAGMA user_version` and upgraded by `MIGRATIONS`.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        key TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        path TEXT NOT NULL,
        first_opened REAL NOT NULL,
        last_opened REAL NOT NULL,
        last_read REAL,
        position INTEGER NOT NULL DEFAULT 0,
        progress REAL NOT NULL DEFAULT 0,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_recent ON articles (last_read DESC, last_opened DESC);
    CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
"""MIGRATIONS[n] upgrades a database at version n to version n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)
FLUSH_SECONDS = 0.25
CLOSE_TIMEOUT_SECONDS = 5
BUSY_TIMEOUT_MS = 5000
ORDERS = {
    "recent": "last_read IS NULL, last_read DESC, last_opened DESC",
    "title": "title COLLATE NOCASE, key",
    "path": "path, key",
}


@dataclass(frozen=True, slots=True)
class ArticleState:
    key: str
    title: str
    path: str
    first_opened: float
    last_opened: float
    last_read: float | None
    position: int
    progress: float
    read: bool
    starred: bool


class StateError(Exception):
    """The state folder cannot be used at all (not even a fresh database)."""


def connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode, migrated to the current schema."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    migrate(connection)
    return connection


def migrate(connection: sqlite3.Connection) -> None:
    """Upgrade to SCHEMA_VERSION; the version is read inside a write transaction, so two
    readers starting on a fresh folder never both create the tables."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    previous = connection.isolation_level
    connection.isolation_level = None  # transactions by hand from here
    try:
        connection.execute("BEGIN IMMEDIATE")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StateError(f"state database is from a newer reader (schema {version})")
        for number in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.isolation_level = previous


class StateStore:
    """The app's handle on state.db: reads on the caller's thread, writes in the background."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None
        """Where a corrupt database was moved, when opening had to start afresh."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._local.connection = self._open_or_recover()
        self._writes: queue.Queue[tuple[str, Sequence[Any]] | None] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="state-writer", daemon=True)
        self._writer.start()

    def _open_or_recover(self) -> sqlite3.Connection:
        """Open the database; only a file SQLite finds damaged is moved aside (a lock or
        a busy second reader is waited for, never mistaken for corruption)."""
        try:
            connection = connect(self.path)
            check = connection.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                connection.close()
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            connection.execute("SELECT count(*) FROM articles").fetchone()
            return connection
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise StateError(f"state database is busy: {error}") from error
            self.recovered_from = _move_aside(self.path)
            return connect(self.path)

    # Reads, each thread on its own connection --------------------------------------

    @property
    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = connect(self.path)
        return connection

    def library(self, order: str = "recent") -> list[ArticleState]:
        sql = f"SELECT * FROM articles ORDER BY {ORDERS.get(order, ORDERS['recent'])}"
        return [_row(row) for row in self._reader.execute(sql)]

    def get(self, key: str) -> ArticleState | None:
        row = self._reader.execute("SELECT * FROM articles WHERE key = ?", (key,)).fetchone()
        return _row(row) if row else None

    def get_many(self, keys: Iterable[str]) -> dict[str, ArticleState]:
        found: dict[str, ArticleState] = {}
        wanted = list(keys)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT * FROM articles WHERE key IN ({marks})"
            for row in self._reader.execute(sql, chunk):
                state = _row(row)
                found[state.key] = state
        return found

    def setting(self, name: str) -> str | None:
        row = self._reader.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    # Writes (queued) ---------------------------------------------------------------

    def remember(self, articles: Iterable[tuple[str, str, str]]) -> None:
        """Record opened articles (key, title, path); a known key keeps its progress."""
        now = time.time()
        for key, title, path in articles:
            self._queue(
                "INSERT INTO articles (key, title, path, first_opened, last_opened)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                " title = excluded.title, path = excluded.path,"
                " last_opened = excluded.last_opened",
                (key, title, path, now, now),
            )

    def opened(self, key: str) -> None:
        self._queue("UPDATE articles SET last_read = ? WHERE key = ?", (time.time(), key))

    def set_position(self, key: str, position: int, progress: float) -> None:
        self._queue(
            "UPDATE articles SET position = ?, progress = max(progress, ?) WHERE key = ?",
            (position, progress, key),
        )

    def set_read(self, key: str, read: bool) -> None:
        if read:
            self._queue("UPDATE articles SET read = 1, progress = 1 WHERE key = ?", (key,))
        else:
            self._queue("UPDATE articles SET read = 0 WHERE key = ?", (key,))

    def set_starred(self, key: str, starred: bool) -> None:
        self._queue("UPDATE articles SET starred = ? WHERE key = ?", (int(starred), key))

    def forget(self, key: str) -> None:
        self._queue("DELETE FROM articles WHERE key = ?", (key,))

    def set_setting(self, name: str, value: str) -> None:
        self._queue(
            "INSERT INTO settings (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def flush(self) -> None:
        """Wait until every queued write is committed (tests, and before quitting)."""
        self._writes.join()

    def close(self) -> None:
        """Commit what is queued and stop.  The end mark goes straight into the queue: it
        ends the batch being gathered at once, so quitting waits for one commit, not
        for the rest of FLUSH_SECONDS."""
        self._writes.put(None)
        self._writer.join(timeout=CLOSE_TIMEOUT_SECONDS)
        self._reader.close()

    def _queue(self, sql: str, params: Sequence[Any]) -> None:
        self._writes.put((sql, params))

    def _write_loop(self) -> None:
        connection = connect(self.path)
        while True:
            item = self._writes.get()
            if item is None:
                self._writes.task_done()
                break
            batch: list[tuple[str, Sequence[Any]] | None] = [item]
            deadline = time.monotonic() + FLUSH_SECONDS
            while time.monotonic() < deadline:
                try:
                    batch.append(self._writes.get(timeout=max(0.0, deadline - time.monotonic())))
                except queue.Empty:
                    break
                if batch[-1] is None:
                    break
            self._commit(connection, batch)
            for _ in batch:
                self._writes.task_done()
            if batch[-1] is None:
                break
        connection.close()

    @staticmethod
    def _commit(
        connection: sqlite3.Connection, batch: list[tuple[str, Sequence[Any]] | None]
    ) -> None:
        for attempt in range(5):
            try:
                with connection:
                    for item in batch:
                        if item is not None:
                            connection.execute(*item)
                return
            except sqlite3.OperationalError:  # locked by another reader beyond the timeout
                time.sleep(0.1 * (attempt + 1))
            except Exception:  # one bad write must not stop every later save
                _save_one_by_one(connection, batch)
                return


def _save_one_by_one(
    connection: sqlite3.Connection, batch: list[tuple[str, Sequence[Any]] | None]
) -> None:
    """Keep every write of a batch that can be kept; drop only the ones that fail."""
    for item in batch:
        if item is None:
            continue
        with contextlib.suppress(Exception), connection:
            connection.execute(*item)


def _row(row: Sequence[Any]) -> ArticleState:
    key, title, path, first, last, last_read, position, progress, read, starred = row
    return ArticleState(
        key, title, path, first, last, last_read, position, progress, bool(read), bool(starred)
    )


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            sidecar.rename(target.with_name(target.name + suffix))
    return target
