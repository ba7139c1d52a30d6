"""What the sidebar lists: one entry per loaded file, with an article or an error.

Kept apart from the widgets so that the screen, the list and the tests share one notion
of an entry, and apart from the model because it knows about files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from reader.model import Article


@dataclass(frozen=True, slots=True)
class Entry:
    """A loaded article, or a file whose parsing failed (shown in its place, not lost)."""

    source: str
    article: Article | None = None
    error: str | None = None

    @property
    def title(self) -> str:
        if self.article is not None and self.article.title:
            return self.article.title
        return PurePath(self.source).name or self.source

    @property
    def file_name(self) -> str:
        return PurePath(self.source).name or self.source

    @property
    def details(self) -> str:
        """The sidebar's dim second line: file name, words, reading time."""
        if self.article is None:
            return f"{self.file_name} · {self.error or 'not loaded'}"
        article = self.article
        return f"{self.file_name} · {article.word_count:,} w · {article.reading_minutes} min"
