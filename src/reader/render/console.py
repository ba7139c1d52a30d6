"""Article → Rich renderables for `reader --print`, styled like the app.

Every string from the article goes through `visible()` into a `rich.text.Text`, never a
markup string, so neither markup nor escape sequences in an article can do anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from reader.model import Article, Block, BlockKind
from reader.model.captions import caption_body
from reader.render.safe import visible

ACCENT = "bold #5fafff"
MUTED = "#8a8a8a"
K = BlockKind


def article_summary(article: Article) -> str:
    """The meta line under a headline and in the sidebar: words and reading time."""
    return f"{article.word_count:,} words · {article.reading_minutes} min"


def render_article(article: Article) -> RenderableType:
    """The whole article as one renderable, for printing."""
    return Group(*_renderables(article))


_TIGHT = {K.BYLINE, K.META, K.LIST_ITEM}
"""Kinds that run on without a blank line while the next block is one of them too."""


def _renderables(article: Article) -> Iterator[RenderableType]:
    if not any(block.kind is K.HEADLINE for block in article.blocks):
        yield _headline(article.title, article)
    blocks = article.blocks
    for index, block in enumerate(blocks):
        yield _render_block(block, article)
        following = blocks[index + 1].kind if index + 1 < len(blocks) else None
        tight = block.kind in _TIGHT and following in _TIGHT
        if not tight and block.kind is not K.HEADLINE:
            yield BLANK


def _headline(text: str, article: Article) -> RenderableType:
    meta = Text(f"{article_summary(article)} · {visible(article.source)}", style=MUTED)
    return Group(Text(visible(text), style=ACCENT), meta, Rule(style=MUTED), Text())


def _render_block(block: Block, article: Article) -> RenderableType:
    text = visible(block.text)
    if block.kind is K.HEADLINE:
        return _headline(text, article)
    if block.kind is K.SUBHEADING:
        return Group(Text(), Text(text, style="bold"))
    if block.kind in (K.BYLINE, K.META):
        return Text(text, style=MUTED)
    if block.kind is K.LIST_ITEM:
        bullet = "" if text[:1].isdigit() else "• "
        return Padding(Text(bullet + text), (0, 0, 0, 2))
    if block.kind is K.CODE:
        return Padding(Text(text, style="on #262626", no_wrap=True, overflow="fold"), (0, 1))
    if block.kind is K.QUOTE:
        return QuoteBar(text, block.speaker)
    if block.kind is K.CAPTION:
        return _caption(block)
    return Text(text, style=_STYLES.get(block.kind, ""))


_STYLES = {K.LEAD: "bold", K.BOILERPLATE: f"dim {MUTED}"}


def _caption(block: Block) -> Panel:
    return Panel(
        Text(visible(caption_body(block.text))),
        title=Text(visible(block.label), style="bold") if block.label else None,
        title_align="left",
        subtitle=Text(visible(block.credit), style=MUTED) if block.credit else None,
        subtitle_align="right",
        box=box.ROUNDED,
        border_style=MUTED,
        expand=True,
    )


class _BlankLine:
    """An empty line; cheaper than an empty Text, which counts with 100,000 paragraphs."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Segment.line()


BLANK = _BlankLine()


class QuoteBar:
    """A thick accent bar down the left of a quote, the speaker under it."""

    def __init__(self, text: str, speaker: str | None) -> None:
        self.text = Text(text, style="italic")
        self.speaker = speaker

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(10, options.max_width - 2)
        lines: Iterable[Text] = self.text.wrap(console, width)
        bar = Text("▌ ", style=ACCENT)
        for line in lines:
            yield Text.assemble(bar, line)
        if self.speaker:
            yield Text.assemble(bar, Text(f"— {visible(self.speaker)}", style=MUTED))


def print_articles(articles: Iterable[Article], console: Console) -> None:
    first = True
    for article in articles:
        if not first:
            console.print(Rule(style=MUTED))
        console.print(render_article(article))
        first = False
