"""How the reference article and the help screen look (SVG snapshots, pytest-textual-snapshot).

Regenerate after an intended change with `pytest tests/snapshots --snapshot-update`, then
look at the SVG files in __snapshots__ before committing them.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from reader.app import ReaderApp, make_app
from reader.cli import Options
from reader.screens.help import HelpScreen
from tests.conftest import REFERENCE, ROOT
from tests.ui.helpers import wait_for, wait_until_loaded

RELATIVE_REFERENCE = str(REFERENCE.relative_to(ROOT))


@pytest.fixture
def reference_app(monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    """The reference article, named relative to the project so no host path is shown."""
    monkeypatch.chdir(ROOT)
    return make_app(Options(paths=(RELATIVE_REFERENCE,)))


async def loaded(pilot: Pilot[Any]) -> None:
    await wait_until_loaded(pilot)


async def help_open(pilot: Pilot[Any]) -> None:
    await wait_until_loaded(pilot)
    await pilot.press("question_mark")
    assert isinstance(pilot.app.screen, HelpScreen)


def test_reference_article_120x40(snap_compare: Any, reference_app: ReaderApp) -> None:
    assert snap_compare(reference_app, terminal_size=(120, 40), run_before=loaded)


def test_reference_article_80x24(snap_compare: Any, reference_app: ReaderApp) -> None:
    assert snap_compare(reference_app, terminal_size=(80, 24), run_before=loaded)


def test_reference_article_end_120x40(snap_compare: Any, reference_app: ReaderApp) -> None:
    """Scrolled to the end: the second caption and both Zelenskyj quotes."""

    async def at_the_end(pilot: Pilot[Any]) -> None:
        screen = await wait_until_loaded(pilot)
        await pilot.press("tab", "G")
        # Reaching the end marks the article read after a short (debounced) pause: wait for
        # it so the sidebar's unread mark is gone in every run, not only in fast ones.
        await wait_for(pilot, lambda: screen.entries[screen.current].read, "marked read")

    assert snap_compare(reference_app, terminal_size=(120, 40), run_before=at_the_end)


def test_help_screen(snap_compare: Any, reference_app: ReaderApp) -> None:
    assert snap_compare(reference_app, terminal_size=(120, 40), run_before=help_open)
