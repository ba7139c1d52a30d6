"""The reading screen: the sidebar, the article, the loading worker and reading state.

The screen owns the state (the entries and which one is shown) and talks to the store;
the widgets only render and post messages up.  Files are read in a thread so the first
article is on screen while a large folder is still loading.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.worker import get_current_worker

from reader.library import Entry, entries_from_library, entries_from_paths, is_small_file
from reader.messages import EntriesLoaded, LoadingFinished
from reader.model import BlockKind
from reader.render.safe import visible
from reader.screens.article_search import ArticleSearch
from reader.screens.contents import ContentsScreen, landmarks
from reader.search import hits_per_text
from reader.sources.discover import STDIN, Skipped
from reader.store.config import MAX_WIDTH, MIN_WIDTH, Config
from reader.store.state import StateStore
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.widgets.search_bar import SearchBar

NARROW_BELOW = 80
WIDE_FROM = 120
COLUMN_STEP = 4
BATCH_SECONDS = 0.1
"""How often the worker hands a batch to the UI: often enough to look live, rarely
enough that 10,000 files do not flood the message queue."""
LAST_ARTICLE = "last_article"


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("left_square_bracket", "previous_article", "Prev", show=False,
                id="main.previous"),
        Binding("right_square_bracket", "next_article", "Next", show=False, id="main.next"),
        Binding("slash", "search", "Search", id="main.search"),
        Binding("t", "contents", "Contents", show=False, id="main.contents"),
        Binding("s", "toggle_sidebar", "Sidebar", id="main.sidebar"),
        Binding("n", "next_match", "Next match", show=False, id="main.next_match"),
        Binding("N", "previous_match", "Previous match", show=False, id="main.previous_match"),
        Binding("right_curly_bracket", "next_section", "Next subheading", show=False,
                id="main.next_section"),
        Binding("left_curly_bracket", "previous_section", "Previous subheading", show=False,
                id="main.previous_section"),
        Binding("plus", "wider", "Wider column", show=False, id="main.wider"),
        Binding("minus", "narrower", "Narrower column", show=False, id="main.narrower"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="main.toggle_read"),
        Binding("asterisk", "toggle_star", "Star", show=False, id="main.toggle_star"),
        Binding("delete", "forget", "Remove from library", show=False, id="main.forget"),
    ]  # fmt: skip
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-medium"), (WIDE_FROM, "-wide")]
    """Below 80 columns the sidebar floats over the article; below 120 it is slimmer."""
    DEFAULT_CSS = """
    MainScreen {
        layers: base overlay;
        & #reading { width: 1fr; height: 1fr; }
        &.-medium #sidebar { width: 28; }
        &.-medium.-sidebar-hidden #sidebar, &.-wide.-sidebar-hidden #sidebar { display: none; }
        &.-narrow #sidebar {
            display: none; layer: overlay; position: absolute; offset: 0 0;
            width: 36; max-width: 90%; height: 100%; background: $surface;
        }
        &.-narrow.-sidebar-open #sidebar { display: block; }
        /* The header's and the footer's rows, kept free until they are mounted. */
        &.-first-frame #body { margin: 1 0; }
    }
    """

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
        self._rest_mounted = False

    def compose(self) -> ComposeResult:
        # The width class now, not on the first resize: set then, it restyles every
        # widget a second time before the first frame.
        width = self.app.size.width
        self.update_classes(
            {name: name == _breakpoint(width) for _, name in self.HORIZONTAL_BREAKPOINTS},
            update=False,
        )
        # The first frame holds the list and the article; the header, the footer and the
        # search field follow right after it (`_mount_the_rest`), in rows kept free.
        self.add_class("-first-frame", update=False)
        with Horizontal(id="body"):
            yield ArticleList(id="sidebar")
            with Vertical(id="reading"):
                yield ArticleView(id="article")
                yield StatusLine(id="status")

    def on_mount(self) -> None:
        self.column_width = self.config.article_width
        self.query_one(ArticleView).set_column_width(self.column_width)
        self.set_class(not self.config.sidebar, "-sidebar-hidden")
        self.search = ArticleSearch(self.query_one(ArticleView), self.query_one(StatusLine))
        self.filter_query = ""
        self.call_after_refresh(self._focus_start)
        self.call_after_refresh(self._mount_the_rest)
        entries = self._entries()
        first, skipped = self._first_entry_now(entries)
        if first:
            self.on_entries_loaded(EntriesLoaded(self._with_state(first)))
        self.load_entries(entries, skipped, first_sent=bool(first))

    async def _mount_the_rest(self) -> None:
        """Mount what the first frame does without: the footer alone has a widget per
        key, and styling them all delayed the article by tens of milliseconds (and so
        did importing the text field before anyone searches).  They appear together,
        in the rows kept for them, so nothing on screen moves."""
        if self._rest_mounted or not self.is_attached:
            return  # mounted already, or the app is closing before it drew a frame
        self._rest_mounted = True
        from textual.widgets import Footer, Header

        from reader.widgets.search_bar import SearchBar

        footer = Footer(compact=True, show_command_palette=_wide_enough(self.size.width))
        with self.app.batch_update():
            await self.mount(Header(), before=0)
            await self.query_one("#reading").mount(SearchBar(id="search"), before="#status")
            await self.mount(footer)
            self.remove_class("-first-frame")
        self.refresh_bindings()  # a footer shows its keys once told the bindings are set

    def _search_bar(self) -> SearchBar:
        from reader.widgets.search_bar import SearchBar

        return self.query_one("#search", SearchBar)

    def _focus_start(self) -> None:
        """Focus the sidebar (or the article) once the screen is drawn, unless a key
        typed during start-up (Tab, a click) has already chosen where focus goes."""
        if self.focused is not None:
            return
        sidebar = self.query_one(ArticleList)
        (sidebar if self._sidebar_visible else self.query_one(ArticleView)).focus()

    @property
    def _sidebar_visible(self) -> bool:
        if self.has_class("-narrow"):
            return self.has_class("-sidebar-open")
        return not self.has_class("-sidebar-hidden")

    # Loading ------------------------------------------------------------------------

    def _first_entry_now(
        self, entries: Iterator[Entry | Skipped]
    ) -> tuple[list[Entry], list[Skipped]]:
        """Load the first article before the first frame when it is a small file, so
        the screen opens with the article instead of drawing twice (an empty frame, then
        the article once the worker thread got going: 0.1 s more at every start).  A large
        file or a folder goes to the worker, and the screen is up while it loads."""
        first_path = self.paths[0] if self.paths and not self.from_library else None
        if first_path is None or not is_small_file(first_path, self.stdin_data):
            return [], []
        item = next(entries, None)
        if item is None:
            return [], []
        return ([], [item]) if isinstance(item, Skipped) else ([item], [])

    @work(thread=True, exclusive=True, group="load")
    def load_entries(
        self, entries: Iterator[Entry | Skipped], skipped: list[Skipped], *, first_sent: bool
    ) -> None:
        """Load the rest of `entries` in a thread, posting them in batches."""
        batch: list[Entry] = []
        sent_at = time.monotonic() if first_sent else 0.0
        for item in entries:
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
        self._show_position()
        # Loaded articles live until the app ends: freezing them spares every later
        # garbage collection from walking 10,000 articles' worth of objects (pauses of
        # over 100 ms in the middle of keypresses otherwise).
        gc.freeze()
        if self.current < 0:
            article_list.highlight_entry(0)
            # Shown now rather than when the list's Highlighted message comes back: the
            # frame being drawn then already holds the article (one frame sooner).
            self.current = 0
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
                f"Skipped {len(message.skipped)}: {names}{more}\n{reasons}\n"
                "The whole list: Ctrl+P, Show skipped files",
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
        if message.index == self.current and self.filter_query:
            self.search.run(self.filter_query)  # already on show: mark it all the same
        self.current = message.index
        self.remove_class("-sidebar-open")
        self.query_one(ArticleView).focus()

    def watch_current(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        view = self.query_one(ArticleView)
        view.show(entry)
        self.sub_title = visible(entry.title)
        self._show_position()
        if self.filter_query:
            # Opened from a filtered list: show where the words are.
            self.call_after_refresh(self.search.run, self.filter_query)
        elif self.search.active:
            self.call_after_refresh(self.search.refresh)
        if entry.article is not None:
            self.store.opened(entry.key)
            self.store.set_setting(LAST_ARTICLE, entry.key)

    def _show_position(self) -> None:
        article_list = self.query_one(ArticleList)
        listed = [index for index in article_list.shown if index is not None]
        number = listed.index(self.current) + 1 if self.current in listed else 0
        self.query_one(StatusLine).set_position(number, len(listed))

    def action_previous_article(self) -> None:
        self.query_one(ArticleList).step(-1)

    def action_next_article(self) -> None:
        self.query_one(ArticleList).step(1)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(ArticleList)
        if self.has_class("-narrow"):
            self.toggle_class("-sidebar-open")
        else:
            self.toggle_class("-sidebar-hidden")
        if self._sidebar_visible and self.has_class("-narrow"):
            sidebar.focus()  # the overlay opens to choose an article
        elif not self._sidebar_visible and (sidebar.has_focus or self.focused is None):
            self.query_one(ArticleView).focus()

    # Search -------------------------------------------------------------------------------

    async def action_search(self) -> None:
        """`/` filters the list from the sidebar and searches the article elsewhere."""
        await self._mount_the_rest()  # a "/" typed before the first frame was drawn
        bar = self._search_bar()
        if self.query_one(ArticleList).has_focus:
            bar.open("list", self.filter_query)
        else:
            bar.open("article", self.search.query)

    def on_input_changed(self, event: SearchBar.Changed) -> None:
        """The search field (the screen's only text field) changed: search as you type."""
        bar = self._search_bar()
        if bar.scope == "article":
            self.search.run(event.value)
        else:
            self.filter_list(event.value)

    def on_input_submitted(self) -> None:
        """Enter in the search field keeps the result and goes back to reading."""
        bar = self._search_bar()
        bar.close()
        target = self.query_one(ArticleList if bar.scope == "list" else ArticleView)
        target.focus()

    def on_search_bar_cancelled(self, message: SearchBar.Cancelled) -> None:
        if message.scope == "article":
            self.search.clear()
            self.query_one(ArticleView).focus()
        else:
            self.filter_list("")
            self.search.clear()
            self.query_one(ArticleList).focus()

    def action_next_match(self) -> None:
        self.search.step(1)

    def action_previous_match(self) -> None:
        self.search.step(-1)

    def filter_list(self, query: str) -> None:
        self.filter_query = query.strip()
        if not self.filter_query:
            self._apply_filter("", {})
            return
        self._count_hits(self.filter_query, [entry.folded for entry in self.entries])

    @work(thread=True, exclusive=True, group="filter")
    def _count_hits(self, query: str, texts: list[str]) -> None:
        """Count matches in every article off the UI thread; a newer query cancels this."""
        worker = get_current_worker()
        hits = hits_per_text(query, texts, lambda: worker.is_cancelled)
        if hits is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._apply_filter, query, hits)

    def _apply_filter(self, query: str, hits: dict[int, int]) -> None:
        if query != self.filter_query:
            return  # a newer query is on its way
        self._refilter(hits)
        listed = self.query_one(ArticleList).entry_count
        self.query_one(StatusLine).set_filter(query, listed)
        if query and self.current in hits:
            self.search.run(query)  # the article on show follows the whole query

    def _refilter(self, hits: dict[int, int] | None = None) -> None:
        """Apply the starred switch and the text filter together."""
        article_list = self.query_one(ArticleList)
        texts = hits if self.filter_query else None
        starred = self.starred_only

        def keep(index: int, entry: Entry) -> bool:
            return (texts is None or index in texts) and (not starred or entry.starred)

        filtered = texts is not None or starred
        article_list.set_filter(keep if filtered else None, texts)
        self._show_position()

    # Contents and sections ----------------------------------------------------------------

    def action_contents(self) -> None:
        view = self.query_one(ArticleView)
        if view.article is None or not landmarks(view.article):
            self.notify("This article has no headings, quotes or captions to list.")
            return
        self.app.push_screen(ContentsScreen(view.article, view.top_block), self._jump)

    def _jump(self, block: int | None) -> None:
        view = self.query_one(ArticleView)
        if block is not None and block < 0:
            view.scroll_home(animate=False)  # the title heading an article without headline
        elif block is not None:
            view.scroll_to_block(block)
        view.focus()

    def on_resize(self, event: events.Resize) -> None:
        for footer in self.query("Footer"):
            footer.show_command_palette = _wide_enough(event.size.width)  # type: ignore[attr-defined]
        self.call_after_refresh(self._keep_focus_visible)

    def _keep_focus_visible(self) -> None:
        """Shrinking below 80 columns hides the sidebar: its focus goes to the article."""
        sidebar = self.query_one(ArticleList)
        if not self._sidebar_visible and (sidebar.has_focus or self.focused is None):
            self.query_one(ArticleView).focus()

    def action_next_section(self) -> None:
        self._section(1)

    def action_previous_section(self) -> None:
        self._section(-1)

    def _section(self, direction: int) -> None:
        view = self.query_one(ArticleView)
        if view.article is None:
            return
        top = view.top_block
        headings = [
            index
            for index, block in enumerate(view.article.blocks)
            if block.kind is BlockKind.SUBHEADING
        ]
        ahead = (
            [i for i in headings if i > top] if direction > 0 else [i for i in headings if i < top]
        )
        if ahead:
            view.scroll_to_block(ahead[0] if direction > 0 else ahead[-1])
        elif direction < 0:
            view.scroll_home(animate=False)

    # Reading comfort ------------------------------------------------------------------

    def action_wider(self) -> None:
        self._set_width(self.column_width + COLUMN_STEP)

    def action_narrower(self) -> None:
        self._set_width(self.column_width - COLUMN_STEP)

    def _set_width(self, width: int) -> None:
        self.column_width = min(max(width, MIN_WIDTH), MAX_WIDTH)
        self.query_one(ArticleView).set_column_width(self.column_width)
        self.notify(f"Column width {self.column_width}", timeout=1.5)

    # Reading state ------------------------------------------------------------------------

    @on(ArticleView.Scrolled)
    def _save_position(self, message: ArticleView.Scrolled) -> None:
        index = self.current
        if not 0 <= index < len(self.entries) or self.entries[index].key != message.key:
            return
        self.query_one(StatusLine).set_progress(message.progress)
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
        self._refilter(article_list.hits if self.filter_query else None)
        article_list.border_title = "Starred" if starred_only else "Articles"
        if not article_list.entry_count:
            self.notify("No starred articles yet: press * to star the one you are reading.")


def _absolute(source: str) -> str:
    return source if source == "-" else str(Path(source).resolve())


def _wide_enough(width: int) -> bool:
    """Narrow terminals keep the footer to the essential keys (? lists them all)."""
    return width >= NARROW_BELOW


def _breakpoint(width: int) -> str:
    """The HORIZONTAL_BREAKPOINTS class Textual gives a screen `width` columns wide."""
    return max(
        (step for step in MainScreen.HORIZONTAL_BREAKPOINTS if width >= step[0]),
        default=MainScreen.HORIZONTAL_BREAKPOINTS[0],
    )[1]


def _nothing_loaded(skipped: Sequence[Skipped]) -> list[str]:
    """The exit report: one line per path, like the command line's errors."""
    lines = ["reader: nothing to show: no article could be loaded"]
    return lines + [f"reader: {visible(s.source)}: {s.reason}" for s in skipped]
