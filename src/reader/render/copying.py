"""What a reader copies from the page: the article's words, not its ornaments.

The page is drawn with frames round captions, bars beside quotes, rules and margins, and
paragraphs wrapped to the column.  Copying the cells as drawn would paste those too,
and break every paragraph at the column's width.  The typesetter marks the segments that
only decorate (`DECORATION`); a copy leaves them out and joins the wrapped lines of a
paragraph back into one, keeping line breaks only in code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style

DECORATION_KEY = "reader.decoration"
DECORATION = Style(meta={DECORATION_KEY: True})
"""Added to a segment's style where it only decorates: frames, bars, rules, margins."""
CONTENT = Style(meta={DECORATION_KEY: False})
"""Added to text set inside a decoration (a caption's label and credit in its frame),
whose style the frame's own style would otherwise reach."""


class CopiedLine(NamedTuple):
    """One drawn line of a selection: which piece of the page it belongs to (None for
    the space between pieces), whether that piece keeps its line breaks (code), and
    the selected segments."""

    piece: int | None
    keeps_lines: bool
    segments: Sequence[Segment]


def is_decoration(segment: Segment) -> bool:
    style = segment.style
    return style is not None and bool(style.meta.get(DECORATION_KEY, False))


def words_of(segments: Iterable[Segment]) -> str:
    """The text of the segments that are not decoration."""
    return "".join(segment.text for segment in segments if not is_decoration(segment))


def copied_text(lines: Iterable[CopiedLine]) -> str:
    """The selected lines as text to paste: a paragraph's wrapped lines joined by a
    space, code line by line, and a blank line between pieces."""
    pieces: list[str] = []
    current: int | None = None
    keeps_lines = False
    texts: list[str] = []

    def finish() -> None:
        if keeps_lines:
            text = "\n".join(line.rstrip() for line in texts).strip("\n")
        else:
            text = " ".join(stripped for line in texts if (stripped := line.strip()))
        if text:
            pieces.append(text)

    for line in lines:
        if line.piece != current:
            finish()
            current, keeps_lines, texts = line.piece, line.keeps_lines, []
        if line.piece is not None:
            texts.append(words_of(line.segments))
    finish()
    return "\n\n".join(pieces)
