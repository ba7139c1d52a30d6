"""The library as a Rich table, for `reader --list`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from rich.table import Table
from rich.text import Text

from reader.render.safe import visible
from reader.store.state import ArticleState


def library_table(states: Sequence[ArticleState]) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("", "Title", "Progress", "Last read", "Path"):
        table.add_column(column, overflow="fold")
    for state in states:
        mark = ("★" if state.starred else " ") + (" " if state.read else "●")
        progress = "read" if state.read else f"{round(state.progress * 100)}%"
        when = (
            time.strftime("%Y-%m-%d %H:%M", time.localtime(state.last_read))
            if state.last_read
            else "-"
        )
        missing = "" if Path(state.path).exists() else " (missing)"
        table.add_row(
            mark,
            Text(visible(state.title)),
            progress,
            when,
            Text(visible(state.path) + missing, style="dim" if missing else ""),
        )
    return table
