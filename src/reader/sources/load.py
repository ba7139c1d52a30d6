"""One file (or standard input) → its articles, or a reason it could not be read.

Every format ends as the same `Article`; the rest of reader never learns where an
article came from.  Format libraries are imported only when a file needs them.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.model import Article, parse_text
from reader.render.safe import visible
from reader.sources.decode import NotText, decode_bytes
from reader.sources.detect import detect_format
from reader.sources.discover import NOT_REGULAR, STDIN, Skipped, discover

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Articles are kilobytes; a file this large is refused rather than freezing the reader."""
TOO_LARGE = f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)"


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
        raise LoadError(TOO_LARGE)
    try:
        text, _encoding = decode_bytes(data)
    except NotText as error:
        raise LoadError(str(error)) from None
    except Exception as error:  # a detection bug costs one file, never the whole reader
        message = f"could not be decoded ({type(error).__name__}: {error})"
        raise LoadError(safe_reason(message)) from None
    if not text.strip():
        raise LoadError("empty file")
    return text


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


def _read_file(path: Path) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of a regular file, never more."""
    descriptor = _open_regular(path)
    try:
        chunks: list[bytes] = []
        remaining = MAX_FILE_BYTES + 1  # a file can grow after fstat, or lie (/proc)
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, READ_CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise LoadError(_os_reason(error)) from None
    finally:
        os.close(descriptor)


def _open_regular(path: Path) -> int:
    """A descriptor for `path`, refused unless it is a regular file of a readable size.

    Opened without blocking and checked on the open file, so a file swapped for a FIFO
    or a device after it was found can never hang the reader, and a file whose size is
    too large is refused before a byte of it is read.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise LoadError("the file has disappeared") from None
    except (OSError, ValueError) as error:
        raise LoadError(_os_reason(error)) from None
    try:
        info = os.fstat(descriptor)
    except OSError as error:
        os.close(descriptor)
        raise LoadError(_os_reason(error)) from None
    problem = _refusal(info)
    if problem:
        os.close(descriptor)
        raise LoadError(problem)
    return descriptor


def _refusal(info: os.stat_result) -> str | None:
    if stat.S_ISDIR(info.st_mode):
        return "is a folder"
    if not stat.S_ISREG(info.st_mode):
        return NOT_REGULAR
    if info.st_size > MAX_FILE_BYTES:
        return TOO_LARGE
    return None


READ_CHUNK = 1024 * 1024


def _os_reason(error: OSError | ValueError) -> str:
    if isinstance(error, ValueError):
        return "not a valid path"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    return (error.strerror or str(error)).lower()


def safe_reason(text: str) -> str:
    """A reason safe to print anywhere: one line, control characters made visible, and
    short (an exception's message may quote the article)."""
    text = visible(" ".join(text.split()))
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


MAX_REASON = 200


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
            raise LoadError(safe_reason(str(error))) from None
    return [parse_text(text, source=source)]


def load_articles(path: Path, source: str, stdin_data: bytes | None = None) -> list[Article]:
    """Read and parse one file; every failure is a LoadError with a reason."""
    text = read_source(path, source, stdin_data)
    try:
        articles = [article for article in parse_any(text, source, path.name) if article.blocks]
    except LoadError:
        raise
    except RecursionError:
        raise ParseError("could not be parsed (nested too deeply)") from None
    except Exception as error:  # a parser bug costs one article, never the whole reader
        message = f"could not be parsed ({type(error).__name__}: {error})"
        raise ParseError(safe_reason(message)) from error
    if not articles:  # markup with no text in it: as good as an empty file
        raise LoadError("no article text in the file")
    return articles


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
            articles = load_articles(item.path, item.source, stdin_data)
        except ParseError as error:
            yield Failed(item.source, str(error))
        except LoadError as error:
            yield Skipped(item.source, str(error))
        except Exception as error:  # whatever else goes wrong costs this one file
            message = f"could not be read ({type(error).__name__}: {error})"
            yield Skipped(item.source, safe_reason(message))
        else:
            yield from articles
