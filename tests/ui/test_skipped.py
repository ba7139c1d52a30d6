"""Files that could not be opened: a notification, and a list to read in full."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from reader.app import make_app
from reader.cli import Options
from reader.screens.skipped import SkippedScreen
from tests.conftest import REFERENCE
from tests.ui.helpers import wait_until_loaded


async def test_the_skipped_list_names_every_file_and_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    missing = tmp_path / "[bold]missing[/bold].txt"
    app = make_app(Options(paths=(str(REFERENCE), str(empty), str(binary), str(missing))))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_until_loaded(pilot)
        assert len(screen.skipped) == 3
        commands = {command.title: command for command in app.get_system_commands(screen)}
        commands["Show skipped files"].callback()
        await pilot.pause()
        assert isinstance(app.screen, SkippedScreen)
        table = app.screen.query_one(DataTable)
        rows = [tuple(table.get_row_at(n)) for n in range(table.row_count)]
        assert rows == [
            (str(empty), "empty file"),
            (str(binary), "not a text file (contains NUL bytes)"),
            (str(missing), "no such file or directory"),
        ]
        await pilot.press("escape")
        assert not isinstance(app.screen, SkippedScreen)
