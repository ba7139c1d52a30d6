"""The help screen: every key, grouped by where it works, generated from the bindings.

Reading the live binding maps (after the user's keymap is applied) keeps the help in
sync with the keys: a binding added anywhere shows up here without editing this file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

Group = tuple[str, DOMNode]
KeyNames = Callable[[Binding, str], list[str]]


class HelpScreen(ModalScreen[None]):
    """Lists keys by group; any of Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 80; max-width: 95%; height: auto; max-height: 90%;
            border: round $accent; border-title-color: $accent; background: $surface;
            padding: 0 2;
        }
        & .group { text-style: bold; color: $accent; margin: 1 0 0 0; }
    }
    """

    def __init__(self, groups: Iterable[Group], key_names: KeyNames) -> None:
        super().__init__()
        self.groups = list(groups)
        self.key_names = key_names
        """The keys that really trigger a binding, the user's keymap applied."""

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = Content(
                "Escape to close · dim: the id for [keys] in config.toml"
            )
            for title, node in self.groups:
                yield Static(Content(title), classes="group")
                yield Static(self._describe(node))

    def _describe(self, node: DOMNode) -> Content:
        rows: dict[str, tuple[list[str], str]] = {}
        for key, binding in node._bindings:
            if binding.action in ("", "noop") or not binding.description:
                continue
            keys, known_id = rows.get(binding.description, ([], ""))
            for shown in self.key_names(binding, key):
                if shown not in keys:
                    keys.append(shown)
            rows[binding.description] = (keys, known_id or binding.id or "")
        key_width = max((len(" / ".join(keys)) for keys, _ in rows.values()), default=0)
        text_width = max((len(description) for description in rows), default=0)
        lines = [
            Content.assemble(
                (" / ".join(keys).ljust(key_width + 2), "bold"),
                description.ljust(text_width + 2),
                (binding_id, "$foreground-muted"),
            )
            for description, (keys, binding_id) in rows.items()
        ]
        return Content("\n").join(lines)
