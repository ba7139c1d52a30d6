"""The files that could not be opened, each with its reason."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import DataTable

from reader.render.safe import visible
from reader.sources.discover import Skipped


class SkippedScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "dismiss", "Close", show=False, id="skipped.close")]
    DEFAULT_CSS = """
    SkippedScreen {
        align: center middle;
        & > DataTable {
            width: 90%; height: auto; max-height: 80%;
            border: round $warning; border-title-color: $warning;
        }
    }
    """

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        super().__init__()
        self.skipped = list(skipped)

    def compose(self) -> ComposeResult:
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True)
        table.border_title = f"Skipped files ({len(self.skipped)})"
        table.border_subtitle = "Esc: close"
        table.add_columns("File", "Reason")
        for item in self.skipped:
            table.add_row(visible(item.source), visible(item.reason))
        yield table

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
