"""The status line under the article: where you are in the list, in the article, in a search."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.render.safe import visible


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine {
        dock: bottom;
        height: 1;
        padding: 0 1;
        color: $foreground-muted;
        background: $panel;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.position = ""
        self.progress = ""
        self.filter = ""
        self.search = ""

    def set_position(self, number: int, total: int) -> None:
        self.position = f"{number}/{total}" if total else ""
        self._refresh_line()

    def set_progress(self, share: float | None) -> None:
        self.progress = "" if share is None else f"{round(share * 100)}%"
        self._refresh_line()

    def set_filter(self, query: str, listed: int) -> None:
        noun = "article" if listed == 1 else "articles"
        self.filter = f"filter “{visible(query)}”: {listed} {noun}" if query else ""
        self._refresh_line()

    def set_search(self, query: str, current: int, total: int) -> None:
        if not query:
            self.search = ""
        elif total:
            self.search = f"/{visible(query)} {current}/{total}"
        else:
            self.search = f"/{visible(query)} no matches"
        self._refresh_line()

    def _refresh_line(self) -> None:
        parts = [self.position, self.progress, self.filter, self.search]
        parts = [part for part in parts if part]
        self.update(Content(" · ".join(parts)), layout=False)  # one line: no relayout
