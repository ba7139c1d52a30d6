"""What the typeset article and sidebar look like, checked on the rendered segments."""

from __future__ import annotations

from rich.segment import Segment
from textual.geometry import Region
from textual.widget import Widget

from reader.app import make_app
from reader.cli import Options
from reader.model import BlockKind
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from tests.conftest import REFERENCE, SAMPLES
from tests.ui.helpers import wait_until_loaded

SIZE = (120, 40)


def segments(widget: Widget) -> list[Segment]:
    width, height = widget.size
    strips = widget.render_lines(Region(0, 0, width, height))
    return [segment for strip in strips for segment in strip]


def block_segments(view: ArticleView, index: int) -> list[list[Segment]]:
    """The segments of each line block `index` is drawn on."""
    return [list(view.page_line(y)) for y in view.block_lines(index)]


def brightness(parts: list[Segment], text: str) -> int:
    """The sum of the RGB channels of the foreground of the segment showing `text`."""
    for segment in parts:
        if text in segment.text:
            assert segment.style is not None
            assert segment.style.color is not None
            return sum(segment.style.color.get_truecolor())
    raise AssertionError(f"{text!r} is not drawn")


async def test_quotes_are_italic_with_an_accent_bar() -> None:
    async with make_app(Options(paths=(str(REFERENCE),))).run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        assert view.article is not None
        quote = next(n for n, b in enumerate(view.article.blocks) if b.kind is BlockKind.QUOTE)
        lines = block_segments(view, quote)
        text = [[s for s in line if s.text.strip()] for line in lines]
        assert all(line[0].text == "▌" for line in text), "a bar on every line of the quote"
        words = [s for line in text[:-1] for s in line[1:]]  # the last line is the speaker
        assert words and all(s.style is not None and s.style.italic for s in words)


async def test_the_speaker_under_a_quote_is_dimmer_than_the_quote() -> None:
    async with make_app(Options(paths=(str(REFERENCE),))).run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        view = screen.query_one(ArticleView)
        assert view.article is not None
        quote = next(n for n, b in enumerate(view.article.blocks) if b.kind is BlockKind.QUOTE)
        parts = [s for line in block_segments(view, quote) for s in line]
        assert brightness(parts, "— Zelenskyj") < brightness(parts, "La dem forsøke")


async def test_the_sidebar_details_line_is_dimmer_than_the_title() -> None:
    async with make_app(Options(paths=(str(SAMPLES),))).run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        sidebar = screen.query_one(ArticleList)
        second = screen.entries[1]  # not highlighted, so no highlight colours
        title = second.title[:20]
        details = second.file_name
        assert brightness(segments(sidebar), details) < brightness(segments(sidebar), title)
