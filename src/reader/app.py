"""The Textual app: wires the main screen, help, config, saved state and app-wide keys.

`make_app(options)` is the one way to build it, used by the command line and the tests
alike, so tests exercise exactly what users run.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from functools import partial
from typing import Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input

from reader.cli import Options, bundled_samples
from reader.screens.main import MainScreen
from reader.store.config import Config, load_config
from reader.store.paths import locations
from reader.store.state import StateStore
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
THEME_SETTING = "theme"
CONFIG_THEME_SETTING = "config_theme"
"""The config file's theme when last seen: an edited config wins over a remembered pick."""


class ReaderApp(App[int]):
    """Read articles: a sidebar of titles and the selected article, typeset."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("d", "toggle_dark", "Dark/light", show=False, id="app.toggle_dark"),
    ]

    def __init__(self, options: Options) -> None:
        super().__init__()
        self.options = options
        self.main_screen: MainScreen | None = None
        where = locations()
        loaded = load_config(where.config_file)
        self.config: Config = loaded.config
        self.startup_warnings = list(loaded.warnings)
        self.store = StateStore(where.state_file)
        if self.store.recovered_from is not None:
            self.startup_warnings.append(
                f"The reading-state database was damaged and has been set aside as "
                f"{self.store.recovered_from}; a fresh one was started."
            )
        if self.config.keys:
            self.set_keymap(self.config.keys)

    def get_default_screen(self) -> Screen[None]:
        self.main_screen = self._main_screen()
        return self.main_screen

    def _main_screen(self) -> MainScreen:
        if self.options.paths:
            return MainScreen(
                self.options.paths,
                self.store,
                self.config,
                library=False,
                stdin_data=self.options.stdin_data,
            )
        if self.store.library():
            return MainScreen((), self.store, self.config, library=True)
        return MainScreen((str(bundled_samples()),), self.store, self.config, library=False)

    def on_mount(self) -> None:
        # Everything made so far (the imported modules, Textual's tables, the word lists)
        # lives as long as the app: keep it out of the cyclic collector's full passes,
        # which otherwise walk it again and again while a large folder loads and pause
        # the keys for tens of milliseconds.
        gc.freeze()
        self._apply_theme()
        for warning in self.startup_warnings:
            self.notify(warning, title="reader", severity="warning", timeout=12, markup=False)

    def _apply_theme(self) -> None:
        configured = self.config.theme
        remembered = self.store.setting(THEME_SETTING)
        if configured and configured not in self.available_themes:
            self.startup_warnings.append(f"config.toml: unknown theme {configured!r} ignored")
            configured = None
        if configured and configured != self.store.setting(CONFIG_THEME_SETTING):
            self.store.set_setting(CONFIG_THEME_SETTING, configured)
            remembered = None  # the config was edited since the last pick: it wins
        theme = remembered if remembered in self.available_themes else configured
        if theme:
            self.theme = theme
        self.watch(self, "theme", self._remember_theme, init=False)

    def _remember_theme(self, theme: str) -> None:
        self.store.set_setting(THEME_SETTING, theme)

    def on_key(self, event: events.Key) -> None:
        """A character that comes up to the app while a text field has focus was typed in
        one burst with the key that opened the field ("/storm" pasted or typed fast):
        Textual had handed it to the widget focused before.  It belongs in the field (a
        field keeps the characters typed into it, so only these come up); left to the
        bindings, the "s" of "storm" would toggle the sidebar."""
        field = self.focused
        if isinstance(field, Input) and event.is_printable and event.character:
            event.prevent_default()
            field.post_message(events.Key(event.key, event.character))

    def on_unmount(self) -> None:
        self.store.close()

    def print_exit_report(self) -> None:
        """Print why the app closed by itself (nothing could be loaded), after it has
        given the terminal back, so the lines are neither wrapped nor lost."""
        for line in self.main_screen.exit_report if self.main_screen else []:
            print(line, file=sys.stderr)

    def action_toggle_dark(self) -> None:
        """Between the default dark and light themes, whichever theme is on now."""
        current = self.available_themes.get(self.theme)
        self.theme = LIGHT_THEME if current is not None and current.dark else DARK_THEME

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from self._binding_commands(screen)
        if isinstance(screen, MainScreen):
            if screen.skipped:
                yield SystemCommand(
                    "Show skipped files",
                    f"{len(screen.skipped)} files could not be opened, and why",
                    partial(self._show_skipped, screen),
                )
            if screen.starred_only:
                yield SystemCommand(
                    "Show all articles",
                    "List every article again",
                    lambda: screen.show_starred_only(False),
                )
            else:
                yield SystemCommand(
                    "Show starred articles",
                    "List only the articles you starred (*)",
                    lambda: screen.show_starred_only(True),
                )

    def _binding_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every key of the reading screen as a palette command, with the key to learn."""
        if not isinstance(screen, MainScreen):
            return
        seen: set[str] = set()
        for _, node in self._binding_groups(screen):
            for key, binding in node._bindings:
                if not binding.id or binding.id in seen or not binding.description:
                    continue
                seen.add(binding.id)
                shown = " / ".join(self.key_names(binding, key))
                yield SystemCommand(
                    binding.description,
                    f"Key: {shown}",
                    partial(self._run_binding, node, binding.action),
                )

    def key_names(self, binding: Binding, key: str) -> list[str]:
        """How to show the keys that trigger `binding`: the config's [keys] replace the
        defaults (Textual applies a keymap to copies of the bindings, not to these)."""
        remapped = self.config.keys.get(binding.id or "")
        keys = [k.strip() for k in remapped.split(",")] if remapped else [key]
        return [self.get_key_display(binding.with_key(k)) for k in keys if k]

    def _run_binding(self, node: DOMNode, action: str) -> None:
        self.call_later(self.run_action, action, node)

    def _binding_groups(self, screen: Screen[Any]) -> list[tuple[str, DOMNode]]:
        groups: list[tuple[str, DOMNode]] = [("Anywhere", self), ("Reading screen", screen)]
        for title, widget_type in (("Article list", ArticleList), ("Article", ArticleView)):
            groups.append((title, screen.query_one(widget_type)))
        return groups

    # The screens below are imported when first opened: the first frame does not wait
    # for them (or for DataTable).

    def _show_skipped(self, screen: MainScreen) -> None:
        from reader.screens.skipped import SkippedScreen

        self.push_screen(SkippedScreen(screen.skipped))

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self._binding_groups(self.screen), self.key_names))


def make_app(options: Options | None = None) -> ReaderApp:
    return ReaderApp(options or Options())


def run_app(options: Options) -> int:
    app = make_app(options)
    app.run()
    app.print_exit_report()
    return app.return_code or 0
