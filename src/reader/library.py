"""What the sidebar lists: one entry per article, with its reading state.

Kept apart from the widgets so the screen, the list and the tests share one notion of an
entry, and apart from the model because it knows about files and saved state.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from reader.model import Article
from reader.sources.discover import Skipped
from reader.sources.load import Failed, LoadError, ParseError, load_all, load_article
from reader.store.state import ArticleState


@dataclass(frozen=True, slots=True)
class Entry:
    """A loaded article; or a file that failed to parse, or a remembered file now missing
    (both shown in their place, never silently dropped)."""

    source: str
    article: Article | None = None
    error: str | None = None
    missing: bool = False
    key: str = ""
    stored_title: str = ""
    read: bool = False
    starred: bool = False
    progress: float = 0.0
    position: int = 0

    @classmethod
    def loaded(cls, article: Article) -> Entry:
        return cls(article.source, article=article, key=article.key)

    def with_state(self, state: ArticleState | None) -> Entry:
        if state is None:
            return self
        return replace(
            self,
            read=state.read,
            starred=state.starred,
            progress=state.progress,
            position=state.position,
            stored_title=self.stored_title or state.title,
        )

    @property
    def title(self) -> str:
        if self.article is not None and self.article.title:
            return self.article.title
        return self.stored_title or self.file_name

    @property
    def file_name(self) -> str:
        return PurePath(self.source).name or self.source

    @property
    def started(self) -> bool:
        return not self.read and self.progress > 0.0

    @property
    def details(self) -> str:
        """The sidebar's dim second line: file name, words, reading time, progress."""
        if self.article is None:
            return f"{self.file_name} · {self.error or 'not loaded'}"
        article = self.article
        parts = [self.file_name, f"{article.word_count:,} w", f"{article.reading_minutes} min"]
        if self.started:
            parts.append(f"{round(self.progress * 100)}%")
        return " · ".join(parts)


def entries_from_paths(paths: Sequence[str]) -> Iterator[Entry | Skipped]:
    """Entries for the paths given on the command line, in order, and what was skipped."""
    for item in load_all(paths):
        if isinstance(item, Article):
            yield Entry.loaded(item)
        elif isinstance(item, Failed):
            yield Entry(item.source, error=item.reason)
        else:
            yield item


def entries_from_library(states: Sequence[ArticleState]) -> Iterator[Entry]:
    """Entries for remembered articles; a file that is gone is listed as missing."""
    for state in states:
        path = Path(state.path)
        try:
            article = load_article(path, state.path)
        except ParseError as error:
            entry = Entry(state.path, error=str(error), key=state.key, stored_title=state.title)
        except LoadError as error:
            gone = not path.exists()
            reason = "missing: the file is gone" if gone else str(error)
            entry = Entry(
                state.path, error=reason, missing=gone, key=state.key, stored_title=state.title
            )
        else:
            entry = Entry.loaded(article)
        yield entry.with_state(state) if entry.key == state.key else entry
