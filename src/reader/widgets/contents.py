"""The contents panel: headline, subheadings, quotes and captions, to jump between."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.model import Article, Block, BlockKind
from reader.render.safe import visible

K = BlockKind
LISTED = {K.HEADLINE, K.SUBHEADING, K.QUOTE, K.CAPTION}
EXCERPT_CHARS = 60


class ContentsPanel(OptionList):
    """Lists an article's landmarks; the one at the reading position is marked."""

    BORDER_TITLE = "Contents"
    BINDINGS = [
        Binding("escape,t", "close", "Close contents", show=False, id="contents.close"),
    ]
    DEFAULT_CSS = """
    ContentsPanel {
        dock: right;
        width: 42;
        max-width: 60%;
        height: 1fr;
        border: round $accent;
        display: none;
        &.-open { display: block; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    @dataclass
    class Jump(Message):
        block: int

    @dataclass
    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.landmarks: list[int] = []

    def show_article(self, article: Article | None) -> None:
        self.landmarks = []
        options = []
        for index, block in enumerate(article.blocks if article else ()):
            if block.kind in LISTED:
                self.landmarks.append(index)
                options.append(Option(_landmark(block.kind, block)))
        self.set_options(options)

    def mark_position(self, block: int) -> None:
        """Highlight the last landmark at or above the reading position."""
        above = [n for n, index in enumerate(self.landmarks) if index <= block]
        if above:
            self.highlighted = above[-1]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Jump(self.landmarks[event.option_index]))

    def action_close(self) -> None:
        self.post_message(self.Closed())


def _landmark(kind: BlockKind, block: Block) -> Content:
    text = visible(block.text)
    if kind is K.HEADLINE:
        return Content.styled(_excerpt(text), "bold $accent")
    if kind is K.SUBHEADING:
        return Content.styled(_excerpt(text), "bold")
    if kind is K.QUOTE:
        speaker = f" — {visible(block.speaker)}" if block.speaker else ""
        return Content.assemble(
            ("  ▌ ", "$accent"), _excerpt(text, 40), (speaker, "$foreground-muted")
        )
    label = f"{visible(block.label)}: " if block.label else ""
    return Content.assemble(("  ▢ ", "$foreground-muted"), (label, "bold"), _excerpt(text, 40))


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
