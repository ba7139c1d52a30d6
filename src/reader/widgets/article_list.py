"""The sidebar: every loaded article, title over a dim line of file, words and time.

An OptionList renders only the lines on screen, which keeps it responsive with 10,000
entries; entries arrive in batches while the folder is still being read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.library import Entry
from reader.render.safe import visible


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
        &:focus { border: round $accent; border-title-color: $accent; }
        & > .option-list--option { padding: 0 1; }
        text-wrap: nowrap;
        text-overflow: ellipsis;
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

    def add_entries(self, entries: Iterable[Entry]) -> None:
        new = list(entries)
        self.entries.extend(new)
        self.add_options(Option(_prompt(entry)) for entry in new)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(event.option_index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(event.option_index))


def _prompt(entry: Entry) -> Content:
    title_style = "$text-error" if entry.article is None else ""
    return Content.assemble(
        (visible(entry.title), title_style),
        "\n",
        (visible(entry.details), "$text-muted"),
    )
