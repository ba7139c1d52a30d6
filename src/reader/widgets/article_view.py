"""The article, typeset: one widget per block so CSS and the theme style each kind.

Text reaches widgets only as `Content` built from `visible()` strings, never as markup,
so an article can neither style itself nor send escape sequences to the terminal.  The
reading position is the index of the block at the top, which survives a different
terminal size, and is reported (debounced) as the reader scrolls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widget import AwaitMount, Widget
from textual.widgets import Static

from reader.library import Entry
from reader.model import Article, Block, BlockKind
from reader.model.captions import caption_body
from reader.render.console import article_summary
from reader.render.safe import visible
from reader.search import find_spans

K = BlockKind
_NUMBERED = re.compile(r"^\d+[.)] ")
REPORT_DELAY = 0.15
"""Seconds of stillness before a scroll is reported: one save per pause, not per line."""


MATCH_STYLE = "on $warning-muted"
CURRENT_MATCH_STYLE = "bold reverse"
INLINE_QUOTE_STYLE = "italic"
_INLINE_QUOTE = re.compile(r"«[^»]{1,400}»|“[^”]{1,400}”|„[^“”]{1,400}[“”]|\"[^\"]{1,400}\"")
"""A quotation inside a paragraph: «…», “…”, „…“ or "…"."""


class BlockView(Static):
    """One block of an article; its kind is its CSS class (`-quote`, `-caption`, ...).

    A caption's label and credit sit in its frame; search marks matches in all three.
    """

    def __init__(self, block: Block, index: int) -> None:
        self.body = _content(block)
        super().__init__(self.body, classes=f"block -{block.kind.value}")
        self.block = block
        self.index = index
        self.label = Content(visible(block.label)) if block.label else None
        self.credit = Content(visible(block.credit)) if block.credit else None
        self.border_title = self.label
        self.border_subtitle = self.credit
        self.match_count = 0

    def mark(self, pattern: re.Pattern[str] | None, current: int = -1) -> int:
        """Mark every match of `pattern` (the `current`-th strongest); returns how many."""
        count = 0
        parts: list[Content | None] = []
        for part in (self.label, self.body, self.credit):
            if part is None or pattern is None:
                parts.append(part)
                continue
            marked = part
            for start, end in find_spans(pattern, part.plain):
                style = CURRENT_MATCH_STYLE if count == current else MATCH_STYLE
                marked = marked.stylize(style, start, end)
                count += 1
            parts.append(marked)
        label, body, credit = parts
        self.border_title, self.border_subtitle = label, credit
        self.update(body or "")
        self.match_count = count
        return count


def _content(block: Block) -> Content:
    text = visible(block.text)
    if block.kind is K.CAPTION:
        return Content(visible(caption_body(block.text)))
    if block.kind is K.QUOTE and block.speaker:
        return Content.assemble(text, "\n", (f"— {visible(block.speaker)}", "$foreground-muted"))
    if block.kind is K.LIST_ITEM and not _NUMBERED.match(text):
        return Content.assemble(("• ", "$accent"), text)
    if block.kind in (K.PARAGRAPH, K.LEAD):
        content = Content(text)
        for match in _INLINE_QUOTE.finditer(text):
            content = content.stylize(INLINE_QUOTE_STYLE, *match.span())
        return content
    return Content(text)


class ArticleView(VerticalScroll, can_focus=True):
    """Scrolls the article column; keys follow less and vim."""

    BINDINGS = [
        Binding("j", "scroll_down", "Line down", show=False, id="article.line_down"),
        Binding("k", "scroll_up", "Line up", show=False, id="article.line_up"),
        Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]
    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        align-horizontal: center;
        padding: 0 2;
        scrollbar-size-vertical: 1;
        & > #column { width: 100%; max-width: 80; height: auto; }
        & .block { width: 100%; margin: 0 0 1 0; }
        & .-headline { color: $accent; text-style: bold; margin: 1 0 0 0; }
        & .-title { color: $accent; text-style: bold; margin: 1 0 0 0; }
        & .-summary {
            color: $text-muted; margin: 0 0 1 0;
            border-bottom: solid $foreground 20%;
        }
        & .-lead { text-style: bold; margin: 1 0 1 0; }
        & .-subheading { text-style: bold; margin: 1 0 1 0; color: $text; }
        & .-quote {
            border-left: outer $accent; padding: 0 0 0 1; text-style: italic;
            background: $boost;
        }
        & .-caption {
            border: round $foreground 30%; padding: 0 1;
            border-title-color: $text; border-title-style: bold;
            border-subtitle-color: $text-muted; border-subtitle-align: right;
            color: $text-muted;
        }
        & .-byline, & .-meta { color: $text-muted; margin: 0; }
        & .-list_item { margin: 0 0 0 2; }
        & .-code { background: $boost; padding: 0 1; color: $text; }
        & .-boilerplate { color: $text-disabled; }
        & .-error { color: $text-error; margin: 1 0; }
        & .-empty { color: $text-muted; margin: 1 0; text-align: center; width: 100%; }
    }
    """

    @dataclass
    class Scrolled(Message):
        """Where the reader is in an article: block at the top, share read, end reached."""

        key: str
        position: int
        progress: float
        at_end: bool

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self._report_timer: Timer | None = None
        self._restoring = False

    def compose(self) -> ComposeResult:
        yield Vertical(Static("Loading articles…", classes="-empty"), id="column")

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self._scrolled, init=False)

    def set_column_width(self, width: int) -> None:
        self.query_one("#column").styles.max_width = width

    def show(self, entry: Entry | None) -> None:
        """Replace the column with `entry`, at its saved reading position."""
        self.article = entry.article if entry else None
        column = self.query_one("#column", Vertical)
        with self.app.batch_update():
            column.remove_children()
            mounted = column.mount_all(_widgets(entry))
            self.scroll_home(animate=False, immediate=True)
        self._restoring = True
        position = entry.position if entry and not entry.read else 0
        self.call_later(self._restore_when_laid_out, mounted, position)

    async def _restore_when_laid_out(self, mounted: AwaitMount, position: int) -> None:
        """Restore (and report) only once the new blocks are mounted and laid out, so the
        progress reported is this article's, not the one before."""
        await mounted
        self.call_after_refresh(self._restore, position)

    def _restore(self, position: int) -> None:
        target = next((w for w in self.query(BlockView) if w.index == position), None)
        if target is not None and position > 0:
            self.scroll_to(y=self._top_of(target), animate=False, immediate=True)
        self._restoring = False
        self._report()

    def _top_of(self, widget: Widget) -> int:
        column = self.query_one("#column")
        return column.virtual_region.y + widget.virtual_region.y

    @property
    def top_block(self) -> int:
        """Index of the first block whose bottom is below the top of the view."""
        column = self.query_one("#column")
        for widget in self.query(BlockView):
            bottom = column.virtual_region.y + widget.virtual_region.bottom
            if bottom > self.scroll_y:
                return widget.index
        return 0

    @property
    def blocks(self) -> list[BlockView]:
        return list(self.query(BlockView))

    def scroll_to_block(self, index: int, *, animate: bool = False) -> None:
        target = next((w for w in self.query(BlockView) if w.index == index), None)
        if target is not None:
            self.scroll_to(y=self._top_of(target), animate=animate)

    def mark(self, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
        """Mark matches in every block; returns (block index, match number in block)."""
        matches: list[tuple[int, int]] = []
        for view in self.query(BlockView):
            count = view.mark(pattern)
            matches.extend((view.index, number) for number in range(count))
        return matches

    def mark_block(self, index: int, pattern: re.Pattern[str], current: int = -1) -> None:
        """Re-mark one block, with its `current`-th match the strong one (-1: none)."""
        for view in self.query(BlockView):
            if view.index == index:
                view.mark(pattern, current)

    def _scrolled(self) -> None:
        if self._restoring or self.article is None:
            return
        if self._report_timer is not None:
            self._report_timer.stop()
        self._report_timer = self.set_timer(REPORT_DELAY, self._report)

    def _report(self) -> None:
        if self.article is None or not self.article.key:
            return
        height = max(1, self.virtual_size.height)
        seen = min(1.0, (self.scroll_y + self.scrollable_content_region.height) / height)
        at_end = self.scroll_y >= self.max_scroll_y - 1
        self.post_message(self.Scrolled(self.article.key, self.top_block, seen, at_end))


def _widgets(entry: Entry | None) -> list[Widget]:
    if entry is None:
        return [Static("No article selected.", classes="-empty")]
    if entry.article is None:
        message = f"{entry.source} could not be read: {entry.error}"
        return [Static(Content(visible(message)), classes="-error")]
    article = entry.article
    widgets: list[Widget] = []
    if not any(block.kind is K.HEADLINE for block in article.blocks):
        widgets.append(Static(Content(visible(article.title)), classes="-title"))
        widgets.append(_summary(article, entry))
    for index, block in enumerate(article.blocks):
        widgets.append(BlockView(block, index))
        if block.kind is K.HEADLINE:
            widgets.append(_summary(article, entry))
    return widgets


def _summary(article: Article, entry: Entry) -> Static:
    line = f"{article_summary(article)} · {entry.file_name}"
    return Static(Content(visible(line)), classes="-summary")
