"""Saved state: migrations, corruption recovery, concurrent writers, config validation."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from reader.store import state as state_module
from reader.store.config import Config, load_config
from reader.store.paths import locations
from reader.store.state import MIGRATIONS, SCHEMA_VERSION, StateStore, connect


def test_locations_follow_the_environment_overrides(isolated_dirs: Path) -> None:
    where = locations()
    assert where.config_file == isolated_dirs / "config" / "config.toml"
    assert where.state_file == isolated_dirs / "data" / "state.db"
    assert where.cache_dir == isolated_dirs / "cache"


def test_a_new_database_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    connection = connect(tmp_path / "state.db")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "settings"} <= tables


def test_migrations_run_from_any_older_version(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO articles (key, title, path, first_opened, last_opened) VALUES ('k', 't', 'p', 1, 1)"
    )
    old.commit()
    old.close()
    store = StateStore(path)
    assert store.get("k") is not None
    store.close()


def test_remembers_positions_flags_and_settings_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    store = StateStore(path)
    store.remember([("a", "Article A", "/x/a.txt"), ("b", "Article B", "/x/b.txt")])
    store.set_position("a", 7, 0.4)
    store.set_starred("b", True)
    store.set_read("b", True)
    store.opened("a")
    store.set_setting("theme", "nord")
    store.close()

    again = StateStore(path)
    a, b = again.get("a"), again.get("b")
    assert a is not None and (a.position, a.progress, a.read) == (7, 0.4, False)
    assert b is not None and b.starred and b.read and b.progress == 1.0
    assert [state.key for state in again.library("recent")] == ["a", "b"]
    assert [state.key for state in again.library("title")] == ["a", "b"]
    assert again.setting("theme") == "nord"
    again.forget("a")
    again.flush()
    assert again.get("a") is None
    again.close()


def test_remembering_again_keeps_progress(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.db")
    store.remember([("a", "Old title", "/old/place.txt")])
    store.set_position("a", 3, 0.5)
    store.remember([("a", "Old title", "/new/place.txt")])
    store.flush()
    state = store.get("a")
    assert state is not None and state.position == 3 and state.path == "/new/place.txt"
    store.close()


def test_a_corrupt_database_is_kept_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not a database" * 100)
    store = StateStore(path)
    assert store.recovered_from is not None
    assert store.recovered_from.read_bytes() == b"this is not a database" * 100
    assert store.recovered_from.name.startswith("state.db.corrupt-")
    store.remember([("a", "A", "/a")])
    store.flush()
    assert store.get("a") is not None
    store.close()


def _write_positions(path: str, prefix: str, count: int) -> None:
    store = StateStore(Path(path))
    store.remember((f"{prefix}{i}", f"T{i}", f"/{prefix}{i}") for i in range(count))
    for round_ in range(1, 11):
        for i in range(count):
            store.set_position(f"{prefix}{i}", round_ * 10 + i, 0.1)
    store.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    StateStore(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_write_positions, args=(str(path), prefix, 50))
        for prefix in ("left-", "right-")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    store = StateStore(path)
    states = {state.key: state for state in store.library()}
    assert len(states) == 100
    for prefix in ("left-", "right-"):
        for i in range(50):
            assert states[f"{prefix}{i}"].position == 100 + i
    store.close()


def test_missing_config_gives_defaults_without_warnings(tmp_path: Path) -> None:
    loaded = load_config(tmp_path / "config.toml")
    assert loaded.config == Config()
    assert loaded.warnings == ()


def test_valid_config_is_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\narticle_width = 72\nsidebar = false\nsort = "title"\n'
        '[keys]\n"app.quit" = "ctrl+q"\n',
        encoding="utf-8",
    )
    loaded = load_config(path)
    assert loaded.warnings == ()
    assert loaded.config == Config(
        theme="nord", article_width=72, sidebar=False, sort="title", keys={"app.quit": "ctrl+q"}
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("article_width = 5\n", "article_width: must be between"),
        ('article_width = "wide"\n', "article_width: must be a whole number"),
        ('sidebar = "yes"\n', "sidebar: must be true or false"),
        ('sort = "random"\n', "sort: must be one of"),
        ("colour = 1\n", "unknown setting 'colour'"),
        ("theme = \n", "not valid TOML"),
        ('[keys]\n"app.quit" = 3\n', "keys for app.quit"),
    ],
)
def test_invalid_config_warns_uses_defaults_and_leaves_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    loaded = load_config(path)
    assert len(loaded.warnings) == 1
    assert problem in loaded.warnings[0]
    assert str(path) in loaded.warnings[0]
    assert path.read_text(encoding="utf-8") == content


def test_closing_commits_queued_writes_without_waiting_out_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A batch gathered for 30 s: waiting it out would take that long; closing must not.
    monkeypatch.setattr(state_module, "FLUSH_SECONDS", 30.0)
    store = StateStore(tmp_path / "state.db")
    store.remember([("k1", "Title", "/a.txt")])
    store.set_starred("k1", True)
    started = time.perf_counter()
    store.close()
    assert time.perf_counter() - started < 15, "close waited out the batch"
    reopened = StateStore(tmp_path / "state.db")
    state = reopened.get("k1")
    reopened.close()
    assert state is not None and state.starred
