"""The contents panel: headline, subheadings, quotes and captions, to jump between.

A modal screen floating at the right, so the article keeps its width underneath;
choosing a landmark dismisses it with the block to scroll to.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article, Block, BlockKind
from reader.model.captions import caption_body
from reader.render.safe import visible

K = BlockKind
LISTED = {K.HEADLINE, K.SUBHEADING, K.QUOTE, K.CAPTION}


def landmarks(article: Article | None) -> list[int]:
    """Indices of the blocks the panel lists, in reading order."""
    if article is None:
        return []
    return [index for index, block in enumerate(article.blocks) if block.kind in LISTED]


class ContentsScreen(ModalScreen[int | None]):
    """Lists an article's landmarks, the one at the reading position highlighted."""

    BINDINGS = [
        Binding("escape,t,q", "dismiss", "Close contents", show=False, id="contents.close"),
    ]
    DEFAULT_CSS = """
    ContentsScreen {
        align: right top;
        background: $background 30%;
        & > OptionList {
            width: 48; max-width: 90%; height: 1fr;
            border: round $accent; border-title-color: $accent;
            background: $surface;
            text-wrap: nowrap; text-overflow: ellipsis;
            &:focus { border: round $accent; }
            & > .option-list--option { padding: 0 1; }
        }
    }
    """

    def __init__(self, article: Article, position: int) -> None:
        super().__init__()
        self.article = article
        self.blocks = landmarks(article)
        self.position = position

    def compose(self) -> ComposeResult:
        options = [Option(_landmark(self.article.blocks[index])) for index in self.blocks]
        if not any(block.kind is K.HEADLINE for block in self.article.blocks):
            # The derived title heads the article on screen: list it as the way to the top.
            self.blocks.insert(0, -1)
            options.insert(0, Option(Content.styled(visible(self.article.title), "bold $accent")))
        panel = OptionList(*options)
        panel.border_title = "Contents"
        panel.border_subtitle = "Enter: go · Esc: close"
        yield panel

    def on_mount(self) -> None:
        above = [n for n, index in enumerate(self.blocks) if index <= self.position]
        panel = self.query_one(OptionList)
        panel.highlighted = above[-1] if above else 0
        panel.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.blocks[event.option_index])

    async def action_dismiss(self, result: int | None = None) -> None:
        self.dismiss(result)


def _landmark(block: Block) -> Content:
    if block.kind is K.HEADLINE:
        return Content.styled(visible(block.text), "bold $accent")
    if block.kind is K.SUBHEADING:
        return Content.styled(visible(block.text), "bold")
    if block.kind is K.QUOTE:
        speaker = f"{visible(block.speaker)}: " if block.speaker else ""
        return Content.assemble(
            ("  ▌ ", "$accent"), (speaker, "bold"), (visible(block.text), "italic")
        )
    label = f"{visible(block.label)}: " if block.label else ""
    return Content.assemble(
        ("  ▢ ", "$foreground-muted"), (label, "bold"), visible(caption_body(block.text))
    )
