"""The search field: one line at the bottom, for the article or for the list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

Scope = Literal["article", "list"]


class SearchBar(Input):
    """Search as you type; Enter keeps the result, Escape clears it."""

    BINDINGS = [Binding("escape", "cancel", "Clear search", show=False, id="search.cancel")]
    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
        display: none;
        &.-open { display: block; }
        &:focus { border: none; }
    }
    """

    @dataclass
    class Cancelled(Message):
        scope: Scope

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search", id=id, compact=True)
        self.scope: Scope = "article"

    def open(self, scope: Scope, value: str = "") -> None:
        self.scope = scope
        self.placeholder = "Search this article" if scope == "article" else "Filter articles"
        self.value = value
        self.add_class("-open")
        # At once, not through Textual's queued focus(): keys typed right after "/"
        # must find the field focused (ReaderApp.on_key hands it those already queued).
        self.screen.set_focus(self)

    def close(self) -> None:
        self.remove_class("-open")

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Cancelled(self.scope))
