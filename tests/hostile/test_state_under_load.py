"""Reading state under load and damage: two processes writing at once lose nothing, a
corrupt database is kept aside, and kill -9 keeps what was committed."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import threading
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

import reader.store.state as state_module
from reader.app import make_app
from reader.cli import Options
from reader.store.state import FLUSH_SECONDS, StateStore
from tests.hostile.helpers import write_good
from tests.ui.helpers import wait_until_loaded

ARTICLES = 100
ROUNDS = 5
"""Two processes x 5 rounds x 100 articles = 1,000 position updates."""


def key(article: int) -> str:
    return f"article-{article:03}"


def position(process: int, round_: int, article: int) -> int:
    return process * 100_000 + round_ * 1_000 + article


def progress(process: int, round_: int, article: int) -> float:
    """Ten different values over one article's ten updates; the largest (1.0) comes from a
    different update for each article, and progress only grows: lose any update and some
    article ends below 1.0."""
    return ((7 * round_ + 3 * article + 5 * process) % 10 + 1) / 10


def write_positions(path: str, process: int, barrier: Barrier) -> None:
    store = StateStore(Path(path))
    store.remember((key(a), f"Article {a}", f"/articles/{a}.txt") for a in range(ARTICLES))
    store.flush()
    barrier.wait(60)
    for round_ in range(ROUNDS):
        for article in range(ARTICLES):
            store.set_position(
                key(article), position(process, round_, article), progress(process, round_, article)
            )
    store.close()


def test_two_processes_updating_the_same_articles_lose_no_update(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    StateStore(path).close()  # reader has run before; a first start is tested below
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=write_positions, args=(str(path), process, barrier))
        for process in (0, 1)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    store = StateStore(path)
    try:
        states = {state.key: state for state in store.library()}
    finally:
        store.close()
    assert sorted(states) == [key(a) for a in range(ARTICLES)]
    for article in range(ARTICLES):
        state = states[key(article)]
        assert state.progress == 1.0, f"an update to {key(article)} was lost"
        last = ROUNDS - 1
        assert state.position in (position(0, last, article), position(1, last, article))


def write_until_killed(path: str, log: str) -> None:
    """Queue a position every few milliseconds, logging each (number, time) once queued."""
    store = StateStore(Path(path))
    store.remember([("victim", "Victim", "/victim.txt")])
    store.flush()
    with open(log, "a", encoding="utf-8", buffering=1) as out:
        number = 0
        while True:
            number += 1
            store.set_position("victim", number, 0.5)
            out.write(f"{number} {time.monotonic()}\n")
            time.sleep(0.002)


def test_kill_9_while_writing_keeps_everything_committed_before_the_last_second(
    tmp_path: Path,
) -> None:
    path, log = tmp_path / "state.db", tmp_path / "queued.log"
    context = multiprocessing.get_context("spawn")
    writer = context.Process(target=write_until_killed, args=(str(path), str(log)))
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while not log.exists() or len(log.read_text().splitlines()) < 2:
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.05)
        time.sleep(1.5)
    finally:
        assert writer.pid is not None
        os.kill(writer.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        writer.join(10)
    assert writer.exitcode == -signal.SIGKILL
    queued = [line.split() for line in log.read_text().splitlines() if line.count(" ") == 1]
    floor = max(int(n) for n, at in queued if float(at) <= killed_at - 1.0)
    last = int(queued[-1][0])
    assert floor > 50, "the writer ran for over a second before it was killed"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = StateStore(path)
    try:
        assert store.recovered_from is None
        state = store.get("victim")
        assert state is not None
        assert floor <= state.position <= last
    finally:
        store.close()
    print(f"\nkill -9: {last} queued, {state.position} kept (>= {floor}, FLUSH {FLUSH_SECONDS}s)")


def test_two_readers_starting_at_once_on_a_fresh_folder_keep_one_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race made certain: the first store has read user_version = 0 when the second
    one migrates the file; then the first goes on to migrate it again."""
    path = tmp_path / "state.db"
    has_read, other_done = threading.Event(), threading.Event()
    real_migrate = state_module.migrate

    def pause_before_migrating(statement: str) -> None:
        if statement.startswith("BEGIN") and not has_read.is_set():
            has_read.set()
            other_done.wait(10)

    def racing_migrate(connection: sqlite3.Connection) -> None:
        if threading.current_thread().name == "first-reader":
            connection.set_trace_callback(pause_before_migrating)
        real_migrate(connection)
        connection.set_trace_callback(None)

    monkeypatch.setattr(state_module, "migrate", racing_migrate)
    stores: list[StateStore] = []
    first = threading.Thread(
        target=lambda: stores.append(StateStore(path)), name="first-reader", daemon=True
    )
    first.start()
    assert has_read.wait(10)
    second = StateStore(path)
    other_done.set()
    first.join(10)
    try:
        assert [store.recovered_from for store in stores] == [None]
        assert not list(tmp_path.glob("state.db.corrupt-*"))
    finally:
        for store in [*stores, second]:
            store.close()


# --- a damaged database -------------------------------------------------------------------


def test_a_corrupt_database_and_its_wal_are_kept_aside_and_a_fresh_one_works(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.db"
    garbage = b"SQLite format 2\x00" + bytes(range(256)) * 20
    path.write_bytes(garbage)
    path.with_name("state.db-wal").write_bytes(b"not a wal")
    store = StateStore(path)
    try:
        kept = store.recovered_from
        assert kept is not None and kept.name.startswith("state.db.corrupt-")
        assert kept.read_bytes() == garbage
        assert kept.with_name(kept.name + "-wal").read_bytes() == b"not a wal"
        store.remember([("k", "Title", "/t.txt")])
        store.set_position("k", 7, 0.5)
        store.flush()
        state = store.get("k")
        assert state is not None and state.position == 7
    finally:
        store.close()


def test_a_folder_where_the_database_should_be_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    (path / "inside").mkdir(parents=True)
    store = StateStore(path)
    try:
        assert store.recovered_from is not None
        assert (store.recovered_from / "inside").is_dir()
        assert store.library() == []
    finally:
        store.close()


def _damage_pages(path: Path) -> None:
    """A database whose header is fine and whose table pages are not: it opens, counts
    its rows from the index, and fails on the first real read."""
    store = StateStore(path)
    store.remember((f"k{n}", "t" * 200, f"/p{n}") for n in range(2000))
    store.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.seek(4096 * 5)
        file.write(bytes(range(256)) * 48)


def test_a_database_with_damaged_pages_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    _damage_pages(path)
    store = StateStore(path)
    try:
        assert store.recovered_from is not None
        assert store.library() == []
    finally:
        store._writes.put(None)


async def test_the_app_starts_over_a_database_with_damaged_pages(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    _damage_pages(isolated_dirs / "data" / "state.db")
    article = write_good(tmp_path / "a.txt")
    app = make_app(Options(paths=(str(article),)))
    async with app.run_test() as pilot:
        await wait_until_loaded(pilot)
        assert app.is_running


def test_one_write_the_database_refuses_does_not_stop_the_writer(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.db")
    store.remember([("good", "Good", "/good.txt")])
    store.remember([("bad", "Bad", "/caf\udce9.txt")])
    store.set_position("good", 9, 0.5)
    flushing = threading.Thread(target=store.flush, daemon=True)
    flushing.start()
    flushing.join(2)
    assert not flushing.is_alive(), "flush() hung: the writer thread is gone"
    state = store.get("good")
    assert state is not None and state.position == 9
    store.close()
