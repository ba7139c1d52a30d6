"""How search marks, the contents panel and small terminals look (SVG snapshots).

Regenerate after an intended change with
`pytest tests/snapshots/test_reading_snapshots.py --snapshot-update`, then look at the
SVG files in __snapshots__/test_reading_snapshots before committing them.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.app import ReaderApp, make_app
from reader.cli import Options
from reader.screens.contents import ContentsScreen
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine
from tests.conftest import REFERENCE, ROOT
from tests.ui.helpers import wait_for, wait_until_loaded

RELATIVE_REFERENCE = str(REFERENCE.relative_to(ROOT))
TIMEOUT = 30.0
"""Generous: the machine running the tests may be busy with other work."""


@pytest.fixture
def reference_app(monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    """The reference article, named relative to the project so no host path is shown."""
    monkeypatch.chdir(ROOT)
    return make_app(Options(paths=(RELATIVE_REFERENCE,)))


def status(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one(StatusLine).render())


async def settled(pilot: Pilot[Any]) -> None:
    """Loaded, with the reading progress on the status line (it is reported after a scroll
    comes to rest, so waiting for it keeps the picture the same from run to run)."""
    await wait_until_loaded(pilot, timeout=TIMEOUT)
    await wait_for(pilot, lambda: re.search(r"\d+%", status(pilot)), "progress", TIMEOUT)


async def focus_article(pilot: Pilot[Any]) -> None:
    view = pilot.app.screen.query_one(ArticleView)
    if pilot.app.focused is not view:
        await pilot.press("tab")
    assert pilot.app.focused is view


async def search_marks(pilot: Pilot[Any]) -> None:
    screen = await wait_until_loaded(pilot, timeout=TIMEOUT)
    await focus_article(pilot)
    await pilot.press("slash", "z", "e", "l", "enter")
    await wait_for(pilot, lambda: status(pilot).endswith("/zel 1/6"), "six matches", TIMEOUT)
    # The first match is near the end: scrolling there marks the article read (after a
    # short pause), which changes the sidebar; wait for it so every run looks the same.
    await wait_for(pilot, lambda: screen.entries[screen.current].read, "marked read", TIMEOUT)
    await wait_for(pilot, lambda: "100%" in status(pilot), "progress", TIMEOUT)


async def contents_open(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    await focus_article(pilot)
    await pilot.press("t")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ContentsScreen), "contents", TIMEOUT)


async def overlay_open(pilot: Pilot[Any]) -> None:
    await settled(pilot)
    await pilot.press("s")
    sidebar = pilot.app.screen.query_one(ArticleList)
    await wait_for(pilot, lambda: sidebar.display and sidebar.region.width, "overlay", TIMEOUT)


def test_search_marks(snap_compare: Any, reference_app: ReaderApp) -> None:
    """'/zel' and Enter: six marks, the first one current, “/zel 1/6” on the status line."""
    assert snap_compare(reference_app, terminal_size=(120, 40), run_before=search_marks)


def test_contents_panel(snap_compare: Any, reference_app: ReaderApp) -> None:
    assert snap_compare(reference_app, terminal_size=(120, 40), run_before=contents_open)


@pytest.mark.parametrize(
    "size", [(40, 15), (70, 24), (80, 24)], ids=lambda s: "x".join(map(str, s))
)
def test_reference_article_small(
    snap_compare: Any, reference_app: ReaderApp, size: tuple[int, int]
) -> None:
    """Below 80 columns the sidebar is a closed overlay; at 80 it sits beside the article."""
    assert snap_compare(reference_app, terminal_size=size, run_before=settled)


def test_sidebar_overlay_open_40x15(snap_compare: Any, reference_app: ReaderApp) -> None:
    assert snap_compare(reference_app, terminal_size=(40, 15), run_before=overlay_open)
