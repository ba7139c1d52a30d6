"""The search field: one line at the bottom, for the article or for the list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual import events
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
        if self.has_focus:
            # Off the field at once: keys after Escape or Enter go to the screen's
            # bindings (the screen then gives focus to the article or the list).
            self.screen.set_focus(None)

    async def on_key(self, event: events.Key) -> None:
        """Enter is taken here, in the field's own turn, so a key typed right after it
        ("…⏎nn" in one burst) finds the field closed; such a key, queued for the field
        before it closed, is handed back to the app, which gives it to what has focus
        now.  (Input's own Enter binding would run only once the key had bubbled up to
        the app, after the field had taken the keys behind it.)"""
        if not self.has_class("-open"):
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
        elif event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            self.close()

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Cancelled(self.scope))
