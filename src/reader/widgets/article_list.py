"""The sidebar: every article, title over a dim line of file, words, time and progress.

An OptionList renders only the lines on screen, which keeps it responsive with 10,000
entries; entries arrive in batches while a folder is still being read.  The list may show
a subset (starred only, a search): messages always carry the index into `entries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.library import Entry
from reader.render.safe import visible

EntryFilter = Callable[[Entry], bool]


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
        self.shown: list[int] = []
        """Entry index of each option, in option order."""
        self._filter: EntryFilter | None = None

    def add_entries(self, entries: Iterable[Entry]) -> None:
        start = len(self.entries)
        self.entries.extend(entries)
        new = [
            index
            for index in range(start, len(self.entries))
            if self._filter is None or self._filter(self.entries[index])
        ]
        self.shown.extend(new)
        self.add_options(Option(entry_prompt(self.entries[index])) for index in new)

    def update_entry(self, index: int, entry: Entry) -> None:
        """Replace an entry (its read flag, star or progress changed) and redraw its line."""
        self.entries[index] = entry
        position = self._positions().get(index)
        if position is not None:
            self.replace_option_prompt_at_index(position, entry_prompt(entry))

    def remove_entry(self, index: int) -> None:
        """Drop an entry; later entries shift down by one."""
        position = self._positions().get(index)
        del self.entries[index]
        self.shown = [i - (i > index) for i in self.shown if i != index]
        if position is not None:
            self.remove_option_at_index(position)

    def set_filter(self, keep: EntryFilter | None) -> None:
        """Show only the entries `keep` accepts (None: all), keeping the highlight if shown."""
        current = self.highlighted_entry
        self._filter = keep
        self.shown = [i for i, entry in enumerate(self.entries) if keep is None or keep(entry)]
        self.set_options(Option(entry_prompt(self.entries[i])) for i in self.shown)
        if current is not None and current in self.shown:
            self.highlighted = self.shown.index(current)
        elif self.shown:
            self.highlighted = 0

    def highlight_entry(self, index: int) -> None:
        position = self._positions().get(index)
        if position is not None:
            self.highlighted = position

    @property
    def highlighted_entry(self) -> int | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self.shown):
            return None
        return self.shown[self.highlighted]

    def _positions(self) -> dict[int, int]:
        return {entry: position for position, entry in enumerate(self.shown)}

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.shown):
            self.post_message(self.Highlighted(self.shown[event.option_index]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.shown):
            self.post_message(self.Opened(self.shown[event.option_index]))


def entry_prompt(entry: Entry) -> Content:
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
        (visible(entry.details), "$foreground-disabled" if entry.missing else "$foreground-muted"),
    )
