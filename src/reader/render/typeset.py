"""Article → lines of styled segments at a given width: the typesetting of every kind.

Rich only, no Textual: the article view asks for one piece at a time, so an article of
100,000 paragraphs costs only the lines on screen, and switching articles costs only
the first screen.  Colours come in a `Palette` the caller builds (the app from its
theme), so the look follows every theme without this module knowing of one.

Every string from the article goes through `visible()` into a `rich.text.Text`, never a
markup string: an article can neither style itself nor send escape sequences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rich import box
from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from reader.model import Article, Block, BlockKind
from reader.model.captions import caption_body
from reader.render.copying import CONTENT, DECORATION
from reader.render.safe import visible
from reader.search import find_spans

K = BlockKind
Line = list[Segment]

_NUMBERED = re.compile(r"^\d+[.)] ")
_INLINE_QUOTE = re.compile(r"«[^»]{1,400}»|“[^”]{1,400}”|„[^“”]{1,400}[“”]|\"[^\"]{1,400}\"")
"""A quotation inside a paragraph: «…», “…”, „…“ or "…"."""


class Role(Enum):
    """What a piece of the page is: a block's kind, or what the page adds around it."""

    TITLE = "title"
    """The article's title, shown as its headline when the text has none."""
    SUMMARY = "summary"
    """Words, reading time and file, under the headline."""
    MESSAGE = "message"
    """Why there is no article to show (nothing selected, still loading)."""
    ERROR = "error"
    """Why an article could not be read, in its place."""


@dataclass(frozen=True, slots=True)
class Palette:
    """Rich styles for each part of the page; built from the theme by the app."""

    text: Style
    headline: Style
    summary: Style
    rule: Style
    lead: Style
    subheading: Style
    quote: Style
    quote_bar: Style
    speaker: Style
    caption: Style
    caption_border: Style
    caption_label: Style
    caption_credit: Style
    byline: Style
    boilerplate: Style
    code: Style
    bullet: Style
    message: Style
    error: Style
    inline_quote: Style
    """Laid over a quotation inside a paragraph."""
    match: Style
    """Laid over every search match."""
    current_match: Style
    """Laid over the match that n / N went to."""


@dataclass(frozen=True, slots=True)
class Piece:
    """One thing on the page: a block of the article (`index` into its blocks) or a part
    the page adds (`role`, with `index` None)."""

    kind: BlockKind | Role
    text: str
    index: int | None = None
    block: Block | None = None


@dataclass(frozen=True, slots=True)
class Marks:
    """Search matches to show in a piece: all of `pattern`, its `current`-th strongest."""

    pattern: re.Pattern[str]
    current: int = -1


def page(article: Article, summary: str) -> list[Piece]:
    """The pieces of an article's page, in order; `summary` goes under the headline."""
    pieces: list[Piece] = []
    if not any(block.kind is K.HEADLINE for block in article.blocks):
        pieces += [Piece(Role.TITLE, article.title), Piece(Role.SUMMARY, summary)]
    for index, block in enumerate(article.blocks):
        pieces.append(Piece(block.kind, block.text, index, block))
        if block.kind is K.HEADLINE:
            pieces.append(Piece(Role.SUMMARY, summary))
    return pieces


_MARGINS: dict[BlockKind | Role, tuple[int, int]] = {
    Role.TITLE: (1, 0),
    K.HEADLINE: (1, 0),
    Role.SUMMARY: (0, 1),
    K.LEAD: (1, 1),
    K.SUBHEADING: (1, 1),
    Role.MESSAGE: (1, 1),
    Role.ERROR: (1, 1),
}
_TIGHT = {K.BYLINE, K.META, K.LIST_ITEM, K.BOILERPLATE}
"""Kinds that run on without a blank line while the next piece is one of them too: a
site's menu pasted line by line stays one dim block, not a screen of spaced lines."""


def gaps(pieces: Sequence[Piece]) -> list[int]:
    """Blank lines above each piece: the larger of the margins that meet there, as CSS
    collapses them, and none between a byline and a date line or between list items."""
    result: list[int] = []
    below = 0
    for number, piece in enumerate(pieces):
        top, bottom = _MARGINS.get(piece.kind, (0, 1))
        result.append(max(below, top) if number else top)
        following = pieces[number + 1].kind if number + 1 < len(pieces) else None
        below = 0 if piece.kind in _TIGHT and following in _TIGHT else bottom
    return result


def estimated_height(piece: Piece, width: int) -> int:
    """Lines a piece will take, without typesetting it: for the scrollbar while a long
    article is still being laid out."""
    lines = len(piece.text) // max(1, width - 2) + 1 + piece.text.count("\n")
    return lines + 2 if piece.kind is K.CAPTION else lines


_PLAIN_LINE_KINDS = {
    Role.TITLE,
    Role.MESSAGE,
    Role.ERROR,
    K.HEADLINE,
    K.LEAD,
    K.SUBHEADING,
    K.PARAGRAPH,
    K.BYLINE,
    K.META,
    K.BOILERPLATE,
}
"""Kinds drawn as their text alone, with no bar, frame, bullet or padding."""


def known_height(piece: Piece, width: int) -> int | None:
    """The lines a piece takes when that is plain without typesetting it: one, for text
    that fits the width.  A page of 100,000 short paragraphs is laid out in a blink."""
    if piece.kind not in _PLAIN_LINE_KINDS or len(piece.text) > width:
        return None
    text = visible(piece.text)
    if "\n" in text or "\t" in text or cell_len(text) > width:
        return None
    return 1


_BULLET = "• "


def shown_texts(piece: Piece) -> tuple[str | None, str, str | None]:
    """The label, body and credit of a piece as shown, plain: what search looks in.

    A caption's frame holds its label and credit; a quote ends with its speaker; a list
    item that is not numbered starts with a bullet.
    """
    block = piece.block
    if block is None:
        return None, visible(piece.text), None
    label = visible(block.label) if block.label else None
    credit = visible(block.credit) if block.credit else None
    text = visible(block.text)
    if block.kind is K.CAPTION:
        return label, visible(caption_body(block.text)), credit
    if block.kind is K.QUOTE and block.speaker and not _signed(text, block.speaker):
        return label, f"{text}\n— {visible(block.speaker)}", credit
    if block.kind is K.LIST_ITEM and not _NUMBERED.match(text):
        return label, _BULLET + text, credit
    return label, text, credit


def _signed(text: str, speaker: str) -> bool:
    """The quote already ends with its speaker after a dash ("… — Anne Berg"), or opens
    with it as an interview's turn ("Saarinen: …"): the speaker line under it would only
    repeat the name."""
    if text.startswith(speaker) and text[len(speaker) : len(speaker) + 2].strip() == ":":
        return True
    ending = text.rstrip(" .").rsplit(speaker, 1)
    return len(ending) == 2 and not ending[1] and ending[0].rstrip().endswith(("—", "–", "-"))


class Typesetter:
    """Typesets pieces with one console and one palette."""

    def __init__(self, console: Console, palette: Palette) -> None:
        self.console = console
        self.palette = palette
        self._styles: dict[BlockKind | Role, Style] = {
            Role.TITLE: palette.headline,
            K.HEADLINE: palette.headline,
            Role.SUMMARY: palette.summary,
            K.LEAD: palette.lead,
            K.SUBHEADING: palette.subheading,
            K.QUOTE: palette.quote,
            K.CAPTION: palette.caption,
            K.BYLINE: palette.byline,
            K.META: palette.byline,
            K.BOILERPLATE: palette.boilerplate,
            K.CODE: palette.code,
            Role.MESSAGE: palette.message,
            Role.ERROR: palette.error,
        }
        """Each kind's text style: every other kind is plain text."""

    def parts(self, piece: Piece) -> tuple[Text | None, Text, Text | None]:
        """The label, body and credit of a piece as shown, styled but unmarked."""
        palette = self.palette
        label_text, body_text, credit_text = shown_texts(piece)
        label = _framed(label_text, palette.caption_label) if label_text else None
        credit = _framed(credit_text, palette.caption_credit) if credit_text else None
        body = Text(body_text, style=self._styles.get(piece.kind, palette.text))
        block = piece.block
        if block is None:
            return label, body, credit
        speaker_line = f"\n— {visible(block.speaker)}" if block.speaker else None
        if block.kind is K.QUOTE and speaker_line and body_text.endswith(speaker_line):
            body.stylize(palette.speaker, len(body_text) - len(speaker_line) + 1)
        elif block.kind is K.LIST_ITEM and body_text.startswith(_BULLET):
            body.stylize(palette.bullet, 0, len(_BULLET))
        elif block.kind in (K.PARAGRAPH, K.LEAD):
            for match in _INLINE_QUOTE.finditer(body_text):
                body.stylize(palette.inline_quote, *match.span())
        return label, body, credit

    def count_matches(self, piece: Piece, pattern: re.Pattern[str]) -> int:
        """Matches in what a piece shows, without typesetting it (search is per keystroke,
        and an article may have 100,000 paragraphs)."""
        return sum(len(find_spans(pattern, part)) for part in shown_texts(piece) if part)

    def lines(self, piece: Piece, width: int, marks: Marks | None = None) -> list[Line]:
        """The piece at `width` columns, every line exactly that wide."""
        label, body, credit = self.parts(piece)
        if marks is not None:
            count = 0
            for part in (label, body, credit):
                if part is not None:
                    count = self._mark(part, marks, count)
        width = max(4, width)
        kind = piece.kind
        if kind is K.QUOTE:
            return self._barred(body, width)
        if kind is K.CAPTION:
            return self._render(self._caption(body, label, credit), width)
        if kind is K.CODE:
            body.no_wrap, body.overflow = True, "fold"
            pad = [Segment(" ", self.palette.code + DECORATION)]
            return [pad + line + pad for line in self._render(body, width - 2, self.palette.code)]
        if kind is K.LIST_ITEM:
            return self._render(Padding(body, (0, 0, 0, 2)), width)
        if kind is Role.SUMMARY:
            rule = Segment("─" * width, self.palette.rule + DECORATION)
            return [*self._render(body, width), [rule]]
        if kind is Role.MESSAGE:
            body.justify = "center"
        return self._render(body, width)

    def _mark(self, part: Text, marks: Marks, count: int) -> int:
        for start, end in find_spans(marks.pattern, part.plain):
            style = self.palette.current_match if count == marks.current else self.palette.match
            part.stylize(style, start, end)
            count += 1
        return count

    def _caption(self, body: Text, label: Text | None, credit: Text | None) -> RenderableType:
        if credit is not None and label is None and body.plain.strip() == credit.plain.strip():
            # a credit on its own line ("Hannah Pruitt/AP"): said once, under the picture's
            # caption above it, not in a frame that repeats it as its own subtitle
            body.justify = "right"
            body.stylize(self.palette.caption_border)
            return body
        return Panel(
            body,
            title=label,
            title_align="left",
            subtitle=credit,
            subtitle_align="right",
            box=box.ROUNDED,
            border_style=self.palette.caption_border + DECORATION,
            padding=(0, 1),
            expand=True,
        )

    def _barred(self, body: Text, width: int) -> list[Line]:
        """A quote: a bar down its left in the accent colour, on a raised background."""
        quote = self.palette.quote
        bar = [Segment("▌", self.palette.quote_bar + DECORATION), Segment(" ", quote + DECORATION)]
        return [bar + line for line in self._render(body, width - 2, quote)]

    def _render(
        self, renderable: RenderableType, width: int, style: Style | None = None
    ) -> list[Line]:
        options = self.console.options.update_width(width)
        base = style or self.palette.text
        return self.console.render_lines(renderable, options, style=base, pad=True)


def _framed(text: str, style: Style) -> Text:
    """Text for a frame's title: styled by a span, since Rich's Panel lays a title's own
    style over its spans and would hide the search marks.  It is content, though the
    frame's style reaches it."""
    framed = Text(text)
    framed.stylize(style + CONTENT)
    return framed
