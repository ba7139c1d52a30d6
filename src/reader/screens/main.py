"""The reading screen: sidebar of articles, the article, and the loading worker.

The screen owns the state (the entries and which one is shown); the widgets only render
it and post messages up.  Files are read in a thread so the first article is on screen
while a large folder is still loading.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Header

from reader.library import Entry
from reader.messages import EntriesLoaded, LoadingFinished
from reader.model import Article
from reader.render.safe import visible
from reader.sources.discover import Skipped
from reader.sources.load import Failed, load_all
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView

BATCH_SECONDS = 0.1
"""How often the worker hands a batch to the UI: often enough to look live, rarely
enough that 10,000 files do not flood the message queue."""


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("left_square_bracket", "previous_article", "Prev", id="main.previous"),
        Binding("right_square_bracket", "next_article", "Next", id="main.next"),
        Binding("s", "toggle_sidebar", "Sidebar", id="main.sidebar"),
    ]

    current: var[int] = var(-1)
    """Index of the entry on show, -1 before the first arrives."""

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self.paths = list(paths)
        self.skipped: list[Skipped] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield ArticleList(id="sidebar")
            yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()
        self.load_entries()

    @work(thread=True, exclusive=True, group="load")
    def load_entries(self) -> None:
        batch: list[Entry] = []
        skipped: list[Skipped] = []
        sent_at = 0.0
        for item in load_all(self.paths):
            if isinstance(item, Article):
                batch.append(Entry(item.source, article=item))
            elif isinstance(item, Failed):
                batch.append(Entry(item.source, error=item.reason))
            else:
                skipped.append(item)
            # The first entry goes alone so it is on screen at once; then in batches.
            if batch and (sent_at == 0.0 or time.monotonic() - sent_at > BATCH_SECONDS):
                self.post_message(EntriesLoaded(batch))
                batch, sent_at = [], time.monotonic()
        if batch:
            self.post_message(EntriesLoaded(batch))
        self.post_message(LoadingFinished(skipped))

    @property
    def entries(self) -> list[Entry]:
        return self.query_one(ArticleList).entries

    def on_entries_loaded(self, message: EntriesLoaded) -> None:
        article_list = self.query_one(ArticleList)
        article_list.add_entries(message.entries)
        if self.current < 0:
            article_list.highlighted = 0

    def on_loading_finished(self, message: LoadingFinished) -> None:
        self.skipped = message.skipped
        if not self.entries:
            self.app.exit(2, message=_nothing_loaded(message.skipped))
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

    @on(ArticleList.Highlighted)
    def _show_highlighted(self, message: ArticleList.Highlighted) -> None:
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

    def _move(self, step: int) -> None:
        article_list = self.query_one(ArticleList)
        if not self.entries:
            return
        target = min(max(self.current + step, 0), len(self.entries) - 1)
        article_list.highlighted = target

    def action_previous_article(self) -> None:
        self._move(-1)

    def action_next_article(self) -> None:
        self._move(1)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(ArticleList)
        sidebar.display = not sidebar.display
        if not sidebar.display and sidebar.has_focus:
            self.query_one(ArticleView).focus()


def _nothing_loaded(skipped: Sequence[Skipped]) -> str:
    lines = ["reader: nothing to show: no article could be loaded"]
    lines += [f"reader: {visible(s.source)}: {s.reason}" for s in skipped]
    return "\n".join(lines)
