"""What an article is, independent of where it came from and how it is shown.

Every source format (plain text today; Markdown, HTML and feeds later) produces these
types, so the sidebar, the renderer, search and saved state never learn a file's format.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class BlockKind(Enum):
    """The role a paragraph plays in an article; serialised by value only at the edges."""

    HEADLINE = "headline"
    LEAD = "lead"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    CAPTION = "caption"
    BYLINE = "byline"
    META = "meta"
    BOILERPLATE = "boilerplate"
    LIST_ITEM = "list_item"
    """An item of a bulleted or numbered list (Markdown and HTML lists)."""
    CODE = "code"
    """Preformatted text, kept line for line (Markdown code blocks, HTML <pre>)."""


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One paragraph of an article with its role.

    `label` and `credit` are only meaningful for captions and `speaker` only for quotes;
    keeping them on one flat type keeps the renderer and the JSON output simple.
    """

    kind: BlockKind
    text: str
    label: str | None = None
    credit: str | None = None
    speaker: str | None = None

    def __init__(
        self,
        kind: BlockKind,
        text: str,
        label: str | None = None,
        credit: str | None = None,
        speaker: str | None = None,
    ) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__; setting the slots directly makes the same object at a third
        # less, which counts when a long article has tens of thousands of blocks.
        _set_kind(self, kind)
        _set_text(self, text)
        _set_label(self, label)
        _set_credit(self, credit)
        _set_speaker(self, speaker)

    def to_json(self) -> dict[str, Any]:
        """The documented `--json` shape: extra keys only for the kinds that carry them."""
        kind = self.kind
        data: dict[str, Any] = {"kind": kind.value, "text": self.text}
        if kind is _CAPTION:
            data["label"] = self.label
            data["credit"] = self.credit
        elif kind is _QUOTE:
            data["speaker"] = self.speaker
        return data


_CAPTION, _QUOTE = BlockKind.CAPTION, BlockKind.QUOTE
"""Module names for the kinds `to_json` tests, which runs once per block of the --json
output: on Python 3.11 a member lookup on the Enum class costs ~70 ns."""

_set_kind, _set_text, _set_label, _set_credit, _set_speaker = (
    Block.__dict__[name].__set__ for name in ("kind", "text", "label", "credit", "speaker")
)
"""The slots' own setters, which a frozen class's __setattr__ does not stand in front of."""

WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. `source` is the path as the user gave it (or "-" for stdin)."""

    title: str
    blocks: tuple[Block, ...]
    source: str
    format: str = "text"
    collection: str = ""
    """The feed an entry came from (shown above its entries in the sidebar), else ""."""
    key: str = field(default="", compare=False)
    """A hash of the article's text: its identity in saved state, whatever the file is
    called or wherever it moves."""
    word_count: int = field(default=-1, compare=False)

    def __post_init__(self) -> None:
        if self.word_count < 0:
            words = sum(len(block.text.split()) for block in self.blocks)
            object.__setattr__(self, "word_count", words)

    @property
    def reading_minutes(self) -> int:
        """Whole minutes at an unhurried pace; never 0 so the sidebar never says "0 min"."""
        return max(1, round(self.word_count / WORDS_PER_MINUTE))

    def to_json(self, *, blocks: bool = True) -> dict[str, Any]:
        """The documented `--json` shape; without `blocks`, only the fields before them
        (for writers that lay the blocks out themselves)."""
        data: dict[str, Any] = {"source": self.source, "format": self.format, "title": self.title}
        if blocks:
            data["blocks"] = [block.to_json() for block in self.blocks]
        return data


def content_key(text: str) -> str:
    """The identity of an article's text: the same text gives the same key, whatever the
    file's name, place or encoding."""
    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()
