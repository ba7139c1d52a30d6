"""One article file (or standard input) → Article, or a reason it could not be read."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article, parse_text
from reader.sources.decode import NotText, decode_bytes
from reader.sources.discover import STDIN, Skipped, discover

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Articles are kilobytes; a file this large is refused rather than freezing the reader."""


class LoadError(Exception):
    """An article that could not be loaded; the message is the reason shown to the user."""


class ParseError(LoadError):
    """The file was read but the parser failed: the app shows this in the article's place."""


def read_source(path: Path, source: str) -> str:
    """The decoded text of a file or of standard input."""
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("the file has disappeared") from None
    except IsADirectoryError:
        raise LoadError("is a folder") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as error:
        raise LoadError((error.strerror or str(error)).lower()) from None
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        text, _encoding = decode_bytes(data)
    except NotText as error:
        raise LoadError(str(error)) from None
    if not text.strip():
        raise LoadError("empty file")
    return text


def load_article(path: Path, source: str) -> Article:
    """Read and parse one article; every failure is a LoadError with a reason."""
    text = read_source(path, source)
    try:
        return parse_text(text, source=source)
    except Exception as error:  # a parser bug costs one article, never the whole reader
        raise ParseError(f"could not be parsed ({type(error).__name__}: {error})") from error


@dataclass(frozen=True, slots=True)
class Failed:
    """A file that was read but could not be parsed; kept in the list with its reason."""

    source: str
    reason: str


def load_all(paths: Iterable[str]) -> Iterator[Article | Failed | Skipped]:
    """Articles in order, with a reason for every path or file that could not be used."""
    for item in discover(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield load_article(item.path, item.source)
        except ParseError as error:
            yield Failed(item.source, str(error))
        except LoadError as error:
            yield Skipped(item.source, str(error))
