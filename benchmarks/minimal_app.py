"""The reference for start-up time: the least a Textual app can do to show an article.

    python benchmarks/minimal_app.py ARTICLE.txt

One `Static` holding the file's text, nothing else: no parsing, no sidebar, no state.
`benchmarks/run.py` times reader against this, the same way, in the same terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Static


class MinimalApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(Content(self.text))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: minimal_app.py ARTICLE")
    MinimalApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()


if __name__ == "__main__":
    main()
