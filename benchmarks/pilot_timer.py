"""Timing reader from inside, with Textual's Pilot: loading, keys and repaints.

Keys are sent the way a terminal sends them (through the driver), not with
`pilot.press`: `press` waits for the process to go idle after every key (at least 40 ms,
and up to 2 s while the loading thread keeps a core busy), which would be measured
instead of the app.  Two clocks read the app itself:

- a watcher on `MainScreen.current` fires when the screen has switched articles;
- a hook on `App._display` fires each time the compositor hands a frame to the
  terminal (headless: the frame is computed, then dropped), so "painted" means the
  first frame in which the new article is on screen.

Each run gets its own empty config, data and cache folders, like a first start.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import events

from reader.app import ReaderApp, make_app
from reader.cli import Options
from reader.screens.main import MainScreen
from reader.widgets.article_view import ArticleView

SIZE = (120, 40)
KEYS = {
    "down": events.Key("down", None),
    "]": events.Key("right_square_bracket", "]"),
    "[": events.Key("left_square_bracket", "["),
}
KEY_TIMEOUT = 10.0


class PilotError(RuntimeError):
    """The app did not reach the awaited state in time."""


@contextlib.contextmanager
def isolated_state() -> Iterator[Path]:
    """Point READER_CONFIG/DATA/CACHE_DIR at fresh folders for the duration."""
    names = [f"READER_{name}_DIR" for name in ("CONFIG", "DATA", "CACHE")]
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="rbench-state-") as folder:
        for name in names:
            os.environ[name] = str(Path(folder, name.split("_")[1].lower()))
        try:
            yield Path(folder)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


class PaintClock:
    """Records when frames are painted, and whether `probe()` held in each."""

    def __init__(self, app: ReaderApp, probe: Callable[[], bool]) -> None:
        self.app = app
        self.probe = probe
        self.painted: asyncio.Event = asyncio.Event()
        self.painted_at = 0.0
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            drawn = renderable is not None and not app._batch_count
            if drawn and not self.painted.is_set() and self.probe():
                self.painted_at = time.perf_counter()
                self.painted.set()

        app._display = display  # type: ignore[method-assign]

    def arm(self, probe: Callable[[], bool]) -> None:
        self.probe = probe
        self.painted.clear()


class CurrentClock:
    """Records when `MainScreen.current` changes."""

    def __init__(self, screen: MainScreen) -> None:
        self.changed: asyncio.Event = asyncio.Event()
        self.changed_at = 0.0
        screen.watch(screen, "current", self._on_change, init=False)

    def _on_change(self) -> None:
        self.changed_at = time.perf_counter()
        self.changed.set()


def send_key(app: ReaderApp, key: str) -> float:
    """Send `key` as the terminal would; returns the time it was sent."""
    assert app._driver is not None, "the app is not running"
    sent = time.perf_counter()
    app._driver.send_message(KEYS[key])
    return sent


async def _wait(event: asyncio.Event, what: str, timeout: float = KEY_TIMEOUT) -> None:
    try:
        await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        raise PilotError(f"{what} did not happen within {timeout:.0f}s") from None


async def _until(app: ReaderApp, condition: Callable[[], bool], what: str, timeout: float) -> float:
    """Poll `condition` every few ms; returns the time it first held."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if not app.is_running:
            raise PilotError(f"the app stopped before {what}")
        if time.perf_counter() > deadline:
            raise PilotError(f"{what} did not happen within {timeout:.0f}s")
        await asyncio.sleep(0.002)
    return time.perf_counter()


def _loading(app: ReaderApp) -> bool:
    return any(w.group == "load" and not w.is_finished for w in app.workers)


def _main_screen(app: ReaderApp) -> MainScreen:
    screen = app.screen
    if not isinstance(screen, MainScreen):
        raise PilotError(f"expected the reading screen, got {screen!r}")
    return screen


# Loading a folder ----------------------------------------------------------------------


@dataclass
class Listing:
    first_article: float
    all_listed: float


async def time_listing(folder: Path, total: int, timeout: float) -> Listing:
    """Seconds from starting the app until the first article is shown and until all
    `total` entries are listed."""
    with isolated_state():
        started = time.perf_counter()
        app = make_app(Options(paths=(str(folder),)))
        async with app.run_test(size=SIZE):
            screen = _main_screen(app)
            first = await _until(app, lambda: screen.current >= 0, "the first article", timeout)
            listed = await _until(
                app, lambda: len(screen.entries) >= total, f"{total} entries listed", timeout
            )
            if len(screen.entries) != total:
                raise PilotError(f"expected {total} entries, got {len(screen.entries)}")
    return Listing(first - started, listed - started)


@dataclass
class KeyRun:
    while_loading: list[float] = field(default_factory=list)
    """Seconds from key to `current` changing, for keys pressed while entries arrived."""
    while_loading_painted: list[float] = field(default_factory=list)
    idle: list[float] = field(default_factory=list)
    """The same once everything is listed: the reference."""
    listed_at_keys: list[int] = field(default_factory=list)


async def time_sidebar_keys(
    folder: Path, total: int, presses: int, gap: float, timeout: float
) -> KeyRun:
    """Press down every `gap` seconds while the folder loads, then `presses` more once
    it has loaded; time each from the key until the screen shows the next entry."""
    run = KeyRun()
    with isolated_state():
        app = make_app(Options(paths=(str(folder),)))
        async with app.run_test(size=SIZE) as pilot:
            screen = _main_screen(app)
            await _until(app, lambda: screen.current >= 0, "the first article", timeout)
            await _until(app, lambda: app.focused is not None, "focus in the sidebar", timeout)
            clock = CurrentClock(screen)
            paint = PaintClock(app, lambda: False)
            while _loading(app) and len(run.while_loading) < presses:
                changed, painted = await _press_down(app, screen, clock, paint)
                if not _loading(app):
                    break  # the list filled up during this key: it no longer counts
                run.while_loading.append(changed)
                run.while_loading_painted.append(painted)
                run.listed_at_keys.append(len(screen.entries))
                await asyncio.sleep(gap)
            await _until(app, lambda: len(screen.entries) >= total, "all entries listed", timeout)
            await _until(app, lambda: not _loading(app), "loading finished", timeout)
            await pilot.pause()
            for _ in range(presses):
                changed, _painted = await _press_down(app, screen, clock, paint)
                run.idle.append(changed)
                await asyncio.sleep(gap)
    return run


async def _press_down(
    app: ReaderApp, screen: MainScreen, clock: CurrentClock, paint: PaintClock
) -> tuple[float, float]:
    before = screen.current
    await _until(app, lambda: len(screen.entries) > before + 1, "an entry below", KEY_TIMEOUT)
    clock.changed.clear()
    paint.arm(lambda: screen.current != before)
    sent = send_key(app, "down")
    await _wait(clock.changed, "the next entry after a key")
    await _wait(paint.painted, "a frame with the next entry")
    return clock.changed_at - sent, paint.painted_at - sent


# Switching articles ---------------------------------------------------------------------


@dataclass
class SwitchRun:
    painted: list[float] = field(default_factory=list)
    """Seconds from key to the first frame showing the other article."""
    shown_then_paused: list[float] = field(default_factory=list)
    """Seconds from key to the other article shown and `await pilot.pause()` returned."""
    pause_alone: list[float] = field(default_factory=list)
    """`await pilot.pause()` with nothing to do: what the method above adds by itself."""


async def time_switching(first: Path, second: Path, switches: int, timeout: float) -> SwitchRun:
    """Alternate "]" and "[" between two long articles."""
    run = SwitchRun()
    with isolated_state():
        app = make_app(Options(paths=(str(first), str(second))))
        async with app.run_test(size=SIZE) as pilot:
            screen = _main_screen(app)
            view = screen.query_one(ArticleView)
            await _until(
                app,
                lambda: len(screen.entries) == 2 and not _loading(app) and screen.current >= 0,
                "both articles loaded",
                timeout,
            )
            await pilot.pause()
            await pilot.pause()
            paint = PaintClock(app, lambda: False)
            for number in range(switches):
                key = "]" if screen.current == 0 else "["
                target = screen.entries[1 - screen.current].article
                if target is None:
                    raise PilotError("a long article did not load")
                paint.arm(lambda target=target: view.article is target)
                sent = send_key(app, key)
                await _wait(paint.painted, f"switch {number + 1} painted")
                run.painted.append(paint.painted_at - sent)
                await pilot.pause()
                run.shown_then_paused.append(time.perf_counter() - sent)
                await asyncio.sleep(0.05)
            for _ in range(switches):
                started = time.perf_counter()
                await pilot.pause()
                run.pause_alone.append(time.perf_counter() - started)
    return run
