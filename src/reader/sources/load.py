"""One file (or standard input) → its articles, or a reason it could not be read.

Every format ends as the same `Article`; the rest of reader never learns where an
article came from.  Format libraries are imported only when a file needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article, parse_text
from reader.sources.decode import NotText, decode_bytes
from reader.sources.detect import detect_format
from reader.sources.discover import STDIN, Skipped, discover

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Articles are kilobytes; a file this large is refused rather than freezing the reader."""


class LoadError(Exception):
    """An article that could not be loaded; the message is the reason shown to the user."""


class ParseError(LoadError):
    """The file was read but the parser failed: the app shows this in the article's place."""


@dataclass(frozen=True, slots=True)
class Failed:
    """A file that was read but could not be parsed; kept in the list with its reason."""

    source: str
    reason: str


def read_source(path: Path, source: str, stdin_data: bytes | None = None) -> str:
    """The decoded text of a file, or of standard input (read by the caller beforehand)."""
    if source == STDIN:
        data = stdin_data if stdin_data is not None else _read_stdin()
    else:
        data = _read_file(path)
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        text, _encoding = decode_bytes(data)
    except NotText as error:
        raise LoadError(str(error)) from None
    if not text.strip():
        raise LoadError("empty file")
    return text


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


def _read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("the file has disappeared") from None
    except IsADirectoryError:
        raise LoadError("is a folder") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as error:
        raise LoadError((error.strerror or str(error)).lower()) from None


def parse_any(text: str, source: str, name: str = "") -> list[Article]:
    """Articles from text in any supported format, detected from the content first."""
    fmt = detect_format(text, name or source)
    if fmt == "markdown":
        from reader.sources.markdown import parse_markdown

        return [parse_markdown(text, source)]
    if fmt == "html":
        from reader.sources.html import parse_html

        return [parse_html(text, source)]
    if fmt == "feed":
        from reader.sources.feed import FeedError, parse_feed

        try:
            return parse_feed(text, source)
        except FeedError as error:
            raise LoadError(str(error)) from None
    return [parse_text(text, source=source)]


def load_articles(path: Path, source: str, stdin_data: bytes | None = None) -> list[Article]:
    """Read and parse one file; every failure is a LoadError with a reason."""
    text = read_source(path, source, stdin_data)
    try:
        return parse_any(text, source, path.name)
    except LoadError:
        raise
    except Exception as error:  # a parser bug costs one article, never the whole reader
        raise ParseError(f"could not be parsed ({type(error).__name__}: {error})") from error


def load_article(path: Path, source: str) -> Article:
    """The first article of a file (a feed's first entry): for files known to hold one."""
    articles = load_articles(path, source)
    if not articles:
        raise LoadError("no article in the file")
    return articles[0]


def load_all(
    paths: Iterable[str], stdin_data: bytes | None = None
) -> Iterator[Article | Failed | Skipped]:
    """Articles in order, with a reason for every path or file that could not be used."""
    for item in discover(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield from load_articles(item.path, item.source, stdin_data)
        except ParseError as error:
            yield Failed(item.source, str(error))
        except LoadError as error:
            yield Skipped(item.source, str(error))
