"""The sidebar: every article, title over a dim line of file, words, time and progress.

An OptionList renders only the lines on screen, which keeps it responsive with 10,000
entries; entries arrive in batches while a folder is still being read.  The list may show
a subset (starred only, a search): messages always carry the index into `entries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.library import Entry
from reader.render.safe import visible

EntryFilter = Callable[[int, Entry], bool]
"""Keeps an entry (by its index and itself) in the list."""


class ArticleList(OptionList):
    """Lists entries; highlighting one shows it, choosing it moves focus to the article."""

    BORDER_TITLE = "Articles"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("l", "select", "Read", show=False, id="list.open"),
    ]
    DEFAULT_CSS = """
    ArticleList {
        width: 36;
        height: 1fr;
        border: round $foreground 30%;
        border-title-color: $text-muted;
        padding: 0;
        scrollbar-size-vertical: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &:focus { border: round $accent; border-title-color: $accent; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    @dataclass
    class Highlighted(Message):
        """The user moved to an entry: show it."""

        index: int

    @dataclass
    class Opened(Message):
        """The user chose an entry (Enter, l, click): read it."""

        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.shown: list[int | None] = []
        """Entry index of each option, in option order (None for a feed's name)."""
        self._filter: EntryFilter | None = None
        self._collection = ""
        self.hits: dict[int, int] = {}
        """Matches per entry index while the list is filtered by a search."""

    def add_entries(self, entries: Iterable[Entry]) -> None:
        start = len(self.entries)
        self.entries.extend(entries)
        new = [
            index
            for index in range(start, len(self.entries))
            if self._filter is None or self._filter(index, self.entries[index])
        ]
        self.add_options(self._build_options(new))

    def _build_options(self, indices: Iterable[int]) -> Iterator[Option]:
        """Options for entries, with a feed's name above its first entry."""
        for index in indices:
            entry = self.entries[index]
            collection = entry.article.collection if entry.article else ""
            if collection and collection != self._collection:
                self.shown.append(None)
                yield Option(Content.styled(visible(collection), "bold $accent"), disabled=True)
            self._collection = collection
            self.shown.append(index)
            yield Option(entry_prompt(entry, self.hits.get(index)))

    def update_entry(self, index: int, entry: Entry) -> None:
        """Replace an entry (its read flag, star or progress changed) and redraw its line."""
        self.entries[index] = entry
        position = self._positions().get(index)
        if position is not None:
            self.replace_option_prompt_at_index(position, entry_prompt(entry, self.hits.get(index)))

    def remove_entry(self, index: int) -> None:
        """Drop an entry; later entries shift down by one."""
        position = self._positions().get(index)
        del self.entries[index]
        self.shown = [None if i is None else i - (i > index) for i in self.shown if i != index]
        if position is not None:
            self.remove_option_at_index(position)

    def set_filter(self, keep: EntryFilter | None, hits: dict[int, int] | None = None) -> None:
        """Show only the entries `keep` accepts (None: all), keeping the highlight if shown.

        `hits` (entry index → matches) is shown on each line while a search filters.
        """
        current = self.highlighted_entry
        self._filter = keep
        self.hits = hits or {}
        self.shown, self._collection = [], ""
        kept = [i for i, entry in enumerate(self.entries) if keep is None or keep(i, entry)]
        self.set_options(list(self._build_options(kept)))
        if current is not None and current in self.shown:
            self.highlighted = self.shown.index(current)
        elif kept:
            self.highlight_entry(kept[0])

    def highlight_entry(self, index: int) -> None:
        position = self._positions().get(index)
        if position is not None:
            self.highlighted = position

    @property
    def highlighted_entry(self) -> int | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self.shown):
            return None
        return self.shown[self.highlighted]

    def step(self, delta: int) -> None:
        """Move the highlight `delta` entries on, skipping feed names, stopping at the ends."""
        positions = [n for n, index in enumerate(self.shown) if index is not None]
        if not positions:
            return
        current = self.highlighted if self.highlighted is not None else positions[0]
        here = min(range(len(positions)), key=lambda n: abs(positions[n] - current))
        self.highlighted = positions[min(max(here + delta, 0), len(positions) - 1)]

    @property
    def entry_count(self) -> int:
        """How many entries are listed (feed names not counted)."""
        return sum(1 for index in self.shown if index is not None)

    def _positions(self) -> dict[int, int]:
        return {entry: n for n, entry in enumerate(self.shown) if entry is not None}

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = self._entry_at(event.option_index)
        if index is not None:
            self.post_message(self.Highlighted(index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = self._entry_at(event.option_index)
        if index is not None:
            self.post_message(self.Opened(index))

    def _entry_at(self, position: int) -> int | None:
        return self.shown[position] if 0 <= position < len(self.shown) else None


def entry_prompt(entry: Entry, hits: int | None = None) -> Content:
    """Title line with unread and star marks; a dim details line under it."""
    if entry.article is None:
        title_style = "$foreground-disabled" if entry.missing else "$text-error"
        mark = ("  ", "")
    else:
        title_style = "bold" if not entry.read else ""
        mark = ("● ", "$accent") if not entry.read else ("  ", "")
    star = ("★ ", "$warning") if entry.starred else ("", "")
    return Content.assemble(
        mark,
        star,
        (visible(entry.title), title_style),
        "\n  ",
        (f"{hits} hit{'s' if hits != 1 else ''} · " if hits else "", "bold $accent"),
        (visible(entry.details), "$foreground-disabled" if entry.missing else "$foreground-muted"),
    )
