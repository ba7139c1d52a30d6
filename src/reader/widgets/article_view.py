"""The article, typeset: one widget per block so CSS and the theme style each kind.

Text reaches widgets only as `Content` built from `visible()` strings, never as markup,
so an article can neither style itself nor send escape sequences to the terminal.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from reader.library import Entry
from reader.model import Article, Block, BlockKind
from reader.model.captions import caption_body
from reader.render.console import article_summary
from reader.render.safe import visible

K = BlockKind


class BlockView(Static):
    """One block of an article; its kind is its CSS class (`-quote`, `-caption`, ...)."""

    def __init__(self, block: Block, index: int) -> None:
        super().__init__(_content(block), classes=f"block -{block.kind.value}")
        self.block = block
        self.index = index
        if block.kind is K.CAPTION:
            if block.label:
                self.border_title = Content(visible(block.label))
            if block.credit:
                self.border_subtitle = Content(visible(block.credit))


def _content(block: Block) -> Content:
    text = visible(block.text)
    if block.kind is K.CAPTION:
        return Content(visible(caption_body(block.text)))
    if block.kind is K.QUOTE and block.speaker:
        return Content.assemble(text, "\n", (f"— {visible(block.speaker)}", "$text-muted"))
    return Content(text)


class ArticleView(VerticalScroll, can_focus=True):
    """Scrolls the article column; keys follow less and vim."""

    BINDINGS = [
        Binding("j", "scroll_down", "Line down", show=False, id="article.line_down"),
        Binding("k", "scroll_up", "Line up", show=False, id="article.line_up"),
        Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]
    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        align-horizontal: center;
        padding: 0 2;
        scrollbar-size-vertical: 1;
        & > #column { width: 100%; max-width: 80; height: auto; }
        & .block { width: 100%; margin: 0 0 1 0; }
        & .-headline { color: $accent; text-style: bold; margin: 1 0 0 0; }
        & .-title { color: $accent; text-style: bold; margin: 1 0 0 0; }
        & .-summary {
            color: $text-muted; margin: 0 0 1 0;
            border-bottom: solid $foreground 20%; padding: 0 0 0 0;
        }
        & .-lead { text-style: bold; margin: 1 0 1 0; }
        & .-subheading { text-style: bold; margin: 1 0 1 0; color: $text; }
        & .-quote {
            border-left: outer $accent; padding: 0 0 0 1; text-style: italic;
            background: $boost;
        }
        & .-caption {
            border: round $foreground 30%; padding: 0 1;
            border-title-color: $text; border-title-style: bold;
            border-subtitle-color: $text-muted; border-subtitle-align: right;
            color: $text-muted;
        }
        & .-byline, & .-meta { color: $text-muted; margin: 0; }
        & .-boilerplate { color: $text-disabled; }
        & .-error { color: $text-error; margin: 1 0; }
        & .-empty { color: $text-muted; margin: 1 0; text-align: center; width: 100%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None

    def compose(self):  # type: ignore[no-untyped-def]
        yield Vertical(Static("Loading articles…", classes="-empty"), id="column")

    def show(self, entry: Entry | None) -> None:
        """Replace the column's contents with `entry`, scrolled to the top."""
        self.article = entry.article if entry else None
        column = self.query_one("#column", Vertical)
        with self.app.batch_update():
            column.remove_children()
            column.mount_all(_widgets(entry))
            self.scroll_home(animate=False, immediate=True)

    def show_message(self, message: str) -> None:
        self.article = None
        column = self.query_one("#column", Vertical)
        column.remove_children()
        column.mount(Static(Content(visible(message)), classes="-empty"))


def _widgets(entry: Entry | None) -> list[Widget]:
    if entry is None:
        return [Static("No article selected.", classes="-empty")]
    if entry.article is None:
        message = f"{entry.source} could not be read: {entry.error}"
        return [Static(Content(visible(message)), classes="-error")]
    article = entry.article
    widgets: list[Widget] = []
    if not any(block.kind is K.HEADLINE for block in article.blocks):
        widgets.append(Static(Content(visible(article.title)), classes="-title"))
        widgets.append(_summary(article, entry))
    for index, block in enumerate(article.blocks):
        widgets.append(BlockView(block, index))
        if block.kind is K.HEADLINE:
            widgets.append(_summary(article, entry))
    return widgets


def _summary(article: Article, entry: Entry) -> Static:
    return Static(
        Content(visible(f"{article_summary(article)} · {entry.file_name}")), classes="-summary"
    )
