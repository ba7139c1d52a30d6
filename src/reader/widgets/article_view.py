"""The article, typeset line by line: only what is on screen is ever drawn.

One widget per block cost a mount per paragraph: 70 ms to switch to a 3,000-word
article and minutes for one of 100,000 paragraphs.  This view keeps the page as a list
of pieces (`render.typeset`), lays them out lazily (the first screen at once, the rest
in short slices between keypresses) and caches the lines of recently seen pieces.

The look of each kind is the component classes below, so CSS and every theme still
style the page.  The reading position is the index of the block at the top, which
survives a different terminal size, and is reported (debounced) as the reader scrolls.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.timer import Timer

from reader.library import Entry
from reader.model import Article, BlockKind
from reader.render.console import article_summary
from reader.render.copying import DECORATION, CopiedLine, copied_text
from reader.render.typeset import (
    Marks,
    Palette,
    Piece,
    Role,
    Typesetter,
    estimated_height,
    gaps,
    known_height,
    page,
)

REPORT_DELAY = 0.15
"""Seconds of stillness before a scroll is reported: one save per pause, not per line."""
LAYOUT_SLICE = 0.012
"""Seconds of layout per step in the background, short enough that a key never waits."""
SIZE_INTERVAL = 0.25
"""Seconds between scrollbar updates while laying out in the background: each update
redraws the view, so doing it every slice would eat the time the keys need."""
CACHED_PIECES = 2_000
"""Pieces whose lines are kept: many screens' worth, a bounded amount of memory."""
SIDE_PADDING = 2


@dataclass
class _Layout:
    """Where the laid-out pieces sit, at one column width."""

    width: int
    tops: list[int]
    """First line of each laid-out piece (its gap above included)."""
    heights: list[int]
    """Lines of each laid-out piece, gap included."""
    estimated_rest: int
    """Estimated lines of the pieces not laid out yet."""

    @property
    def laid_out(self) -> int:
        return len(self.tops)

    @property
    def bottom(self) -> int:
        return self.tops[-1] + self.heights[-1] if self.tops else 0


class ArticleView(ScrollView, can_focus=True):
    """Scrolls the article column; keys follow less and vim."""

    BINDINGS = [
        Binding("j", "scroll_down", "Line down", show=False, id="article.line_down"),
        Binding("k", "scroll_up", "Line up", show=False, id="article.line_up"),
        Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]
    COMPONENT_CLASSES = {
        "article--headline",
        "article--summary",
        "article--rule",
        "article--lead",
        "article--subheading",
        "article--quote",
        "article--quote-bar",
        "article--speaker",
        "article--caption",
        "article--caption-border",
        "article--caption-label",
        "article--caption-credit",
        "article--byline",
        "article--boilerplate",
        "article--code",
        "article--bullet",
        "article--message",
        "article--error",
        "article--inline-quote",
        "article--match",
        "article--current-match",
    }
    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .article--headline { color: $accent; text-style: bold; }
        & > .article--summary { color: $text-muted; }
        & > .article--rule { color: $foreground 20%; }
        & > .article--lead { text-style: bold; }
        & > .article--subheading { text-style: bold; color: $text; }
        & > .article--quote { background: $boost; text-style: italic; }
        & > .article--quote-bar { color: $accent; background: $boost; }
        & > .article--speaker {
            color: $foreground-muted; background: $boost; text-style: not italic;
        }
        & > .article--caption { color: $text-muted; }
        & > .article--caption-border { color: $foreground 30%; }
        & > .article--caption-label { color: $text; text-style: bold; }
        & > .article--caption-credit { color: $text-muted; }
        & > .article--byline { color: $text-muted; }
        & > .article--boilerplate { color: $text-disabled; }
        & > .article--code { background: $boost; color: $text; }
        & > .article--bullet { color: $accent; }
        & > .article--message { color: $text-muted; }
        & > .article--error { color: $text-error; }
        & > .article--inline-quote { text-style: italic; }
        & > .article--match { background: $warning-muted; }
        & > .article--current-match { text-style: bold reverse; }
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
        self.column_width = 80
        self._pieces: list[Piece] = [Piece(Role.MESSAGE, "Loading articles…")]
        self._gaps: list[int] = gaps(self._pieces)
        self._layout: _Layout | None = None
        self._lines: LRUCache[int, tuple[int, list[Strip]]] = LRUCache(CACHED_PIECES)
        """Drawn lines of the pieces last shown, with the view width they were made for."""
        self._blank_line: Strip | None = None
        self._typesetter: Typesetter | None = None
        self._pattern: re.Pattern[str] | None = None
        self._current: tuple[int, int] | None = None
        """(block index, match number in it) of the match drawn strongest."""
        self._layout_timer: Timer | None = None
        self._report_timer: Timer | None = None
        self._anchor: int | None = None
        """The block to bring to the top once the view has a size to lay out in."""
        self._sized_at = 0.0
        """When the scrollbar was last resized during a background layout."""

    # What is shown ---------------------------------------------------------------------

    def show(self, entry: Entry | None) -> None:
        """Show `entry` at its saved reading position (from the top once it is read)."""
        self.article = entry.article if entry else None
        self._pieces = _pieces(entry)
        self._gaps = gaps(self._pieces)
        self._pattern, self._current = None, None
        position = entry.position if entry and not entry.read else 0
        self._anchor = position
        self._relayout()
        self._report()

    def set_column_width(self, width: int) -> None:
        self.column_width = width
        self._relayout(keep_position=True)

    @property
    def shown_blocks(self) -> list[int]:
        """Indexes of the article's blocks on the page, in order."""
        return [piece.index for piece in self._pieces if piece.index is not None]

    @property
    def top_block(self) -> int:
        """Index of the first block whose bottom is below the top of the view."""
        layout, top = self._layout, round(self.scroll_y)
        if layout is None:
            return 0
        self._laid_out_to(top)
        number = max(0, bisect_right(layout.tops, top) - 1)
        following = (p.index for p in self._pieces[number:] if p.index is not None)
        return next(following, 0)

    @property
    def page_height(self) -> int:
        """Lines of the whole page, once laid out to the end."""
        return self._laid_out_to(None).bottom

    def page_line(self, y: int) -> Strip:
        """Line `y` of the page (0 is its top) as it is drawn, column margins included."""
        return self._line(y, self._laid_out_to(y))

    def page_text(self) -> str:
        """The whole page as plain text, one line per drawn line."""
        return "\n".join(self.page_line(y).text.rstrip() for y in range(self.page_height))

    def block_lines(self, index: int) -> range:
        """The page lines that block `index` is drawn on (its frame included)."""
        number = self._piece_number(index)
        layout = self._laid_out_through(number)
        if number >= layout.laid_out:
            return range(0)
        first = layout.tops[number] + self._gaps[number]
        return range(first, layout.tops[number] + layout.heights[number])

    def scroll_to_block(self, index: int, *, animate: bool = False) -> None:
        line = self._line_of(index)
        self.scroll_to(y=line, animate=animate)

    def action_scroll_home(self) -> None:
        """g and Home jump, as in less: an animation across a long article only delays."""
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self._laid_out_to(None)  # the real end, not the estimate of a page still laid out
        self.scroll_end(animate=False)

    # Search marks ----------------------------------------------------------------------

    def mark(self, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
        """Mark every match of `pattern`; returns (block index, match number in block)."""
        self._pattern, self._current = pattern, None
        self._lines.clear()
        self.refresh()
        if pattern is None:
            return []
        typesetter = self._get_typesetter()
        matches: list[tuple[int, int]] = []
        for piece in self._pieces:
            if piece.index is not None:
                count = typesetter.count_matches(piece, pattern)
                matches.extend((piece.index, number) for number in range(count))
        return matches

    def mark_block(self, index: int, pattern: re.Pattern[str], current: int = -1) -> None:
        """Draw the `current`-th match of block `index` strongest (-1: none)."""
        previous = self._current[0] if self._current else None
        self._pattern = pattern
        self._current = (index, current) if current >= 0 else None
        for block in {index} if previous is None else {previous, index}:
            self._lines.discard(self._piece_number(block))
        self.refresh()

    # Line API --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self._layout is None:
            self._start_layout()  # before reading scroll_y: it may restore the position
        elif self._layout.width != self._column():
            # The scrollbar came or went: lay out again after this frame, never while
            # drawing it (a scroll now would tear the frame in two).
            self.call_later(self._fit_width)
        line = round(self.scroll_y) + y
        strip = self._line(line, self._laid_out_to(line))
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(line)) is not None:
            start, end = span
            end = strip.cell_length if end == -1 else end
            if start < end:
                style = self.screen.get_component_rich_style("screen--selection", partial=True)
                before, chosen, after = strip.divide([start, end, strip.cell_length])
                chosen = Strip(Segment.apply_style(chosen, post_style=style), chosen.cell_length)
                strip = Strip.join([before, chosen, after])
        # Page coordinates under the mouse, so a drag selects the text drawn there.
        return strip.apply_offsets(0, line)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The words the mouse selected, to paste elsewhere: frames, bars and margins
        left out, each paragraph's wrapped lines joined back (`copied_text`)."""
        first = selection.start.y if selection.start is not None else 0
        last = selection.end.y if selection.end is not None else self.page_height - 1
        last = min(last, self.page_height - 1)
        layout = self._laid_out_to(last)
        lines = []
        for y in range(max(0, first), last + 1):
            span = selection.get_span(y)
            if span is None:
                continue
            strip = self._line(y, layout)
            start, end = span
            number = self._piece_at(y, layout)
            keeps_lines = number is not None and self._pieces[number].kind is BlockKind.CODE
            cropped = strip.crop(start, strip.cell_length if end == -1 else end)
            lines.append(CopiedLine(number, keeps_lines, list(cropped)))
        return copied_text(lines), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def _fit_width(self) -> None:
        if self._layout is not None and self._layout.width != self._column():
            self._relayout(keep_position=True)

    def _line(self, y: int, layout: _Layout) -> Strip:
        number = self._piece_at(y, layout)
        if number is None:
            return self._blank()
        within = y - layout.tops[number] - self._gaps[number]
        lines = self._piece_lines(number, layout.width)
        return lines[within] if within < len(lines) else self._blank()

    def _piece_at(self, y: int, layout: _Layout) -> int | None:
        """The piece drawn on line `y`, or None for the gap above a piece."""
        number = bisect_right(layout.tops, y) - 1
        if not 0 <= number < layout.laid_out or y >= layout.bottom:
            return None
        return number if y >= layout.tops[number] + self._gaps[number] else None

    def _blank(self) -> Strip:
        width = self.scrollable_content_region.width
        blank = self._blank_line
        if blank is None or blank.cell_length != width:
            blank = self._blank_line = Strip.blank(width, self.rich_style)
        return blank

    def _piece_lines(self, number: int, width: int) -> list[Strip]:
        """Piece `number`'s lines, typeset `width` wide and centred in the view: one
        Strip per line, made once (a frame of the article costs little more than a copy)."""
        full = self.scrollable_content_region.width
        cached = self._lines.get(number)
        if cached is None or cached[0] != full:
            piece = self._pieces[number]
            rendered = self._get_typesetter().lines(piece, width, self._marks_for(piece))
            left = max(0, (full - width) // 2)
            right = full - left - width
            style = self.rich_style
            margin = style + DECORATION
            before = [Segment(" " * left, margin)] if left else []
            after = [Segment(" " * right, margin)] if right > 0 else []
            if right >= 0:
                strips = [Strip([*before, *line, *after], full) for line in rendered]
            else:  # a view narrower than the narrowest column
                strips = [
                    Strip([*before, *line], left + width).crop_extend(0, full, style)
                    for line in rendered
                ]
            cached = (full, strips)
            self._lines[number] = cached
        return cached[1]

    def _marks_for(self, piece: Piece) -> Marks | None:
        if self._pattern is None or piece.index is None:
            return None
        current = self._current[1] if self._current and self._current[0] == piece.index else -1
        return Marks(self._pattern, current)

    # Layout ----------------------------------------------------------------------------

    def _column(self) -> int:
        available = self.scrollable_content_region.width - 2 * SIDE_PADDING
        return max(10, min(self.column_width, available))

    def _relayout(self, *, keep_position: bool = False) -> None:
        """Start laying the page out again (new article, width or theme), keeping the
        block at the top in place; before the view has a size, the block to restore."""
        if keep_position and self._anchor is None and self._layout is not None:
            self._anchor = self.top_block
        if self._layout_timer is not None:
            self._layout_timer.stop()
            self._layout_timer = None
        self._lines.clear()
        if not self.scrollable_content_region.width:
            # No size yet (the article came before the first layout): typeset now, it
            # would be at a guessed width and drawn squeezed for a frame.  The first
            # render_line lays it out at the real width.
            self._layout = None
            return
        self._start_layout()

    def _start_layout(self) -> None:
        """A new layout at the current width: the first screen now, the rest later."""
        width = self._column()
        rest = sum(
            gap + estimated_height(piece, width)
            for gap, piece in zip(self._gaps, self._pieces, strict=True)
        )
        self._layout = _Layout(width, [], [], rest)
        self._laid_out_to(self.scrollable_content_region.height + round(self.scroll_y))
        self._update_virtual_size()
        if self._anchor is not None:
            self._scroll_to_line(self._line_of(self._anchor) if self._anchor > 0 else 0)
            if self.scrollable_content_region.height > 0:
                self._anchor = None
        self.refresh()

    def _laid_out_to(self, line: int | None, budget: float | None = None) -> _Layout:
        """The layout, with every piece down to `line` (None: all) laid out; with a
        `budget`, stops after that many seconds and continues later."""
        return self._lay_out(lambda layout: line is not None and layout.bottom > line, budget)

    def _laid_out_through(self, number: int) -> _Layout:
        """The layout, with every piece up to piece `number` laid out."""
        return self._lay_out(lambda layout: layout.laid_out > number)

    def _lay_out(self, done: Callable[[_Layout], bool], budget: float | None = None) -> _Layout:
        layout = self._layout
        if layout is None:
            self._start_layout()
            layout = self._layout
            assert layout is not None
        started = time.perf_counter()
        pieces = len(self._pieces)
        before = layout.laid_out
        while layout.laid_out < pieces and not done(layout):
            number = layout.laid_out
            piece = self._pieces[number]
            lines = known_height(piece, layout.width)
            if lines is None:
                lines = len(self._piece_lines(number, layout.width))
            height = self._gaps[number] + lines
            layout.tops.append(layout.bottom)
            layout.heights.append(height)
            layout.estimated_rest -= self._gaps[number] + estimated_height(piece, layout.width)
            if budget is not None and time.perf_counter() - started > budget:
                break
        complete = layout.laid_out == pieces
        now = time.perf_counter()
        if layout.laid_out != before and (
            budget is None or complete or now - self._sized_at > SIZE_INTERVAL
        ):
            self._sized_at = now
            self._update_virtual_size()
        if layout.laid_out < pieces and self._layout_timer is None:
            self._layout_timer = self.set_timer(0.001, self._layout_in_background)
        return layout

    def _layout_in_background(self) -> None:
        self._layout_timer = None
        layout = self._laid_out_to(None, budget=LAYOUT_SLICE)
        if layout.laid_out == len(self._pieces):
            self._report()  # the share read is exact now the whole page is measured

    def _update_virtual_size(self) -> None:
        layout = self._layout
        if layout is None:
            return
        complete = layout.laid_out == len(self._pieces)
        height = layout.bottom + (0 if complete else max(0, layout.estimated_rest))
        self.virtual_size = Size(self.scrollable_content_region.width, height)

    def _piece_number(self, index: int) -> int:
        """Position on the page of block `index` (the page may add a title first)."""
        for number in range(min(index, len(self._pieces) - 1), len(self._pieces)):
            if self._pieces[number].index == index:
                return number
        return 0

    def _line_of(self, index: int) -> int:
        """First line of block `index`'s text (below its gap)."""
        lines = self.block_lines(index)
        return lines.start if lines else 0

    def _scroll_to_line(self, line: int) -> None:
        self.scroll_to(y=line, animate=False, immediate=True, force=True)

    def _get_typesetter(self) -> Typesetter:
        if self._typesetter is None:
            self._typesetter = Typesetter(self.app.console, self._palette())
        return self._typesetter

    def _palette(self) -> Palette:
        def full(name: str) -> Style:
            return self.get_component_rich_style(f"article--{name}")

        def overlay(name: str) -> Style:
            return self.get_component_rich_style(f"article--{name}", partial=True)

        return Palette(
            text=self.rich_style,
            headline=full("headline"),
            summary=full("summary"),
            rule=full("rule"),
            lead=full("lead"),
            subheading=full("subheading"),
            quote=full("quote"),
            quote_bar=full("quote-bar"),
            speaker=full("speaker"),
            caption=full("caption"),
            caption_border=full("caption-border"),
            caption_label=full("caption-label"),
            caption_credit=full("caption-credit"),
            byline=full("byline"),
            boilerplate=full("boilerplate"),
            code=full("code"),
            bullet=overlay("bullet"),
            message=full("message"),
            error=full("error"),
            inline_quote=overlay("inline-quote"),
            match=overlay("match"),
            current_match=overlay("current-match"),
        )

    def notify_style_update(self) -> None:
        """A new theme or CSS: typeset again with its colours."""
        super().notify_style_update()
        self._typesetter = None
        self._lines.clear()
        self._blank_line = None

    def on_resize(self) -> None:
        if self._layout is not None and self._layout.width != self._column():
            self._relayout(keep_position=True)
        else:
            self._update_virtual_size()
            self.refresh()

    # Reading position ------------------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.article is None:
            return
        if self._report_timer is not None:
            self._report_timer.stop()
        self._report_timer = self.set_timer(REPORT_DELAY, self._report)

    def _report(self) -> None:
        if self.article is None or not self.article.key or self._anchor is not None:
            return  # nothing to report, or the saved position is not restored yet
        height = max(1, self.virtual_size.height)
        seen = min(1.0, (self.scroll_y + self.scrollable_content_region.height) / height)
        at_end = self.scroll_y >= self.max_scroll_y - 1
        self.post_message(self.Scrolled(self.article.key, self.top_block, seen, at_end))


def _pieces(entry: Entry | None) -> list[Piece]:
    if entry is None:
        return [Piece(Role.MESSAGE, "No article selected.")]
    if entry.article is None:
        return [Piece(Role.ERROR, f"{entry.source} could not be read: {entry.error}")]
    summary = f"{article_summary(entry.article)} · {entry.file_name}"
    return page(entry.article, summary)
