"""Paths the user gave → article files to read, and a reason for each one skipped.

Folders are searched recursively without following symlinked folders (no loops), hidden
entries are passed over, and every path that cannot be used becomes a `Skipped` with a
reason a person understands, never an exception.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".json"}
)
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Found:
    """A file to read; `source` is how the user will see it named (path as given)."""

    path: Path
    source: str


@dataclass(frozen=True, slots=True)
class Skipped:
    source: str
    reason: str


def discover(paths: Iterable[str]) -> Iterator[Found | Skipped]:
    """Expand command-line paths in order; folders yield their article files sorted.

    Nothing here opens a file: a FIFO or a device is recognised from `stat` alone, so it
    can never block the reader (load.py checks again on the open file).
    """
    for given in paths:
        if given == STDIN:
            yield Found(Path(STDIN), STDIN)
            continue
        shown = displayable(given)
        path = Path(given)
        try:
            info = path.stat()
        except (OSError, ValueError) as error:
            yield Skipped(shown, _stat_failure(path, error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, shown)
        elif stat.S_ISREG(info.st_mode):
            yield Found(path, shown)
        else:
            yield Skipped(shown, NOT_REGULAR)


NOT_REGULAR = "not a regular file (device, pipe or socket)"


def _walk_folder(folder: Path, given: str) -> Iterator[Found | Skipped]:
    found_any = False  # an article file, readable or skipped with its own reason
    errors: list[OSError] = []
    for root, directories, files in os.walk(folder, onerror=errors.append):
        directories[:] = sorted(d for d in directories if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            path = Path(root, name)
            shown = displayable(str(Path(given, path.relative_to(folder))))
            problem = _not_readable(path)
            found_any = True
            yield Skipped(shown, problem) if problem else Found(path, shown)
    for error in errors:
        yield Skipped(displayable(str(error.filename or given)), _describe(error))
    if not found_any and not errors:
        yield Skipped(given, "folder has no article files (text, Markdown, HTML or feeds)")


def _not_readable(path: Path) -> str | None:
    """Why a file found in a folder cannot be read, or None when it is a regular file."""
    try:
        info = path.stat()
    except OSError as error:
        return _stat_failure(path, error)
    if stat.S_ISREG(info.st_mode):
        return None
    return "is a folder" if stat.S_ISDIR(info.st_mode) else NOT_REGULAR


def _stat_failure(path: Path, error: OSError | ValueError) -> str:
    if isinstance(error, ValueError):  # a NUL character: no file can have that name
        return "not a valid path"
    if isinstance(error, FileNotFoundError):
        try:
            link = path.is_symlink()
        except (OSError, ValueError):
            link = False
        return "broken symbolic link" if link else "no such file or directory"
    return _describe(error)


def _describe(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    return (error.strerror or str(error)).lower()


def displayable(path: str) -> str:
    """A path as text that can be printed, stored and sent as JSON.

    A file name that is not valid UTF-8 reaches Python with its stray bytes as lone
    surrogates, which no UTF-8 output (a terminal, JSON, SQLite) can hold: they are shown
    as `\\xe9` escapes, the way `ls -b` does. Only the name shown changes; the file is
    still read through its real path.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = os.fsencode(path)
        except UnicodeEncodeError:  # a surrogate that no file system decoding made
            raw = path.encode("utf-8", "surrogatepass")
        return raw.decode("utf-8", "backslashreplace")
    return path
