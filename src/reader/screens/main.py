"""The reading screen: the sidebar, the article, the loading worker and reading state.

The screen owns the state (the entries and which one is shown) and talks to the store;
the widgets only render and post messages up.  Files are read in a thread so the first
article is on screen while a large folder is still loading.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Header

from reader.library import Entry, entries_from_library, entries_from_paths
from reader.messages import EntriesLoaded, LoadingFinished
from reader.render.safe import visible
from reader.sources.discover import STDIN, Skipped
from reader.store.config import Config
from reader.store.state import StateStore
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView

BATCH_SECONDS = 0.1
"""How often the worker hands a batch to the UI: often enough to look live, rarely
enough that 10,000 files do not flood the message queue."""
LAST_ARTICLE = "last_article"


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("left_square_bracket", "previous_article", "Prev", id="main.previous"),
        Binding("right_square_bracket", "next_article", "Next", id="main.next"),
        Binding("s", "toggle_sidebar", "Sidebar", id="main.sidebar"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="main.toggle_read"),
        Binding("asterisk", "toggle_star", "Star", show=False, id="main.toggle_star"),
        Binding("delete", "forget", "Remove from library", show=False, id="main.forget"),
    ]

    current: var[int] = var(-1)
    """Index into the entries of the article on show, -1 before the first arrives."""

    def __init__(
        self,
        paths: Sequence[str],
        store: StateStore,
        config: Config,
        *,
        library: bool,
        stdin_data: bytes | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.stdin_data = stdin_data
        self.store = store
        self.config = config
        self.from_library = library
        self.skipped: list[Skipped] = []
        self.exit_report: list[str] = []
        """Printed to standard error once the terminal is restored, when nothing loaded."""
        self.starred_only = False
        self._last_key = store.setting(LAST_ARTICLE)
        self._user_moved = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield ArticleList(id="sidebar")
            yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        sidebar = self.query_one(ArticleList)
        sidebar.display = self.config.sidebar
        self.query_one(ArticleView).set_column_width(self.config.article_width)
        (sidebar if sidebar.display else self.query_one(ArticleView)).focus()
        self.load_entries()

    # Loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_entries(self) -> None:
        batch: list[Entry] = []
        skipped: list[Skipped] = []
        sent_at = 0.0
        for item in self._entries():
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                batch.append(item)
            # The first entry goes alone so it is on screen at once; then in batches.
            if batch and (sent_at == 0.0 or time.monotonic() - sent_at > BATCH_SECONDS):
                self.post_message(EntriesLoaded(self._with_state(batch)))
                batch, sent_at = [], time.monotonic()
        if batch:
            self.post_message(EntriesLoaded(self._with_state(batch)))
        self.post_message(LoadingFinished(skipped))

    def _entries(self) -> Iterator[Entry | Skipped]:
        if self.from_library:
            yield from entries_from_library(self.store.library(self.config.sort))
        else:
            yield from entries_from_paths(self.paths, self.stdin_data)

    def _with_state(self, batch: list[Entry]) -> list[Entry]:
        """Attach saved state, and remember every article opened (worker thread)."""
        states = self.store.get_many(entry.key for entry in batch if entry.key)
        self.store.remember(
            (e.key, e.title, _absolute(e.source))
            for e in batch
            if e.article is not None and not e.source.startswith(STDIN)
        )
        return [entry.with_state(states.get(entry.key)) for entry in batch]

    @property
    def entries(self) -> list[Entry]:
        return self.query_one(ArticleList).entries

    def on_entries_loaded(self, message: EntriesLoaded) -> None:
        article_list = self.query_one(ArticleList)
        start = len(article_list.entries)
        article_list.add_entries(message.entries)
        if self.current < 0:
            article_list.highlight_entry(0)
        if not self._user_moved and self._last_key:
            for offset, entry in enumerate(message.entries):
                if entry.key == self._last_key:
                    article_list.highlight_entry(start + offset)
                    self._last_key = None

    def on_loading_finished(self, message: LoadingFinished) -> None:
        self.skipped = message.skipped
        if not self.entries:
            self.app.exit(2, return_code=2)
            self.exit_report = _nothing_loaded(message.skipped)
            return
        if message.skipped:
            names = ", ".join(visible(s.source) for s in message.skipped[:3])
            more = f" and {len(message.skipped) - 3} more" if len(message.skipped) > 3 else ""
            reasons = "; ".join(f"{visible(s.source)}: {s.reason}" for s in message.skipped[:3])
            self.notify(
                f"Skipped {len(message.skipped)}: {names}{more}\n{reasons}",
                title="Some files could not be opened",
                severity="warning",
                timeout=10,
                markup=False,
            )

    # Showing and moving ---------------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _show_highlighted(self, message: ArticleList.Highlighted) -> None:
        if self.current >= 0 and message.index != self.current:
            self._user_moved = True
        self.current = message.index

    @on(ArticleList.Opened)
    def _read_opened(self, message: ArticleList.Opened) -> None:
        self.current = message.index
        self.query_one(ArticleView).focus()

    def watch_current(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        self.query_one(ArticleView).show(entry)
        self.sub_title = visible(entry.title)
        if entry.article is not None:
            self.store.opened(entry.key)
            self.store.set_setting(LAST_ARTICLE, entry.key)

    def action_previous_article(self) -> None:
        self.query_one(ArticleList).step(-1)

    def action_next_article(self) -> None:
        self.query_one(ArticleList).step(1)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(ArticleList)
        sidebar.display = not sidebar.display
        if not sidebar.display and sidebar.has_focus:
            self.query_one(ArticleView).focus()

    # Reading state ------------------------------------------------------------------------

    @on(ArticleView.Scrolled)
    def _save_position(self, message: ArticleView.Scrolled) -> None:
        index = self.current
        if not 0 <= index < len(self.entries) or self.entries[index].key != message.key:
            return
        entry = self.entries[index]
        progress = max(entry.progress, message.progress)
        self.store.set_position(entry.key, message.position, message.progress)
        updated = replace(entry, position=message.position, progress=progress)
        if message.at_end and not entry.read:
            self.store.set_read(entry.key, True)
            updated = replace(updated, read=True, progress=1.0)
        if updated != entry:
            self.query_one(ArticleList).update_entry(index, updated)

    def _current_entry(self) -> Entry | None:
        if 0 <= self.current < len(self.entries):
            return self.entries[self.current]
        return None

    def action_toggle_read(self) -> None:
        entry = self._current_entry()
        if entry is None or not entry.key:
            return
        self.store.set_read(entry.key, not entry.read)
        progress = 1.0 if not entry.read else entry.progress
        self.query_one(ArticleList).update_entry(
            self.current, replace(entry, read=not entry.read, progress=progress)
        )

    def action_toggle_star(self) -> None:
        entry = self._current_entry()
        if entry is None or not entry.key:
            return
        self.store.set_starred(entry.key, not entry.starred)
        self.query_one(ArticleList).update_entry(
            self.current, replace(entry, starred=not entry.starred)
        )

    def action_forget(self) -> None:
        """Remove the article from the library; the file on disk is never touched."""
        entry = self._current_entry()
        if entry is None:
            return
        if entry.key:
            self.store.forget(entry.key)
        article_list = self.query_one(ArticleList)
        position = article_list.highlighted or 0
        article_list.remove_entry(self.current)
        self.notify(f"Removed from the library: {visible(entry.title)}", markup=False)
        self.current = -1
        if article_list.entry_count:
            article_list.highlighted = min(position, len(article_list.shown) - 1)
            article_list.step(0)
            self.current = (
                article_list.highlighted_entry if article_list.highlighted_entry is not None else -1
            )
        else:
            self.query_one(ArticleView).show(None)

    def show_starred_only(self, starred_only: bool) -> None:
        self.starred_only = starred_only
        article_list = self.query_one(ArticleList)
        article_list.set_filter((lambda entry: entry.starred) if starred_only else None)
        article_list.border_title = "Starred" if starred_only else "Articles"
        if not article_list.entry_count:
            self.notify("No starred articles yet: press * to star the one you are reading.")


def _absolute(source: str) -> str:
    return source if source == "-" else str(Path(source).resolve())


def _nothing_loaded(skipped: Sequence[Skipped]) -> list[str]:
    """The exit report: one line per path, like the command line's errors."""
    lines = ["reader: nothing to show: no article could be loaded"]
    return lines + [f"reader: {visible(s.source)}: {s.reason}" for s in skipped]
