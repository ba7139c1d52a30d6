"""Articles printed to a terminal or a pipe (`reader --print`), typeset as in the app.

The same `Typesetter` lays out the page; only the palette differs: fixed colours here,
the theme's in the app.  Every string from the article is made `visible()` there, so
neither markup nor escape sequences in an article can do anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment, Segments
from rich.style import Style

from reader.model import Article
from reader.render.safe import visible
from reader.render.typeset import Palette, Typesetter, gaps, page

_ACCENT = Style(color="#5fafff", bold=True)
_MUTED = Style(color="#8a8a8a")
PRINT_PALETTE = Palette(
    text=Style(),
    headline=_ACCENT,
    summary=_MUTED,
    rule=_MUTED,
    lead=Style(bold=True),
    subheading=Style(bold=True),
    quote=Style(italic=True),
    quote_bar=Style(color="#5fafff"),
    speaker=Style(color="#8a8a8a", italic=False),
    caption=Style(),
    caption_border=_MUTED,
    caption_label=Style(bold=True),
    caption_credit=_MUTED,
    byline=_MUTED,
    boilerplate=Style(color="#8a8a8a", dim=True),
    code=Style(bgcolor="#262626"),
    bullet=Style(color="#5fafff"),
    message=_MUTED,
    error=Style(color="red"),
    inline_quote=Style(italic=True),
    match=Style(reverse=True),
    current_match=Style(reverse=True, bold=True),
)


def article_summary(article: Article) -> str:
    """The meta line under a headline and in the sidebar: words and reading time."""
    return f"{article.word_count:,} words · {article.reading_minutes} min"


def print_articles(articles: Iterable[Article], console: Console) -> None:
    """Each article's page at the console's width, a rule between articles."""
    typesetter = Typesetter(console, PRINT_PALETTE)
    width = console.width
    first = True
    for article in articles:
        if not first:
            _write(console, [Segment("─" * width, _MUTED)])
        summary = f"{article_summary(article)} · {visible(article.source)}"
        pieces = page(article, summary)
        for number, (gap, piece) in enumerate(zip(gaps(pieces), pieces, strict=True)):
            for _ in range(gap if number else 0):  # no blank line above the first
                _write(console, [])
            for line in typesetter.lines(piece, width):
                _write(console, line)
        first = False


def _write(console: Console, line: list[Segment]) -> None:
    console.print(Segments([*_rstrip(line), Segment.line()]), end="")


def _rstrip(line: list[Segment]) -> list[Segment]:
    """The line without its padding: a pipe gets no runs of trailing spaces."""
    trimmed = list(line)
    while trimmed and not trimmed[-1].text.strip():
        trimmed.pop()
    if trimmed:
        last = trimmed[-1]
        trimmed[-1] = Segment(last.text.rstrip(), last.style, last.control)
    return trimmed
