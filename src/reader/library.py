"""What the sidebar lists: one entry per article, with its reading state.

Kept apart from the widgets so the screen, the list and the tests share one notion of an
entry, and apart from the model because it knows about files and saved state.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from reader.model import Article, BlockKind
from reader.model.captions import caption_body
from reader.search import haystack
from reader.sources.discover import STDIN, Skipped
from reader.sources.load import Failed, LoadError, load_all, load_articles
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
    folded: str = field(default="", compare=False, repr=False)
    """Title and text, case-folded, for the list filter (built once, while loading)."""

    @classmethod
    def loaded(cls, article: Article) -> Entry:
        words = haystack(_shown_texts(article))
        return cls(article.source, article=article, key=article.key, folded=words)

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


def _shown_texts(article: Article) -> Iterator[str]:
    """The words the article view draws, so the list's hit counts match the marks that
    search makes there: caption labels and credits in their frames, speakers under quotes."""
    for block in article.blocks:
        if block.kind is BlockKind.CAPTION:
            yield from (block.label or "", caption_body(block.text), block.credit or "")
        elif block.kind is BlockKind.QUOTE and block.speaker:
            yield f"{block.text}\n— {block.speaker}"
        else:
            yield block.text


def entries_from_paths(
    paths: Sequence[str], stdin_data: bytes | None = None
) -> Iterator[Entry | Skipped]:
    """Entries for the paths given on the command line, in order, and what was skipped."""
    for item in load_all(paths, stdin_data):
        if isinstance(item, Article):
            yield Entry.loaded(item)
        elif isinstance(item, Failed):
            yield Entry(item.source, error=item.reason)
        else:
            yield item


SMALL_FILE_BYTES = 256 * 1024
"""A file this size parses in a few milliseconds: worth reading before the first frame."""


def is_small_file(path: str, stdin_data: bytes | None = None) -> bool:
    """A regular file (or standard input) small enough to read without a visible wait."""
    if path == STDIN:
        return stdin_data is not None and len(stdin_data) <= SMALL_FILE_BYTES
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size <= SMALL_FILE_BYTES


def entries_from_library(states: Sequence[ArticleState]) -> Iterator[Entry]:
    """Entries for remembered articles; a file that is gone is listed as missing.

    A feed's entries are remembered as "feed.xml#3": the file is read once for all of
    them, and each is found again by its key, or failing that by its number.
    """
    loaded: dict[str, list[Article] | LoadError] = {}
    for state in states:
        file_name, number = _split_entry_number(state.path)
        if file_name not in loaded:
            try:
                loaded[file_name] = load_articles(Path(file_name), file_name)
            except LoadError as error:
                loaded[file_name] = error
        result = loaded[file_name]
        if isinstance(result, LoadError):
            yield _unreadable(state, file_name, result)
            continue
        article = next((a for a in result if a.key == state.key), None)
        if article is None and 0 < number <= len(result):
            article = result[number - 1]
        elif article is None and len(result) == 1:
            article = result[0]
        if article is None:
            yield Entry(state.path, error="no longer in the file", key=state.key,
                        stored_title=state.title)  # fmt: skip
            continue
        article = replace(article, source=state.path) if number else article
        entry = Entry.loaded(article)
        yield entry.with_state(state) if entry.key == state.key else entry


def _split_entry_number(path: str) -> tuple[str, int]:
    head, _, tail = path.rpartition("#")
    if head and tail.isdigit() and not Path(path).exists():
        return head, int(tail)
    return path, 0


def _unreadable(state: ArticleState, file_name: str, error: LoadError) -> Entry:
    gone = not Path(file_name).exists()
    reason = "missing: the file is gone" if gone else str(error)
    return Entry(state.path, error=reason, missing=gone, key=state.key, stored_title=state.title)
