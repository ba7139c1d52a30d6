"""App-wide messages: what the loading worker hands to the screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.library import Entry
from reader.sources.discover import Skipped


@dataclass
class EntriesLoaded(Message):
    """A batch of loaded entries, in the order the paths gave them."""

    entries: list[Entry]


@dataclass
class LoadingFinished(Message):
    """Every path has been read; `skipped` lists what could not be used and why."""

    skipped: list[Skipped]
