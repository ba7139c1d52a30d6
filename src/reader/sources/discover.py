"""Paths the user gave → article files to read, and a reason for each one skipped.

Folders are searched recursively without following symlinked folders (no loops), hidden
entries are passed over, and every path that cannot be used becomes a `Skipped` with a
reason a person understands, never an exception.
"""

from __future__ import annotations

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
    """Expand command-line paths in order; folders yield their article files sorted."""
    for given in paths:
        if given == STDIN:
            yield Found(Path(STDIN), STDIN)
            continue
        path = Path(given)
        try:
            info = path.stat()
        except FileNotFoundError:
            reason = "broken symbolic link" if path.is_symlink() else "no such file or directory"
            yield Skipped(given, reason)
            continue
        except OSError as error:
            yield Skipped(given, _describe(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, given)
        elif stat.S_ISREG(info.st_mode):
            yield Found(path, given)
        else:
            yield Skipped(given, "not a regular file (device, pipe or socket)")


def _walk_folder(folder: Path, given: str) -> Iterator[Found | Skipped]:
    found_any = False
    errors: list[OSError] = []
    for root, directories, files in os.walk(folder, onerror=errors.append):
        directories[:] = sorted(d for d in directories if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            path = Path(root, name)
            shown = str(Path(given, path.relative_to(folder)))
            if not path.is_file():
                yield Skipped(shown, "broken symbolic link or not a regular file")
                continue
            found_any = True
            yield Found(path, shown)
    for error in errors:
        yield Skipped(str(error.filename or given), _describe(error))
    if not found_any and not errors:
        yield Skipped(given, "folder has no article files (text, Markdown, HTML or feeds)")


def _describe(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()
