"""Search inside the article on show: marks, the current match, n / N, the status line.

A plain object the reading screen owns, so the screen stays a switchboard: it hands this
the query, and this drives the article view and the status line.
"""

from __future__ import annotations

import re

from reader.search import compile_query
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine


class ArticleSearch:
    def __init__(self, view: ArticleView, status: StatusLine) -> None:
        self.view = view
        self.status = status
        self.query = ""
        self.pattern: re.Pattern[str] | None = None
        self.matches: list[tuple[int, int]] = []
        """(block index, match number within the block), in reading order."""
        self.current = -1

    @property
    def active(self) -> bool:
        return bool(self.query)

    def run(self, query: str, *, jump: bool = True) -> None:
        """Mark every match of `query` (marks follow each keystroke); go to the first one
        at or below the reading position."""
        self.query = query
        self.pattern = compile_query(query)
        self.matches = self.view.mark(self.pattern)
        self.current = -1
        if self.matches and jump:
            top = self.view.top_block
            first = next((n for n, (block, _) in enumerate(self.matches) if block >= top), 0)
            self._go(first)
        self._report()

    def refresh(self) -> None:
        """The article changed: mark the same query in the new one."""
        if self.query:
            self.run(self.query, jump=True)

    def step(self, delta: int) -> None:
        if not self.matches:
            return
        self._go((self.current + delta) % len(self.matches))
        self._report()

    def clear(self) -> None:
        self.query, self.pattern, self.matches, self.current = "", None, [], -1
        self.view.mark(None)
        self._report()

    def _go(self, number: int) -> None:
        assert self.pattern is not None
        previous = self.matches[self.current][0] if self.current >= 0 else None
        self.current = number
        block, within = self.matches[number]
        if previous is not None and previous != block:
            self.view.mark_block(previous, self.pattern)
        self.view.mark_block(block, self.pattern, within)
        self.view.scroll_to_block(block)

    def _report(self) -> None:
        self.status.set_search(self.query, self.current + 1, len(self.matches))
