"""Helpers shared by the Pilot tests and the snapshot tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from reader.screens.main import MainScreen

LOAD_TIMEOUT = 10.0


def _loading(pilot: Pilot[Any]) -> bool:
    """True while the screen's file-loading worker (group "load") has not finished."""
    return any(worker.group == "load" and not worker.is_finished for worker in pilot.app.workers)


async def wait_until_loaded(pilot: Pilot[Any], timeout: float = LOAD_TIMEOUT) -> MainScreen:
    """Wait until every file is loaded, LoadingFinished is handled and an article is on show.

    The worker posts its last EntriesLoaded and then LoadingFinished before it finishes, so
    once it has finished, one more `pilot.pause()` (which drains the screen's message queue)
    means both have been handled.
    """
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen), f"expected the reading screen, got {screen!r}"
    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        if not _loading(pilot) and screen.entries and screen.current >= 0:
            await pilot.pause()
            return screen
        if time.monotonic() > deadline:
            raise AssertionError(
                f"loading did not finish within {timeout}s: "
                f"{len(screen.entries)} entries, current={screen.current}"
            )


async def wait_until_exited(pilot: Pilot[Any], timeout: float = LOAD_TIMEOUT) -> None:
    """Wait until the app has stopped running (for example after it exits by itself)."""
    deadline = time.monotonic() + timeout
    while pilot.app.is_running:
        if time.monotonic() > deadline:
            raise AssertionError(f"the app was still running after {timeout}s")
        await pilot.pause()


async def wait_for(
    pilot: Pilot[Any], condition: Callable[[], object], what: str, timeout: float = LOAD_TIMEOUT
) -> None:
    """Let the app run until `condition()` holds (timers, workers and messages included)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s")
        await pilot.pause(0.02)


def rendered_text(widget: Widget) -> str:
    """The text a widget draws on screen, line by line, as the terminal would get it."""
    width, height = widget.size
    strips = widget.render_lines(Region(0, 0, width, height))
    return "\n".join("".join(segment.text for segment in strip).rstrip() for strip in strips)
