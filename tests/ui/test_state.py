"""Reading state survives a restart: position, read flags, stars, theme, the library."""

from __future__ import annotations

from pathlib import Path

from reader.app import ReaderApp, make_app
from reader.cli import Options
from reader.screens.main import MainScreen
from reader.store.paths import locations
from reader.store.state import StateStore
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from tests.conftest import SAMPLES
from tests.ui.helpers import wait_until_loaded

SIZE = (100, 30)
LONG = SAMPLES / "en-wire-harbour-storm.txt"
OTHER = SAMPLES / "no-kommune-skole.txt"


def app_for(*paths: Path) -> ReaderApp:
    return make_app(Options(paths=tuple(str(path) for path in paths)))


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the debounced scroll report and the background writer finish."""
    await pilot.pause(0.4)
    pilot.app.store.flush()


async def test_position_is_restored_after_a_restart() -> None:
    app = app_for(LONG, OTHER)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        await pilot.press("enter", "space", "space")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        top_before = view.top_block
        assert top_before > 3
    again = app_for(LONG, OTHER)
    async with again.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await pilot.pause(0.3)
        assert screen.entries[screen.current].source == str(LONG)
        assert screen.query_one(ArticleView).top_block == top_before


async def test_position_survives_a_different_terminal_size() -> None:
    app = app_for(LONG)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        await pilot.press("enter", "space", "space")
        await settle(pilot)
        top_before = app.screen.query_one(ArticleView).top_block
    again = app_for(LONG)
    async with again.run_test(size=(140, 26)) as pilot:
        await wait_until_loaded(pilot)
        await pilot.pause(0.3)
        assert again.screen.query_one(ArticleView).top_block == top_before


async def test_reaching_the_end_marks_read_and_u_toggles_it() -> None:
    app = app_for(LONG, OTHER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert not screen.entries[0].read
        await pilot.press("enter", "G")
        await settle(pilot)
        assert screen.entries[0].read
        await pilot.press("u")
        assert not screen.entries[0].read
        await pilot.press("u")
        await settle(pilot)
    again = app_for(LONG, OTHER)
    async with again.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert screen.entries[0].read
        assert not screen.entries[1].read


async def test_stars_persist_and_the_starred_command_filters_the_list() -> None:
    app = app_for(LONG, OTHER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await pilot.press("down", "asterisk")
        assert screen.entries[1].starred
        await settle(pilot)
    again = app_for(LONG, OTHER)
    async with again.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert [entry.starred for entry in screen.entries] == [False, True]
        screen.show_starred_only(True)
        await pilot.pause()
        sidebar = screen.query_one(ArticleList)
        assert sidebar.option_count == 1
        assert screen.entries[screen.current].source == str(OTHER)
        screen.show_starred_only(False)
        await pilot.pause()
        assert sidebar.option_count == 2


async def test_library_opens_most_recent_first_and_shows_missing_files(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text(OTHER.read_text(encoding="utf-8").replace("Solbakken", "Nordbakken"))
    app = app_for(gone, LONG)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        await pilot.press("down")  # read LONG last
        await settle(pilot)
    gone.unlink()
    library = make_app(Options())
    async with library.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert isinstance(screen, MainScreen) and screen.from_library
        sources = [entry.source for entry in screen.entries]
        assert sources[0] == str(LONG)
        missing = screen.entries[1]
        assert missing.missing and missing.article is None
        assert "Nordbakken" in missing.title or missing.title.startswith("Foreldre")


async def test_delete_removes_from_the_library_but_not_from_disk(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(OTHER.read_bytes())
    app = app_for(LONG, copy)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        await pilot.press("down", "delete")
        assert [entry.source for entry in screen.entries] == [str(LONG)]
        await settle(pilot)
    assert copy.exists()
    store = StateStore(locations().state_file)
    assert [state.path for state in store.library()] == [str(LONG.resolve())]
    store.close()


async def test_a_theme_picked_in_the_app_is_remembered() -> None:
    app = app_for(LONG)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        app.theme = "nord"
        await settle(pilot)
    again = app_for(LONG)
    async with again.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        assert again.theme == "nord"


async def test_config_sets_theme_width_sidebar_and_keys(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        'theme = "gruvbox"\narticle_width = 60\nsidebar = false\n[keys]\n"main.next" = "n"\n',
        encoding="utf-8",
    )
    app = app_for(LONG, OTHER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        assert app.theme == "gruvbox"
        assert not screen.query_one(ArticleList).display
        assert screen.query_one(ArticleView).column_width == 60
        await pilot.press("n")
        await pilot.pause()
        assert screen.current == 1


async def test_an_invalid_config_warns_and_keeps_the_file(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("article_width = 5\n", encoding="utf-8")
    app = app_for(LONG)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        messages = [notification.message for notification in app._notifications]
        assert any("article_width" in message for message in messages)
        assert screen.query_one(ArticleView).column_width == 80
    assert config.read_text(encoding="utf-8") == "article_width = 5\n"


async def test_a_corrupt_state_database_is_set_aside_with_a_message(isolated_dirs: Path) -> None:
    state = isolated_dirs / "data" / "state.db"
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_bytes(b"\x00garbage" * 200)
    app = app_for(LONG)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until_loaded(pilot)
        messages = [notification.message for notification in app._notifications]
        assert any("set aside" in message for message in messages)
    kept = list(state.parent.glob("state.db.corrupt-*"))
    assert kept and kept[0].read_bytes() == b"\x00garbage" * 200
