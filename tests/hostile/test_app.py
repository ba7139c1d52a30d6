"""The running app against hostile and broken input, through Textual's Pilot: it never
crashes, shows every bad file's reason, and lets no article act on the terminal."""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Header

import reader.sources.load as load_module
from reader.app import make_app
from reader.cli import Options
from reader.model import Article, Block, BlockKind
from reader.model.article import content_key
from reader.screens.main import MainScreen
from reader.sources.discover import Found, Skipped, discover
from reader.store.paths import locations
from reader.store.state import StateStore
from reader.widgets.article_list import ArticleList
from reader.widgets.article_view import ArticleView
from tests.hostile.helpers import (
    NOT_REGULAR,
    TERMINAL_ACTORS,
    BigFolder,
    drawn_text,
    terminal_stream,
    write_good,
)
from tests.ui.helpers import rendered_text, wait_for, wait_until_loaded

SIZE = (140, 45)
K = BlockKind
OSC = re.compile(r"\x1b\]")
"""Operating-system commands: window title, clipboard, hyperlinks. Textual sends none of
its own here, so any in the stream came from an article."""


def app_for(*paths: Path | str) -> object:
    return make_app(Options(paths=tuple(str(path) for path in paths)))


def column_text(screen: MainScreen) -> str:
    """The article column as drawn, each widget's lines in order."""
    return screen.query_one(ArticleView).page_text()


def toast_text(screen: MainScreen) -> str:
    """The one notification on screen, its lines joined (words cut by wrapping stay cut)."""
    [toast] = screen.query("Toast")
    return " ".join(drawn_text(toast).replace("▌", " ").split())


def assert_terminal_safe(app: object) -> str:
    stream = terminal_stream(app)
    assert "\x1b" in stream, "the stream is styled, so the checks below mean something"
    assert not OSC.search(stream)
    assert "\x1b[2J" not in stream
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stream)  # Textual's own CSI sequences
    leaked = TERMINAL_ACTORS.search(plain.replace("\r\n", "\n"))
    assert leaked is None, f"{leaked.group()!r} reached the terminal"
    return plain


# --- markup and escape sequences in every field ------------------------------------------

EVIL = "[bold red]red[/] [@click=app.quit]quit[/] [link=https://example.com]link[/link]"
ESCAPES = "\x1b]0;title\x07 \x1b]52;c;aGk=\x07 \x1b[2J \x1b[31m \x9b2J \x08\x08 \u202eevil\u202c"
SHOWN_ESCAPES = "␛]0;title␇ ␛]52;c;aGk=␇ ␛[2J ␛[31m <9B>2J ␈␈ <U+202E>evil<U+202C>"


LABEL = "LABEL [@click=app.quit]q[/] \x1b]0;t\x07"
CREDIT = "Credit [link=https://e.com]x[/link] \x1b]52;c;aGk=\x07"
"""Short: a caption's frame shows its label and credit only as far as they fit."""


def hostile_article(source: str) -> Article:
    """Markup and escapes in the title, every kind of block, a label, credit and speaker."""
    blocks = (
        Block(K.HEADLINE, f"Head {EVIL} {ESCAPES}"),
        Block(K.LEAD, f"Lead {EVIL} {ESCAPES} carriage\rreturn."),
        Block(K.CAPTION, f"LABEL: Caption {EVIL}. Foto: Credit", label=LABEL, credit=CREDIT),
        Block(K.QUOTE, f"– Quote {EVIL}, sier Ola.", speaker=f"Ola {EVIL} {ESCAPES}"),
        Block(K.CODE, f"code {EVIL}\n\tindented {ESCAPES}"),
        Block(K.LIST_ITEM, f"item {EVIL}"),
    )
    title = f"Title {EVIL} {ESCAPES}"
    text = "\n\n".join(block.text for block in blocks)
    return Article(title, blocks, source, key=content_key(text))


async def test_markup_and_escapes_in_every_field_are_shown_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "[bold red]file [@click=app.quit]q \x1b]0;x\x07.txt"  # no "/": it is one name
    path = write_good(tmp_path / name)
    missing = tmp_path / "[@click=app.quit]gone \x1b[2J.txt"
    real_parse = load_module.parse_text

    def parse(text: str, source: str = "-", fmt: str = "text") -> Article:
        return hostile_article(source) if source == str(path) else real_parse(text, source=source)

    monkeypatch.setattr(load_module, "parse_text", parse)
    app = app_for(path, missing)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot)
        sidebar = rendered_text(screen.query_one(ArticleList))
        assert "Title [bold red]red[/] [@clic…" in sidebar  # cut to the sidebar's width
        assert "[bold red]file [@click=app.qu" in sidebar
        header = rendered_text(screen.query_one(Header).query_one("HeaderTitle"))
        assert "Title [bold red]red[/] [@click=app.quit]quit[/]" in header
        column = " ".join(column_text(screen).split())
        for shown in (
            f"Head {EVIL} {SHOWN_ESCAPES}",
            f"Lead {EVIL} {SHOWN_ESCAPES} carriage␍return.",
            "╭─ LABEL [@click=app.quit]q[/] ␛]0;t␇ ─",
            "─ Credit [link=https://e.com]x[/link] ␛]52;c;aGk=␇ ─╯",
            "▌ — Ola [bold red]red[/] [@click=app.quit]quit[/]",
            "code [bold red]red[/] [@click=app.quit]quit[/]",
            f"item {EVIL}",
            "[bold red]file [@click=app.quit]q ␛]0;x␇.txt",
        ):
            assert shown in column
        toast = toast_text(screen)
        assert "[@click=app.quit]gone ␛[2J.txt: no such file or directory" in toast
        plain = assert_terminal_safe(app)
        assert "[@click=app.quit]" in plain
        # Clicking the would-be action does nothing: the app is still running.
        view = screen.query_one(ArticleView)
        assert view.article is not None
        lead = next(n for n, block in enumerate(view.article.blocks) if block.kind is K.LEAD)
        row = view.block_lines(lead).start - round(view.scroll_y)
        await pilot.click(view, offset=(30, row))
        await pilot.click(view, offset=(8, row))
        await pilot.pause()
        assert app.is_running  # type: ignore[attr-defined]


async def test_a_hostile_feed_name_and_entry_titles_show_literally(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title>[@click=app.quit]F[/] [reverse]</title>"
        "<item><title>[link=x]E[/link] &#x202E;one</title>"
        "<description>&lt;p&gt;Body [bold]text[/bold] &amp;#27;[2J here.&lt;/p&gt;</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    app = app_for(feed)
    async with app.run_test(size=SIZE) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot)
        sidebar = rendered_text(screen.query_one(ArticleList))
        assert "[@click=app.quit]F[/] [reverse]" in sidebar
        assert "[link=x]E[/link] <U+202E>one" in sidebar
        assert "Body [bold]text[/bold] ␛[2J here." in column_text(screen)
        assert_terminal_safe(app)


# --- a parser failure costs one article -----------------------------------------------------


async def test_a_parser_exception_shows_an_error_in_that_articles_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_good(tmp_path / "1-first.txt", "First title")
    broken = write_good(tmp_path / "2-broken [bold]x.txt", "Broken title")
    last = write_good(tmp_path / "3-last.txt", "Last title")
    real_parse = load_module.parse_text

    def parse(text: str, source: str = "-", fmt: str = "text") -> Article:
        if source == str(broken):
            raise RuntimeError("parser bug [@click=app.quit]\x1b]0;x\x07")
        return real_parse(text, source=source)

    monkeypatch.setattr(load_module, "parse_text", parse)
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot)
        assert [entry.title for entry in screen.entries] == [
            "First title",
            broken.name,
            "Last title",
        ]
        error = screen.entries[1].error
        assert error == "could not be parsed (RuntimeError: parser bug [@click=app.quit]␛]0;x␇)"
        assert not list(screen.query("Toast")), "a file that was read is not 'skipped'"
        await pilot.press("]")
        assert screen.current == 1
        column = " ".join(column_text(screen).split())
        assert f"{broken} could not be read: {error}" in column
        sidebar = rendered_text(screen.query_one(ArticleList))
        assert "2-broken [bold]x.txt · co" in sidebar
        assert_terminal_safe(app)
        await pilot.press("]")
        assert screen.current == 2
        assert "Last title" in column_text(screen)
        assert app.is_running  # type: ignore[attr-defined]
    assert first.exists() and last.exists()


# --- files that change or vanish ------------------------------------------------------------


def _deleting(victim: Path) -> object:
    def discover_then_delete(paths: list[str]) -> Iterator[Found | Skipped]:
        for item in discover(paths):
            if isinstance(item, Found) and item.path == victim:
                victim.unlink()
            yield item

    return discover_then_delete


async def test_a_file_that_vanishes_while_loading_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_good(tmp_path / "a.txt", "Kept A")
    victim = write_good(tmp_path / "b.txt", "Vanishing")
    write_good(tmp_path / "c.txt", "Kept C")
    monkeypatch.setattr(load_module, "discover", _deleting(victim))
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot)
        assert [entry.title for entry in screen.entries] == ["Kept A", "Kept C"]
        assert "b.txt: the file has disappeared" in toast_text(screen)
        assert app.is_running  # type: ignore[attr-defined]


async def test_a_file_swapped_for_a_fifo_while_loading_never_blocks_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_good(tmp_path / "a.txt", "Kept A")
    victim = write_good(tmp_path / "b.txt", "Becomes a pipe")

    def discover_then_swap(paths: list[str]) -> Iterator[Found | Skipped]:
        for item in discover(paths):
            if isinstance(item, Found) and item.path == victim:
                victim.unlink()
                os.mkfifo(victim)
            yield item

    monkeypatch.setattr(load_module, "discover", discover_then_swap)
    app = app_for(tmp_path)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:  # type: ignore[attr-defined]
            screen = await wait_until_loaded(pilot, timeout=5)
            assert [entry.title for entry in screen.entries] == ["Kept A"]
            assert f"b.txt: {NOT_REGULAR}" in toast_text(screen)
    finally:  # should the reader block on the pipe after all, let it go (ENXIO: none does)
        with contextlib.suppress(OSError):
            os.close(os.open(victim, os.O_WRONLY | os.O_NONBLOCK))


async def test_a_remembered_file_that_is_gone_shows_a_message_in_its_place(
    tmp_path: Path,
) -> None:
    kept = write_good(tmp_path / "kept.txt", "Still here")
    gone = write_good(tmp_path / "gone.txt", "Gone soon")
    app = app_for(kept, gone)
    async with app.run_test(size=SIZE) as pilot:  # type: ignore[attr-defined]
        await wait_until_loaded(pilot)
    gone.unlink()
    app = make_app(Options())
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_until_loaded(pilot)
        titles = {entry.title: entry for entry in screen.entries}
        assert set(titles) == {"Still here", "Gone soon"}
        assert titles["Gone soon"].missing
        screen.query_one(ArticleList).highlight_entry(screen.entries.index(titles["Gone soon"]))
        await pilot.pause()
        column = " ".join(column_text(screen).split())
        assert "could not be read: missing: the file is gone" in column
        assert app.is_running


# --- hostile names and sizes ----------------------------------------------------------------


async def test_a_file_name_that_is_not_utf8_opens_and_the_app_quits_cleanly(
    tmp_path: Path,
) -> None:
    """A lone surrogate in a path used to kill the state writer, and quitting then hung."""
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "w", encoding="utf-8") as file:
        file.write("Latin-1 name\n\nThe body of an article whose name is not UTF-8.\n")
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot)
        assert screen.entries[0].title == "Latin-1 name"
        assert "caf\\xe9.txt" in rendered_text(screen.query_one(ArticleList))
        await pilot.press("q")
    assert app.return_code == 0  # type: ignore[attr-defined]
    store = StateStore(locations().state_file)
    try:
        assert [state.title for state in store.library()] == ["Latin-1 name"]
    finally:
        store.close()


async def test_a_one_megabyte_line_opens_and_scrolls(tmp_path: Path) -> None:
    words = " ".join(f"word{n}" for n in range(130_000))[:1_000_000]
    path = tmp_path / "line.txt"
    path.write_text(words, encoding="utf-8")
    started = time.perf_counter()
    app = app_for(path)
    async with app.run_test(size=SIZE) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot, timeout=30)
        view = screen.query_one(ArticleView)
        await pilot.press("tab", "G")
        await wait_for(pilot, lambda: view.scroll_y > 1000, "scrolled to the end")
        assert view.scroll_y == view.max_scroll_y
        assert words.rsplit(" ", 1)[-1] in rendered_text(view)
    print(f"\n1 MB line opened and scrolled to its end in {time.perf_counter() - started:.1f} s")


async def test_a_folder_of_ten_thousand_files_opens_with_the_broken_ones_skipped(
    big_folder: BigFolder,
) -> None:
    started = time.perf_counter()
    app = app_for(big_folder.root)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot, timeout=60)
        loaded = time.perf_counter() - started
        assert [entry.source for entry in screen.entries] == big_folder.good
        assert all(entry.article is not None for entry in screen.entries)
        assert {s.source: s.reason for s in screen.skipped} == big_folder.bad
        assert f"Skipped {len(big_folder.bad)}:" in toast_text(screen)
        await pilot.press("end")
        assert screen.current == len(big_folder.good) - 1
        assert screen.entries[-1].title in column_text(screen)
        assert app.is_running  # type: ignore[attr-defined]
    print(f"\n10,000-file folder in the app: loaded in {loaded:.1f} s")


async def test_a_hundred_thousand_paragraphs_open_at_once_and_scroll_to_the_end(
    tmp_path: Path,
) -> None:
    count = 100_000
    path = tmp_path / "paragraphs.txt"
    path.write_text("\n\n".join(f"Avsnitt {n}." for n in range(count)), encoding="utf-8")
    started = time.perf_counter()
    app = app_for(path)
    async with app.run_test(size=SIZE) as pilot:  # type: ignore[attr-defined]
        screen = await wait_until_loaded(pilot, timeout=30)
        view = screen.query_one(ArticleView)
        assert "Avsnitt 1." in rendered_text(view)
        shown = time.perf_counter() - started
        print(f"\n{count:,} paragraphs on screen after {shown:.2f} s")
        await pilot.press("tab", "space")
        await wait_for(pilot, lambda: view.top_block > 5, "a page down while laying out")
        await pilot.press("G")
        await wait_for(
            pilot,
            lambda: f"Avsnitt {count - 1}." in rendered_text(view),
            "the last paragraph",
            timeout=30,
        )
        assert view.scroll_y == view.max_scroll_y
        assert view.top_block > count - 50
        await pilot.press("g")
        await wait_for(pilot, lambda: view.scroll_y == 0, "back at the top")
