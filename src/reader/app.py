"""The Textual app: wires the main screen, help and app-wide keys.

`make_app(options)` is the one way to build it, used by the command line and the tests
alike, so tests exercise exactly what users run.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from reader.cli import Options, bundled_samples
from reader.screens.help import HelpScreen
from reader.screens.main import MainScreen
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView


class ReaderApp(App[int]):
    """Read articles: a sidebar of titles and the selected article, typeset."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, options: Options) -> None:
        super().__init__()
        self.options = options

    def get_default_screen(self) -> MainScreen:
        paths = self.options.paths or (str(bundled_samples()),)
        return MainScreen(paths)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        screen = self.screen
        groups = [("Anywhere", self), ("Reading screen", screen)]
        for title, widget_type in (("Article list", ArticleList), ("Article", ArticleView)):
            groups.append((title, screen.query_one(widget_type)))
        self.push_screen(HelpScreen(groups))


def make_app(options: Options | None = None) -> ReaderApp:
    return ReaderApp(options or Options())


def run_app(options: Options) -> int:
    app = make_app(options)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
